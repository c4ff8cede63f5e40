import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { registerRoute } from '../http/registerRoute';
import { HealthSchema } from '../../shared/schemas/responses/healthSchema';
import { okJson } from '../http/okJson';
import { roundStore } from '../storage/createRoundStore';

/** GET /api/health: alive, and storage reachable (503 with Retry-After when it is not). */
export async function healthGet(_request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  await roundStore().ping();
  return okJson(HealthSchema, { status: 'ok', storage: 'ok' }, 200, { 'cache-control': 'no-store' });
}

registerRoute('health-get', { methods: ['GET'], route: 'health', handler: healthGet });
