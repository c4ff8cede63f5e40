import type { VisitRecord } from '../../shared/rounds/visitEntries';
import type { SharingLevel } from '../../shared/schemas/submissionSchema';
import type { VisitDetails } from '../../shared/schemas/visitDetailsSchema';
import type { VisitQuestions } from '../../shared/schemas/visitQuestionsSchema';
import type { VisitReportDoc } from '../../shared/schemas/visitReportSchema';
import type { VisitStore } from '../storage/VisitStore';
import type { ReportPointer } from '../storage/visitReports';

type Sharing = Record<string, SharingLevel>;

/**
 * Every host's visit in the round, read with a constant number of partition queries (details,
 * questions, sharing, report pointers) and one read per report version needed: `coordinator` reads
 * each latest version (and the released one when a newer version exists); `released` (the members'
 * summary) lists only pointers and sharing and reads only released versions, never a draft.
 */
export async function readVisitRecords(store: VisitStore, roundId: string, mode: 'coordinator' | 'released'): Promise<VisitRecord[]> {
  const coordinator = mode === 'coordinator';
  const [details, questions, sharing, pointers] = await Promise.all([
    coordinator ? store.listDocs<VisitDetails>(roundId, 'details') : [],
    coordinator ? store.listDocs<VisitQuestions>(roundId, 'questions') : [],
    store.listDocs<Sharing>(roundId, 'sharing'),
    store.listReportPointers(roundId),
  ]);
  const read = (p: ReportPointer, version: number | undefined) =>
    version === undefined ? Promise.resolve(undefined) : store.reportVersion<VisitReportDoc>(roundId, p.hostId, version).then((v) => v?.report);
  const texts = await Promise.all(
    pointers.map(async (p) => {
      const sameAsLatest = coordinator && p.releasedVersion === p.version;
      const [latest, released] = await Promise.all([coordinator ? read(p, p.version) : undefined, sameAsLatest ? undefined : read(p, p.releasedVersion)]);
      return { hostId: p.hostId, latest: latest ?? null, released: (sameAsLatest ? latest : released) ?? null };
    }),
  );
  const byHost = <T extends { hostId: string }>(rows: readonly T[]) => new Map(rows.map((x) => [x.hostId, x]));
  const [d, q, s, p, t] = [byHost(details), byHost(questions), byHost(sharing), byHost(pointers), byHost(texts)];
  const hosts = [...new Set([...d.keys(), ...q.keys(), ...s.keys(), ...p.keys()])].sort();
  return hosts.map((hostId): VisitRecord => {
    const pointer = p.get(hostId);
    return {
      hostId,
      dates: d.get(hostId)?.value.dates ?? [],
      questionsSent: Boolean(q.get(hostId)?.value.sentAt),
      report: pointer ? { version: pointer.version, savedAt: pointer.savedAt, ...(pointer.releasedVersion !== undefined ? { releasedVersion: pointer.releasedVersion, releasedAt: pointer.releasedAt ?? '' } : {}) } : null,
      sharing: s.get(hostId)?.value ?? null,
      latest: t.get(hostId)?.latest ?? null,
      released: t.get(hostId)?.released ?? null,
    };
  });
}
