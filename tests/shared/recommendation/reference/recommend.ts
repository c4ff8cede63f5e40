// REFERENCE ONLY, frozen: the trilingual recommendation as it was before recommend(s, lang) built one
// language directly. The property test compares the new answer with pickLanguage of this one.
import { approachContext, recommendApproaches, type RankedApproach } from '../../../../shared/approaches/recommendApproach';
import type { Localized } from '../../../../shared/i18n/lang';
import type { Submission } from '../../../../shared/schemas/submissionSchema';
import { suggestCapacity } from '../../../../shared/scoring/feasibility';
import { scoreModels, type RankedModel } from './scoreModels';
import { weightStability, type StabilityInterval } from './weightStability';

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

/**
 * The whole recommendation for one valid submission: approaches and models ranked with reasons.
 *
 * @example
 * recommend(parsed).approaches[0].approachId // e.g. 'integrated'
 */
export function recommend(s: Submission): Recommendation {
  const models = scoreModels({ capacity: s.profile.capacity, goalWeights: s.goalWeights, models: s.models });
  const hasFigures = s.profile.staffFte !== undefined || s.profile.budgetEurPerYear !== undefined;
  const suggested = hasFigures ? suggestCapacity(s.profile.staffFte, s.profile.budgetEurPerYear) : undefined;
  const notes: Localized[] = [];
  if (suggested !== undefined && suggested !== s.profile.capacity) {
    notes.push({
      fi: `Henkilötyövuosien ja budjetin perusteella resurssitasoksi ehdotetaan ${suggested}, mutta olette valinneet ${s.profile.capacity}. Suositukset käyttävät valitsemaanne tasoa.`,
      sv: `Utifrån årsverken och budget föreslås resursnivå ${suggested}, men ni har valt ${s.profile.capacity}. Rekommendationerna använder den nivå ni valt.`,
      en: `Staff time and budget suggest capacity level ${suggested}, but you chose ${s.profile.capacity}. The recommendations use your choice.`,
    });
  }
  if (s.participant.kind === 'company') {
    notes.push({
      fi: 'Toimintamallit ja koordinointitavat ovat kuntien keinoja. Yritykselle ne kertovat, missä yhteistyö kunnan kanssa tuottaa eniten: lue ne kumppanin näkökulmasta.',
      sv: 'Verksamhetsmodellerna och koordineringssätten är kommunala verktyg. För ett företag visar de var samarbetet med kommunen ger mest: läs dem ur en partners synvinkel.',
      en: 'The operating models and coordination approaches are municipal means. For a company they show where cooperation with the municipality pays off most: read them as a partner.',
    });
  }
  return {
    participantName: s.participant.name,
    capacity: s.profile.capacity,
    ...(suggested !== undefined ? { suggestedCapacity: suggested } : {}),
    notes,
    approaches: recommendApproaches(approachContext(s)),
    models,
    stability: weightStability(models, s.goalWeights),
  };
}
