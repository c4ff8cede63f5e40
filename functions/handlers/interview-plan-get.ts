import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { NamedInterviewPlanSchema, type NamedInterviewPlanBody } from '../../shared/schemas/interviewPlanSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { openRound } from '../rounds/roundRoute';
import { currentPlan, namedPlan } from '../rounds/storedPlan';

const NO_PLAN: Record<Lang, string> = {
  fi: 'Haastattelusuunnitelmaa ei ole vielä tehty. Koordinaattori kirjoittaa sen ensin.',
  sv: 'Intervjuplanen har inte gjorts ännu. Koordinatorn skriver den först.',
  en: 'There is no interview plan yet. The coordinator writes it first.',
};

/** GET /api/rounds/{roundId}/interview-plan (round members): the stored teams and visit order, with names; 404 before the coordinator writes it. */
export async function interviewPlanGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const participants = await r.store.listParticipants(r.roundId);
  const plan = await currentPlan(r.store, r.roundId, participants);
  if (!plan) return problem(404, r.lang, { detail: NO_PLAN[r.lang] });
  const answer: NamedInterviewPlanBody = namedPlan(plan, participants);
  return okJson(NamedInterviewPlanSchema, answer);
}
