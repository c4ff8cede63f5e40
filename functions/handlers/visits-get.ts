import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import type { VisitDetails } from '../../shared/schemas/visitDetailsSchema';
import { VisitListSchema, type VisitListBody, type VisitStatus } from '../../shared/schemas/visitListSchema';
import type { VisitQuestions } from '../../shared/schemas/visitQuestionsSchema';
import { requireRole } from '../auth/authorizeRound';
import { okJson } from '../http/okJson';
import { openRound } from '../rounds/roundRoute';
import { planOr404 } from '../rounds/visitAccess';
import { visitStore } from '../storage/createVisitStore';
import type { ReportPointer } from '../storage/visitReports';

function reportStatus(p: ReportPointer | undefined): VisitStatus['report'] {
  if (!p) return { status: 'none', version: null, savedAt: null, releasedVersion: null, releasedAt: null };
  const released = p.releasedVersion !== undefined;
  return { status: released ? 'released' : 'draft', version: p.version, savedAt: p.savedAt, releasedVersion: p.releasedVersion ?? null, releasedAt: released ? p.releasedAt ?? null : null };
}

/**
 * GET /api/rounds/{roundId}/visits (coordinator): every visit of the stored plan with its dates,
 * whether the questions were sent, the report's status and whether the host set its sharing.
 */
export async function visitsGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const denied = requireRole(r.access, r.lang);
  if (denied) return denied;
  const planned = await planOr404(r);
  if (!planned.ok) return planned.response;
  const store = visitStore();
  const [participants, details, questions, sharing, pointers] = await Promise.all([
    r.store.listParticipants(r.roundId),
    store.listDocs<VisitDetails>(r.roundId, 'details'),
    store.listDocs<VisitQuestions>(r.roundId, 'questions'),
    store.listDocs<Record<string, string>>(r.roundId, 'sharing'),
    store.listReportPointers(r.roundId),
  ]);
  const byHost = <T extends { hostId: string }>(rows: readonly T[]) => new Map(rows.map((x) => [x.hostId, x]));
  const [d, q, s, p] = [byHost(details), byHost(questions), byHost(sharing), byHost(pointers)];
  const names = new Map(participants.map((x) => [x.participantId, x.name]));
  const body: VisitListBody = {
    visits: planned.plan.visits.map((v) => ({
      hostId: v.hostId,
      hostName: names.get(v.hostId) ?? v.hostId,
      teamIds: v.teamIds,
      dates: d.get(v.hostId)?.value.dates ?? [],
      questionsSent: Boolean(q.get(v.hostId)?.value.sentAt),
      report: reportStatus(p.get(v.hostId)),
      sharingSet: s.has(v.hostId),
    })),
  };
  return okJson(VisitListSchema, body);
}
