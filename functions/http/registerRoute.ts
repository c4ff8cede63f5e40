import { app, type HttpHandler, type HttpMethod } from '@azure/functions';
import { setBodyLimit } from './bodyLimits';
import { withErrors } from './withErrors';

export interface RouteSpec {
  methods: HttpMethod[];
  /** The route below /api, e.g. `rounds/{roundId}/summary`. */
  route: string;
  handler: HttpHandler;
  /** Largest request body the route reads (MAX_BODY_BYTES when not given). */
  maxBodyBytes?: number;
}

/**
 * The one way a route is registered: anonymous at the Functions level (our own keys and tokens
 * authorize), and always through withErrors, so no handler can answer a bare 500 or leave out the
 * security headers.
 */
export function registerRoute(name: string, spec: RouteSpec): void {
  if (spec.maxBodyBytes !== undefined) setBodyLimit(name, spec.maxBodyBytes);
  app.http(name, { methods: spec.methods, authLevel: 'anonymous', route: spec.route, handler: withErrors(spec.handler) });
}

/**
 * A handler that imports its module on its first call and keeps it. A failed import is not kept, so
 * the next request tries again (withErrors turns the failure into a 500 problem meanwhile).
 *
 * @example
 * registerRoute('catalog-get', { methods: ['GET'], route: 'catalog', handler: lazyHandler(async () => (await import('../handlers/catalog-get.js')).catalogGet) })
 */
export function lazyHandler(load: () => Promise<HttpHandler>): HttpHandler {
  let loaded: Promise<HttpHandler> | undefined;
  return async (request, context) => {
    loaded ??= load().catch((err: unknown) => {
      loaded = undefined;
      throw err;
    });
    return (await loaded)(request, context);
  };
}
