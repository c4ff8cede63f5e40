import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { registerRoute } from '../http/registerRoute';
import { planInterviews } from '../../shared/rounds/planInterviews';
import { ok, problem } from '../http/problem';
import { openRound } from '../rounds/roundRoute';

/** GET /api/rounds/{roundId}/interview-plan (round members): teams and visit order, with names. */
export async function interviewPlanGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const participants = await r.store.listParticipants(r.roundId);
  const plan = planInterviews(participants.map((p) => p.participantId));
  if (!plan.ok) return problem(409, r.lang, { errors: plan.errors });
  const names = Object.fromEntries(participants.map((p) => [p.participantId, p.name]));
  return ok({ ...plan.value, names });
}

registerRoute('interview-plan-get', { methods: ['GET'], route: 'rounds/{roundId}/interview-plan', handler: interviewPlanGet });
