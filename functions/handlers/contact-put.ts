import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { ContactResultSchema, parseContactUpdate, type ContactResult } from '../../shared/schemas/contactRequests';
import { requireRole } from '../auth/authorizeRound';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { readJsonBody } from '../http/readJsonBody';
import { openRound } from '../rounds/roundRoute';

/**
 * PUT /api/rounds/{roundId}/participants/{participantId}/contact (that participant, or the
 * coordinator): sets the participant's contact person for its own visit (SYSTEM.md, "The
 * peer-learning visit", step 1). Last write wins: this route and a stored submission carrying a
 * contact both replace it. Field errors point at `contact.<field>` and name it as the Profile sheet
 * does. 404 for a participant the round does not have.
 */
export async function contactPut(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const pid = r.participantId!;
  const denied = requireRole(r.access, r.lang, pid);
  if (denied) return denied;
  const body = await readJsonBody(request, r.lang);
  if (!body.ok) return body.response;
  const parsed = parseContactUpdate(body.value);
  if (!parsed.ok) return problem(422, r.lang, { errors: parsed.errors });
  if (!(await r.store.setContact(r.roundId, pid, parsed.value))) return problem(404, r.lang);
  const answer: ContactResult = { participantId: pid, contact: parsed.value };
  return okJson(ContactResultSchema, answer);
}
