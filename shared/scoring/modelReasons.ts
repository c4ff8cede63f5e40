import { CATALOG } from '../catalog/catalog';
import { GOAL_IDS, type GoalId, type OperatingModel } from '../catalog/catalogTypes';
import { formatDecimal } from '../i18n/formatNumber';
import { LANGS, type Lang, type Localized } from '../i18n/lang';
import { FEASIBILITY_BY_GAP } from './feasibility';
import type { ModelScore, ScoringInput } from './scoreModels';

/** One reason, its text in one language (`string`) or in all three (`Localized`). */
export type Reason<T extends string | Localized = Localized> = { code: string; text: T };

/** A sentence template in each language; the three translations side by side. */
type Texts<A extends unknown[]> = Record<Lang, (...args: A) => string>;

const NO_STRONG_GOAL: Texts<[]> = {
  fi: () => 'Ei suurta vaikuttavuutta painottamiinne tavoitteisiin.',
  sv: () => 'Ingen stor effekt på de mål ni viktar.',
  en: () => 'No high impact on the goals you weight.',
};
/** (own score, goal id, goal name, weight) */
const OWN_IMPACT: Texts<[number, string, string, string]> = {
  fi: (v, g, n, w) => `Oma arvionne: vaikuttavuus ${v}/5 tavoitteeseen ${g} (${n}), paino ${w}.`,
  sv: (v, g, n, w) => `Er egen bedömning: effekt ${v}/5 på mål ${g} (${n}), vikt ${w}.`,
  en: (v, g, n, w) => `Your own score: impact ${v}/5 on goal ${g} (${n}), weight ${w}.`,
};
/** (goal id, goal name, weight) */
const CATALOGUE_HIGH: Texts<[string, string, string]> = {
  fi: (g, n, w) => `Kansallisessa arvioinnissa suuri vaikuttavuus tavoitteeseen ${g} (${n}), paino ${w}.`,
  sv: (g, n, w) => `Stor effekt på mål ${g} (${n}) i den nationella bedömningen, vikt ${w}.`,
  en: (g, n, w) => `High impact on goal ${g} (${n}) in the national assessment, weight ${w}.`,
};
/** (resources needed, capacity) */
const FITS: Texts<[number, number]> = {
  fi: (r, c) => `Resurssitarve (${r}/3) mahtuu resurssitasoonne (${c}).`,
  sv: (r, c) => `Resursbehovet (${r}/3) ryms inom er resursnivå (${c}).`,
  en: (r, c) => `The resources it needs (${r}/3) fit your capacity (${c}).`,
};
/** (resources needed, capacity, feasibility factor) */
const STRETCH: Texts<[number, number, string]> = {
  fi: (r, c, f) => `Resurssitarve (${r}/3) ylittää resurssitasonne (${c}) yhdellä: kevennettynä tai kumppanin kanssa (kerroin ${f}).`,
  sv: (r, c, f) => `Resursbehovet (${r}/3) överstiger er nivå (${c}) med ett steg: i mindre skala eller med en partner (faktor ${f}).`,
  en: (r, c, f) => `The resources it needs (${r}/3) exceed your capacity (${c}) by one level: scale it down or find a partner (factor ${f}).`,
};
const EXCEEDS: Texts<[number, number, string]> = {
  fi: (r, c, f) => `Resurssitarve (${r}/3) ylittää resurssitasonne (${c}) kahdella: vaatii lisäresursseja (kerroin ${f}).`,
  sv: (r, c, f) => `Resursbehovet (${r}/3) överstiger er nivå (${c}) med två steg: kräver mer resurser (faktor ${f}).`,
  en: (r, c, f) => `The resources it needs (${r}/3) exceed your capacity (${c}) by two levels: it needs more resources (factor ${f}).`,
};
const STATUS_REASONS: Record<string, Localized> = {
  'in-use': { fi: 'Jo käytössä: jatkakaa ja kehittäkää.', sv: 'Redan i bruk: fortsätt och utveckla.', en: 'Already in use: keep it going and develop it.' },
  planned: { fi: 'Teillä jo suunnitteilla.', sv: 'Redan planerad hos er.', en: 'Already planned by you.' },
  considering: { fi: 'Teillä harkinnassa.', sv: 'Under övervägande hos er.', en: 'You are considering it.' },
};
/** (the tied models' names) */
const TIE: Texts<[string]> = {
  fi: (names) => `Samat pisteet kuin: ${names}. Järjestys on luettelon järjestys; omat vaikuttavuusarviot erottavat mallit.`,
  sv: (names) => `Samma poäng som: ${names}. Ordningen följer katalogen; egna bedömningar skiljer modellerna åt.`,
  en: (names) => `Same score as: ${names}. The order is the catalogue's; your own impact scores would separate them.`,
};
const MORE: Texts<[number]> = { fi: (n) => ` ja ${n} muuta`, sv: (n) => ` och ${n} till`, en: (n) => ` and ${n} more` };
/** At most this many tied models are named; the rest are counted. */
const TIE_NAMES = 3;

const GOAL_NAMES: ReadonlyMap<string, Localized> = new Map(CATALOG.goals.map((x) => [x.id, x.name]));
const MODEL_NAMES: ReadonlyMap<string, Localized> = new Map(CATALOG.models.map((m) => [m.id, m.name]));

/** A feasibility factor as the reasons print it, by fit: two decimals in the language's convention. */
const FACTOR_TEXT = Object.fromEntries(
  LANGS.map((lang) => [lang, { stretch: formatDecimal(FEASIBILITY_BY_GAP.stretch, lang, 2), exceeds: formatDecimal(FEASIBILITY_BY_GAP.exceeds, lang, 2) }]),
) as Record<Lang, Record<'stretch' | 'exceeds', string>>;

type Writer = (s: ModelScore, model: OperatingModel, tiedWith: readonly string[]) => Reason<string>[];

/**
 * Why a model ranks where it does, in one language: its strongest weighted goals, its fit to
 * capacity, its status, ties. Returns the writer for one ranking; the weights' texts are built once.
 *
 * @example
 * modelReasons(input, 'en')(score, model, [])[0] // { code: 'catalogue-high-impact', text: 'High impact on goal A (…), weight 1.0.' }
 */
export function modelReasons(input: ScoringInput, lang: Lang): Writer {
  const w = input.goalWeights;
  const c = input.capacity;
  const weightText = Object.fromEntries(GOAL_IDS.map((g) => [g, formatDecimal(w[g], lang)])) as Record<GoalId, string>;
  return (s, model, tiedWith) => {
    // The two strongest weighted goals with high impact: a top-two pass, not a sort. Goals are visited
    // A→E and only a strictly larger w·v moves ahead, so equal ones keep alphabetical order.
    let best: GoalId | undefined;
    let second: GoalId | undefined;
    let bestWv = 0;
    let secondWv = 0;
    for (const g of GOAL_IDS) {
      if (!(w[g] > 0 && s.values[g].value >= 4)) continue;
      const wv = w[g] * s.values[g].value;
      if (best === undefined || wv > bestWv) [second, secondWv, best, bestWv] = [best, bestWv, g, wv];
      else if (second === undefined || wv > secondWv) [second, secondWv] = [g, wv];
    }
    const strong = best === undefined ? [] : second === undefined ? [best] : [best, second];
    const reasons: Reason<string>[] =
      strong.length === 0
        ? [{ code: 'no-strong-goal', text: NO_STRONG_GOAL[lang]() }]
        : strong.map((g) => {
            const v = s.values[g];
            const n = GOAL_NAMES.get(g)![lang];
            return v.source === 'own'
              ? { code: 'own-impact', text: OWN_IMPACT[lang](v.value, g, n, weightText[g]) }
              : { code: 'catalogue-high-impact', text: CATALOGUE_HIGH[lang](g, n, weightText[g]) };
          });
    const r = model.resources;
    if (s.fit === 'fits') reasons.push({ code: 'fits-capacity', text: FITS[lang](r, c) });
    else if (s.fit === 'stretch') reasons.push({ code: 'stretch', text: STRETCH[lang](r, c, FACTOR_TEXT[lang].stretch) });
    else reasons.push({ code: 'exceeds', text: EXCEEDS[lang](r, c, FACTOR_TEXT[lang].exceeds) });
    const status = s.status ? STATUS_REASONS[s.status] : undefined;
    if (status) reasons.push({ code: `status-${s.status}`, text: status[lang] });
    if (tiedWith.length > 0) reasons.push(tieReason(tiedWith, lang));
    return reasons;
  };
}

function tieReason(tiedWith: readonly string[], lang: Lang): Reason<string> {
  const named = tiedWith.slice(0, TIE_NAMES).map((id) => MODEL_NAMES.get(id)![lang]).join('; ');
  const names = tiedWith.length > TIE_NAMES ? `${named}${MORE[lang](tiedWith.length - TIE_NAMES)}` : named;
  return { code: 'tie', text: TIE[lang](names) };
}

/** The same reasons with every text in all three languages. */
export function localizedModelReasons(input: ScoringInput): (s: ModelScore, model: OperatingModel, tiedWith: readonly string[]) => Reason[] {
  const [fi, sv, en] = LANGS.map((lang) => modelReasons(input, lang)) as [Writer, Writer, Writer];
  return (s, model, tiedWith) => {
    const inSv = sv(s, model, tiedWith);
    const inEn = en(s, model, tiedWith);
    return fi(s, model, tiedWith).map((r, i) => ({ code: r.code, text: { fi: r.text, sv: inSv[i]!.text, en: inEn[i]!.text } }));
  };
}
