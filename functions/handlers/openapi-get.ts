import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { openApiDocument } from '../openapi/openApiDocument';

let cached: string | undefined;

/** GET /api/openapi.json: the OpenAPI 3.1 document, built once per process. */
export async function openapiGet(_request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  if (cached === undefined) {
    cached = JSON.stringify(openApiDocument());
  }
  return { status: 200, body: cached, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=3600' } };
}
