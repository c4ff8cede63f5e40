import type { ResourceLevel } from '../catalog/catalogTypes';
import type { CapacityLevel } from '../schemas/profileSchema';

/** How a model's resource need compares with the participant's own capacity. */
export type Fit = 'fits' | 'stretch' | 'exceeds';

/** Feasibility factor by gap (resources needed − own capacity), SYSTEM.md "Scoring method". */
export const FEASIBILITY_BY_GAP: Readonly<Record<Fit, number>> = { fits: 1, stretch: 0.75, exceeds: 0.5 };

/**
 * The gap between need and capacity, its class and its factor.
 *
 * @example
 * feasibility(3, 1) // { gap: 2, fit: 'exceeds', factor: 0.5 }
 */
export function feasibility(resources: ResourceLevel, capacity: CapacityLevel): { gap: number; fit: Fit; factor: number } {
  const gap = resources - capacity;
  const fit: Fit = gap <= 0 ? 'fits' : gap === 1 ? 'stretch' : 'exceeds';
  return { gap, fit, factor: FEASIBILITY_BY_GAP[fit] };
}

/**
 * Capacity level suggested from staff time and budget: money and staff together, as the catalogue's
 * stars are. A year of staff time is taken as 60 000 € (a Finnish expert's yearly employer cost,
 * rounded); 2 FTE is the staff the seed gives for running a frontrunner network (seed 004,
 * Greenreality: "n. 2 htv"), and half a person is what naming a coordinator takes (seed 004, open network:
 * "Nimetään koordinaattori").
 *
 * @example
 * suggestCapacity(0.2, 5000) // 1
 * suggestCapacity(1, 0) // 2
 * suggestCapacity(1.5, 40000) // 3
 */
export function suggestCapacity(staffFte?: number, budgetEurPerYear?: number): CapacityLevel {
  const effectiveFte = (staffFte ?? 0) + (budgetEurPerYear ?? 0) / EUR_PER_FTE;
  if (effectiveFte >= 2) return 3;
  if (effectiveFte >= 0.5) return 2;
  return 1;
}

export const EUR_PER_FTE = 60_000;
