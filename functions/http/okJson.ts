import type { HttpResponseInit } from '@azure/functions';
import type * as z from 'zod';
import type { Sendable } from '../../shared/schemas/responses/schemaAgreement';

/**
 * A JSON answer whose body the response schema describes: the schema is the one the OpenAPI
 * document publishes for the route, so a handler that sends anything else fails `tsc`. Types only:
 * nothing is parsed at run time.
 *
 * @example
 * okJson(HealthSchema, { status: 'ok', storage: 'ok' }) // { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{"status":"ok","storage":"ok"}' }
 */
export function okJson<S extends z.ZodType>(_schema: S, body: Sendable<z.input<S>>, status = 200, headers: Record<string, string> = {}): HttpResponseInit {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
}
