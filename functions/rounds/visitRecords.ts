import type { VisitRecord } from '../../shared/rounds/visitEntries';
import type { SharingLevel } from '../../shared/schemas/submissionSchema';
import type { VisitDetails } from '../../shared/schemas/visitDetailsSchema';
import type { VisitQuestions } from '../../shared/schemas/visitQuestionsSchema';
import type { VisitReportDoc } from '../../shared/schemas/visitReportSchema';
import type { VisitStore } from '../storage/VisitStore';

type Sharing = Record<string, SharingLevel>;

/**
 * Every host's visit in the round, read with a constant number of partition queries (details,
 * questions, sharing, and the report pointers with the latest bodies kept on them and the released
 * bodies: VisitStore.listReports): `coordinator` gets each latest version and the released one;
 * `released` (the members' summary) gets the pointers without bodies and only released versions,
 * never a draft.
 */
export async function readVisitRecords(store: VisitStore, roundId: string, mode: 'coordinator' | 'released'): Promise<VisitRecord[]> {
  const coordinator = mode === 'coordinator';
  const [details, questions, sharing, reports] = await Promise.all([
    coordinator ? store.listDocs<VisitDetails>(roundId, 'details') : [],
    coordinator ? store.listDocs<VisitQuestions>(roundId, 'questions') : [],
    store.listDocs<Sharing>(roundId, 'sharing'),
    store.listReports<VisitReportDoc>(roundId, { latest: coordinator }),
  ]);
  const pointers = reports.map((r) => r.pointer);
  const texts = reports.map((r) => ({ hostId: r.pointer.hostId, latest: r.latest ?? null, released: r.released ?? null }));
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
