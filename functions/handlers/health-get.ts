import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { ok } from '../http/problem';
import { withErrors } from '../http/withErrors';
import { roundStore } from '../storage/createRoundStore';

/** GET /api/health: alive, and storage reachable (503 with Retry-After when it is not). */
export async function healthGet(_request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  await roundStore().ping();
  return ok({ status: 'ok', storage: 'ok' }, 200, { 'cache-control': 'no-store' });
}

app.http('health-get', { methods: ['GET'], authLevel: 'anonymous', route: 'health', handler: withErrors(healthGet) });
