import { CATALOG_DATA as CATALOG } from '../catalog/catalogData';
import type { RoundPhase } from '../schemas/roundSchema';


const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Dates for a new round's phases following the pilots' schedule: each phase takes its typical length
 * in weeks, one after another from `start` (an ISO date; the caller passes today, shared has no clock).
 *
 * @example
 * proposePhases('2026-01-05')[0] // { phaseId: 'organise', start: '2026-01-05', end: '2026-03-01' }
 */
export function proposePhases(start: string): RoundPhase[] {
  let from = Date.parse(`${start}T00:00:00Z`);
  if (!Number.isFinite(from)) return [];
  return CATALOG.phases.map((p) => {
    const end = from + (p.typicalWeeks * 7 - 1) * DAY_MS;
    const phase = { phaseId: p.id, start: isoDay(from), end: isoDay(end) };
    from = end + DAY_MS;
    return phase;
  });
}
