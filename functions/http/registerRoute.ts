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
