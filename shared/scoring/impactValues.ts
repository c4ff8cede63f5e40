import { GOAL_IDS, type GoalId } from '../catalog/catalogIds';
import type { OperatingModel } from '../catalog/catalogTypes';
import type { OwnImpact } from '../schemas/submissionSchema';

/**
 * The catalogue prior for a goal: 4 where the spring 2022 assessment marked high impact (≥ 3.3 points),
 * otherwise 2. The two values sit on either side of the 3.3 threshold, so a model keeps the catalogue's
 * verdict until the participant scores it itself.
 */
export const CATALOGUE_PRIOR = { high: 4, other: 2 } as const;

export interface ImpactValue {
  value: number;
  source: 'own' | 'catalogue';
}

/**
 * v(m, g) for every goal: the participant's own score where given, else the catalogue prior.
 *
 * @example
 * impactValues(energySolutions, { C: 5 }).C // { value: 5, source: 'own' }
 * impactValues(energySolutions, undefined).D // { value: 2, source: 'catalogue' }
 */
export function impactValues(model: OperatingModel, own: OwnImpact | undefined): Record<GoalId, ImpactValue> {
  const out = {} as Record<GoalId, ImpactValue>;
  for (const g of GOAL_IDS) {
    const mine = own?.[g];
    out[g] =
      mine !== undefined
        ? { value: mine, source: 'own' }
        : { value: model.highImpactGoals.includes(g) ? CATALOGUE_PRIOR.high : CATALOGUE_PRIOR.other, source: 'catalogue' };
  }
  return out;
}
