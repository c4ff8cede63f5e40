import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { HealthSchema } from '../../shared/schemas/responses/healthSchema';
import { okJson } from '../http/okJson';
import { roundStore } from '../storage/createRoundStore';

/** GET /api/health: alive, and storage reachable (503 with Retry-After when it is not). */
export async function healthGet(_request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  await roundStore().ping();
  return okJson(HealthSchema, { status: 'ok', storage: 'ok' }, 200, { 'cache-control': 'no-store' });
}
