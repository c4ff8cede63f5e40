import type { Lang } from '../../shared/i18n/lang';
import { VALUE_LABELS } from '../../shared/i18n/valueLabels';
import type { LocalizedFieldIssue } from '../../shared/schemas/fieldIssue';
import { fieldLabel, formatPath } from '../../shared/schemas/fieldLabels';
import type { SharingLevel } from '../../shared/schemas/submissionSchema';

const level = (l: SharingLevel, lang: Lang) => VALUE_LABELS[l]?.[lang] ?? l;
const at = (path: (string | number)[], message: string): LocalizedFieldIssue => ({ path, code: 'invalid_value', message: `${message} (${formatPath(path)})` });

const PAST: Record<Lang, (d: string, today: string) => string> = {
  fi: (d, t) => `«${fieldLabel(['deadline'], 'fi')}» ${d} on mennyt. Valitse tämä päivä (${t}) tai myöhäisempi.`,
  sv: (d, t) => `«${fieldLabel(['deadline'], 'sv')}» ${d} har redan passerat. Välj i dag (${t}) eller senare.`,
  en: (d, t) => `The “${fieldLabel(['deadline'], 'en')}” ${d} has passed. Choose today (${t}) or later.`,
};

/** A deadline in the past, in words. */
export function pastDeadline(deadline: string, today: string, lang: Lang): LocalizedFieldIssue {
  return { path: ['deadline'], code: 'out_of_range', message: `${PAST[lang](deadline, today)} (deadline)` };
}

const UNKNOWN: Record<Lang, (ref: string) => string> = {
  fi: (r) => `Kohtaa «${r}» ei ole esikatselussasi. Voit kommentoida ja laskea vain omia kohtiasi, jotka näkyvät yhteenvedossa.`,
  sv: (r) => `Punkten «${r}» finns inte i din förhandsvisning. Du kan kommentera och sänka endast dina egna punkter som syns i sammanfattningen.`,
  en: (r) => `The item “${r}” is not in your preview. You can comment on and lower only your own items that show in the summary.`,
};

const RAISE: Record<Lang, (ref: string, now: SharingLevel, asked: SharingLevel) => string> = {
  fi: (r, n, a) => `Kohta «${r}» jaetaan nyt tasolla «${level(n, 'fi')}». Tasoa voi vain laskea (nimellä → nimettömänä → vain haastatteluryhmä), ei nostaa tasolle «${level(a, 'fi')}».`,
  sv: (r, n, a) => `Punkten «${r}» delas nu på nivån «${level(n, 'sv')}». Nivån kan bara sänkas (med namn → anonymt → endast intervjugruppen), inte höjas till «${level(a, 'sv')}».`,
  en: (r, n, a) => `The item “${r}” is now shared at “${level(n, 'en')}”. The level can only be lowered (with the name → anonymous → interview team only), not raised to “${level(a, 'en')}”.`,
};

/** A reference that is not one of the caller's shown items, at `comments[i].itemRef` or `lower[i].itemRef`. */
export const unknownRef = (list: 'comments' | 'lower', i: number, ref: string, lang: Lang) => at([list, i, 'itemRef'], UNKNOWN[lang](ref));

/** A “lowering” that would raise the item. */
export const raisedRef = (i: number, ref: string, now: SharingLevel, asked: SharingLevel, lang: Lang) => at(['lower', i, 'level'], RAISE[lang](ref, now, asked));

/** Details of 404 and 409 answers, in words. */
export const RESULTS_DETAILS = {
  noReview: {
    fi: 'Tulosten kommentointia ei ole vielä avattu. Koordinaattori avaa sen määräpäivän kanssa.',
    sv: 'Kommenteringen av resultaten har inte öppnats ännu. Koordinatorn öppnar den med en sista dag.',
    en: 'The review of the results has not been opened yet. The coordinator opens it with a deadline.',
  },
  noFinal: {
    fi: 'Lopullista yhteenvetoa ei ole vielä tehty.',
    sv: 'Den slutliga sammanfattningen har inte gjorts ännu.',
    en: 'The final summary has not been made yet.',
  },
  reviewFirst: {
    fi: 'Avaa ensin tulosten kommentointi, jotta osallistujat näkevät, miten heidän tietonsa näkyvät, ennen kuin yhteenveto lukitaan.',
    sv: 'Öppna först kommenteringen av resultaten, så att deltagarna ser hur deras uppgifter syns innan sammanfattningen låses.',
    en: 'Open the review of the results first, so that participants see how their data will appear before the summary is frozen.',
  },
  finalFirst: {
    fi: 'Julkaistavaa lopullista yhteenvetoa ei ole. Lukitse yhteenveto ensin.',
    sv: 'Det finns ingen slutlig sammanfattning att publicera. Lås sammanfattningen först.',
    en: 'There is no final summary to publish. Freeze the summary first.',
  },
  notPublished: {
    fi: 'Tätä julkista linkkiä ei ole, tai sen julkaisu on peruttu.',
    sv: 'Den här offentliga länken finns inte, eller så har publiceringen dragits tillbaka.',
    en: 'This public link does not exist, or its publication has been withdrawn.',
  },
} as const satisfies Record<string, Record<Lang, string>>;
