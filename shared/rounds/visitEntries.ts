import type { SharingLevel } from '../schemas/submissionSchema';
import type { VisitReportDoc } from '../schemas/visitReportSchema';
import type { InterviewPlan } from './planInterviews';
import type { ReleasedReport } from './visitFindings';

/** One host's visit as storage holds it (the coordinator's pull and the summary read these). */
export interface VisitRecord {
  hostId: string;
  dates: readonly string[];
  questionsSent: boolean;
  /** The report's pointer: latest version and, once released, the version the host sees. */
  report: { version: number; savedAt: string; releasedVersion?: number; releasedAt?: string } | null;
  /** The host's sharing choices by item id; null until the host first chose. */
  sharing: Readonly<Record<string, SharingLevel>> | null;
  /** The latest version's texts (read for the coordinator only). */
  latest: VisitReportDoc | null;
  /** The released version's texts (the same object as `latest` when nothing changed since). */
  released: VisitReportDoc | null;
}

export type ReportStatus = 'none' | 'draft' | 'released';

/** One visit of the stored plan as the coordinator's sheets show it. */
export interface VisitEntry {
  hostId: string;
  teamIds: [string, string];
  dates: string[];
  questionsSent: boolean;
  report: {
    status: ReportStatus;
    version: number | null;
    savedAt: string | null;
    releasedVersion: number | null;
    releasedAt: string | null;
    /** A version newer than the released one exists. */
    updatedSinceRelease: boolean;
  };
  sharingSet: boolean;
  /** The latest version's texts with each item's level (`team` unless the host chose); coordinator only. */
  latest: { version: number; report: VisitReportDoc; sharing: Record<string, SharingLevel> } | null;
}

/** Every item id of a report, in order. */
const itemIds = (report: VisitReportDoc): string[] => report.themes.flatMap((t) => [...t.strengths, ...t.developmentAreas].map((i) => i.id));

/** The level of each item: the host's choice, `team` by default. */
export function itemLevels(report: VisitReportDoc, chosen: Readonly<Record<string, SharingLevel>> | null): Record<string, SharingLevel> {
  return Object.fromEntries(itemIds(report).map((id) => [id, chosen?.[id] ?? 'team']));
}

function entryReport(r: VisitRecord['report']): VisitEntry['report'] {
  if (!r) return { status: 'none', version: null, savedAt: null, releasedVersion: null, releasedAt: null, updatedSinceRelease: false };
  const released = r.releasedVersion !== undefined;
  return {
    status: released ? 'released' : 'draft',
    version: r.version,
    savedAt: r.savedAt,
    releasedVersion: r.releasedVersion ?? null,
    releasedAt: released ? (r.releasedAt ?? null) : null,
    updatedSinceRelease: released && r.version > r.releasedVersion!,
  };
}

/** The plan's visits, in plan order, with what storage holds for each host (nothing yet: status `none`). */
export function visitEntries(plan: InterviewPlan, records: readonly VisitRecord[]): VisitEntry[] {
  const byHost = new Map(records.map((r) => [r.hostId, r]));
  return plan.visits.map((v) => {
    const r = byHost.get(v.hostId);
    return {
      hostId: v.hostId,
      teamIds: v.teamIds,
      dates: [...(r?.dates ?? [])],
      questionsSent: r?.questionsSent ?? false,
      report: entryReport(r?.report ?? null),
      sharingSet: Boolean(r?.sharing),
      latest: r?.latest && r.report ? { version: r.report.version, report: r.latest, sharing: itemLevels(r.latest, r.sharing) } : null,
    };
  });
}

/** The released reports with their hosts' registered names and choices, for the combined summary. */
export function releasedReports(records: readonly VisitRecord[], names: ReadonlyMap<string, string>): ReleasedReport[] {
  return records.flatMap((r) => (r.released ? [{ hostId: r.hostId, hostName: names.get(r.hostId) ?? r.hostId, report: r.released, sharing: r.sharing ?? {} }] : []));
}
