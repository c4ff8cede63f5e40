import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { requireRole } from '../auth/authorizeRound';
import { CoordinatorDataSchema } from '../../shared/schemas/responses/coordinatorDataSchema';
import { okJson } from '../http/okJson';
import { coordinatorData } from '../rounds/coordinatorData';
import { openRound } from '../rounds/roundRoute';
import { visitStore } from '../storage/createVisitStore';

/**
 * GET /api/rounds/{roundId}/submissions (coordinator): everything the coordinator workbook is made
 * of, in one answer: the round, every participant with its latest version (no private notes), the
 * coordinator's summary and the interview plan (null below three participants).
 */
export async function submissionsGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const denied = requireRole(r.access, r.lang);
  if (denied) return denied;
  return okJson(CoordinatorDataSchema, await coordinatorData(r.store, r.access.stored, visitStore()), 200, { 'cache-control': 'no-store' });
}
