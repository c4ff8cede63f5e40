import type { SharingLevel } from '../../shared/schemas/submissionSchema';
import type { VisitReportDoc } from '../../shared/schemas/visitReportSchema';
import type { VisitStore } from '../storage/VisitStore';

/** Item id → text of a report version. */
const textsOf = (report: VisitReportDoc) => new Map(report.themes.flatMap((t) => [...t.strengths, ...t.developmentAreas].map((i) => [i.id, i.text] as const)));

/**
 * After a new version is released: the host's sharing choices hold only for items whose text it saw.
 * An item whose text changed since the previously released version (or that is new, reusing an id)
 * falls back to `team` until the host chooses again; unchanged items keep their level.
 */
export async function forgetChangedSharing(visits: VisitStore, roundId: string, hostId: string, previous: number, released: number, by: string): Promise<void> {
  const [before, after, sharing] = await Promise.all([
    visits.reportVersion<VisitReportDoc>(roundId, hostId, previous),
    visits.reportVersion<VisitReportDoc>(roundId, hostId, released),
    visits.readDoc<Record<string, SharingLevel>>(roundId, 'sharing', hostId),
  ]);
  if (!after || !sharing) return;
  const seen = before ? textsOf(before.report) : new Map<string, string>();
  const changed = [...textsOf(after.report)].filter(([id, text]) => seen.get(id) !== text && id in sharing.value).map(([id]) => id);
  if (changed.length === 0) return;
  await visits.writeDoc<Record<string, SharingLevel>>(roundId, 'sharing', hostId, {
    next: (cur) => Object.fromEntries(Object.entries(cur?.value ?? {}).filter(([id]) => !changed.includes(id))),
    updatedAt: new Date().toISOString(),
    updatedBy: by,
  });
}
