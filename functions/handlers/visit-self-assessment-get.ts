import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { teamSelfAssessment } from '../../shared/rounds/teamSelfAssessment';
import { TeamSelfAssessmentSchema, type TeamSelfAssessmentBody } from '../../shared/schemas/visitSelfAssessmentSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { openVisit } from '../rounds/visitAccess';

const NOT_SUBMITTED: Record<Lang, (name: string) => string> = {
  fi: (n) => `${n} ei ole vielä lähettänyt itsearviointiaan.`,
  sv: (n) => `${n} har inte skickat sin självvärdering ännu.`,
  en: (n) => `${n} has not submitted its self-assessment yet.`,
};

/**
 * GET /api/rounds/{roundId}/visits/{hostId}/self-assessment (team, coordinator): the host's latest
 * submission as its interview team may see it (teamSelfAssessment); 404 before the host has submitted.
 */
export async function visitSelfAssessmentGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const v = await openVisit(request, 'visit-self-assessment-get');
  if (!v.ok) return v.response;
  const [stored, host] = await Promise.all([v.r.store.getSubmission(v.r.roundId, v.hostId), v.r.store.getParticipant(v.r.roundId, v.hostId)]);
  if (!stored) return problem(404, v.lang, { detail: NOT_SUBMITTED[v.lang](host?.name ?? v.hostId) });
  const body: TeamSelfAssessmentBody = { hostId: v.hostId, version: stored.version, submittedAt: stored.submittedAt, ...teamSelfAssessment(stored.submission) };
  return okJson(TeamSelfAssessmentSchema, body);
}
