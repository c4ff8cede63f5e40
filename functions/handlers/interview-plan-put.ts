import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { planInterviews } from '../../shared/rounds/planInterviews';
import { PlanWriteResultSchema, PlanWriteSchema, type PlanWriteResult } from '../../shared/schemas/interviewPlanSchema';
import { requireRole } from '../auth/authorizeRound';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { readBody } from '../http/readBody';
import { openRound } from '../rounds/roundRoute';
import { namedPlan, writeStoredPlan } from '../rounds/storedPlan';

/**
 * PUT /api/rounds/{roundId}/interview-plan (coordinator): `{}` writes the plan once (201; when one is
 * stored, 200 with it unchanged); `{ "replan": true }` plans again from scratch (200) and names the
 * hosts whose team changed. 409 below three participants.
 */
export async function interviewPlanPut(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const denied = requireRole(r.access, r.lang);
  if (denied) return denied;
  const body = await readBody(request, PlanWriteSchema, r.lang);
  if (!body.ok) return body.response;
  const participants = await r.store.listParticipants(r.roundId);
  const proposal = planInterviews(participants.map((p) => p.participantId));
  if (!proposal.ok) return problem(409, r.lang, { errors: proposal.errors });
  const out = await writeStoredPlan(r.store, r.roundId, participants, proposal.value, body.value.replan === true);
  const answer: PlanWriteResult = { ...namedPlan(out.plan, participants), changedTeams: out.changedTeams };
  return okJson(PlanWriteResultSchema, answer, out.written ? 201 : 200);
}
