import { approachContext, recommendApproaches, type RankedApproach } from '../approaches/recommendApproach';
import { LANGS, type Lang, type Localized } from '../i18n/lang';
import type { InLanguage } from '../i18n/pickLanguage';
import type { Submission } from '../schemas/submissionSchema';
import { suggestCapacity } from '../scoring/feasibility';
import { scoreModels, type RankedModel } from '../scoring/scoreModels';
import { weightStability, type StabilityInterval } from '../scoring/weightStability';
import { approachesIn } from './approachesIn';

export interface Recommendation {
  participantName: string;
  capacity: number;
  /** The level staff time and budget suggest, when either was given. */
  suggestedCapacity?: number;
  notes: Localized[];
  approaches: RankedApproach[];
  models: RankedModel[];
  stability: StabilityInterval[];
}

/** (suggested level, chosen level) */
const SUGGESTED: Record<Lang, (suggested: number, chosen: number) => string> = {
  fi: (s, c) => `Henkilötyövuosien ja budjetin perusteella resurssitasoksi ehdotetaan ${s}, mutta olette valinneet ${c}. Suositukset käyttävät valitsemaanne tasoa.`,
  sv: (s, c) => `Utifrån årsverken och budget föreslås resursnivå ${s}, men ni har valt ${c}. Rekommendationerna använder den nivå ni valt.`,
  en: (s, c) => `Staff time and budget suggest capacity level ${s}, but you chose ${c}. The recommendations use your choice.`,
};
const FOR_COMPANY: Localized = {
  fi: 'Toimintamallit ja koordinointitavat ovat kuntien keinoja. Yritykselle ne kertovat, missä yhteistyö kunnan kanssa tuottaa eniten: lue ne kumppanin näkökulmasta.',
  sv: 'Verksamhetsmodellerna och koordineringssätten är kommunala verktyg. För ett företag visar de var samarbetet med kommunen ger mest: läs dem ur en partners synvinkel.',
  en: 'The operating models and coordination approaches are municipal means. For a company they show where cooperation with the municipality pays off most: read them as a partner.',
};

function notesIn(s: Submission, suggested: number | undefined, lang: Lang): string[] {
  const notes: string[] = [];
  if (suggested !== undefined && suggested !== s.profile.capacity) notes.push(SUGGESTED[lang](suggested, s.profile.capacity));
  if (s.participant.kind === 'company') notes.push(FOR_COMPANY[lang]);
  return notes;
}

/**
 * The whole recommendation for one valid submission: approaches and models ranked with reasons.
 * With `lang`, every text is built in that language only: the same answer as
 * `pickLanguage(recommend(s), lang)`, without making the other two.
 *
 * @example
 * recommend(parsed).approaches[0].approachId // e.g. 'integrated'
 * recommend(parsed, 'sv').notes // e.g. ['Utifrån årsverken och budget föreslås resursnivå 2, …']
 */
export function recommend(s: Submission): Recommendation;
export function recommend(s: Submission, lang: Lang): InLanguage<Recommendation>;
export function recommend(s: Submission, lang?: Lang): Recommendation | InLanguage<Recommendation> {
  const scoring = { capacity: s.profile.capacity, goalWeights: s.goalWeights, models: s.models };
  const hasFigures = s.profile.staffFte !== undefined || s.profile.budgetEurPerYear !== undefined;
  const suggested = hasFigures ? suggestCapacity(s.profile.staffFte, s.profile.budgetEurPerYear) : undefined;
  const approaches = recommendApproaches(approachContext(s));
  let out: Recommendation | InLanguage<Recommendation>;
  if (lang) {
    const models = scoreModels(scoring, lang);
    out = { participantName: s.participant.name, capacity: s.profile.capacity, notes: notesIn(s, suggested, lang), approaches: approachesIn(approaches, lang), models, stability: weightStability(models, s.goalWeights, lang) };
  } else {
    const [fi, sv, en] = LANGS.map((l) => notesIn(s, suggested, l));
    const models = scoreModels(scoring);
    out = {
      participantName: s.participant.name,
      capacity: s.profile.capacity,
      notes: fi!.map((text, i) => ({ fi: text, sv: sv![i]!, en: en![i]! })),
      approaches,
      models,
      stability: weightStability(models, s.goalWeights),
    };
  }
  return suggested === undefined ? out : withSuggested(out, suggested);
}

/** The same answer with suggestedCapacity after capacity, where the JSON has always had it. */
function withSuggested<R extends Recommendation | InLanguage<Recommendation>>(r: R, suggestedCapacity: number): R {
  const { participantName, capacity, notes, approaches, models, stability } = r;
  return { participantName, capacity, suggestedCapacity, notes, approaches, models, stability } as R;
}
