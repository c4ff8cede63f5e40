import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';

let cached: string | undefined;

/** GET /api/openapi.json: the OpenAPI 3.1 document, built once per process. */
export async function openapiGet(_request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  if (cached === undefined) {
    // Built with the first request for it, not at start-up (cold start, scripts/packageApi.ts).
    const { openApiDocument } = await import('../openapi/openApiDocument.js');
    cached = JSON.stringify(openApiDocument());
  }
  return { status: 200, body: cached, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=3600' } };
}
