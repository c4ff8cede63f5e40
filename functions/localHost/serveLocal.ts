import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { HttpRequest, HttpResponse, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { BODY_METHODS, bodyLimitFor } from '../http/bodyLimits';
import { problem } from '../http/problem';
import { SECURITY_HEADERS } from '../http/securityHeaders';
import type { Registration } from './functionsCore';
import { matchRoute } from './matchRoute';
import { announcesBody, readLimitedBody } from './readLimitedBody';
import { requestUrl } from './requestUrl';

export interface LocalHostOptions {
  /** Origins allowed by CORS; the add-in's dev server by default. */
  corsOrigins?: readonly string[];
  /** Where invocation logs go (never request bodies). */
  log?: (line: string) => void;
}

export const DEFAULT_CORS_ORIGINS = ['https://localhost:3000'];

function corsHeaders(origin: string | undefined, allowed: readonly string[]): Record<string, string> {
  if (!origin || !allowed.includes(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-headers': 'authorization, content-type, if-match, idempotency-key, accept-language',
    'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
    'access-control-expose-headers': 'etag, location, retry-after, content-language',
    'access-control-max-age': '600',
    vary: 'origin',
  };
}

async function toNodeResponse(result: HttpResponseInit | HttpResponse, res: http.ServerResponse, extra: Record<string, string>) {
  const response = result instanceof HttpResponse ? result : new HttpResponse(result);
  const headers: Record<string, string> = { ...extra, ...SECURITY_HEADERS };
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(body);
}

/** After refusing a body, this much more of it is read and thrown away (for at most LINGER_MS) before the connection is cut. */
const LINGER_BYTES = 16 * 1024 * 1024;
const LINGER_MS = 5000;

/**
 * An answer to a request whose body is not wanted. The rest of the body is discarded, never kept:
 * for a little while and a few MiB, so a client still sending reads the answer instead of a reset
 * (a "lingering close"); then the connection is cut. (Answering with `Connection: close` would close
 * the socket at once, and the client's unread data would turn into a reset that hides the answer.)
 */
async function refuse(req: http.IncomingMessage, res: http.ServerResponse, status: number, cors: Record<string, string>): Promise<void> {
  let discarded = 0;
  const cut = () => req.socket.destroy();
  const timer = setTimeout(cut, LINGER_MS);
  req.socket.once('close', () => clearTimeout(timer));
  // A body that ends within the bounds leaves the connection usable.
  req.once('end', () => clearTimeout(timer));
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.byteLength;
    if (discarded > LINGER_BYTES) cut();
  });
  req.resume();
  await toNodeResponse(problem(status, 'fi'), res, { ...cors, ...noStoreIfCredentials(req) });
}

/** As withSecurityHeaders does for the handlers' answers: a request with credentials is never cached. */
function noStoreIfCredentials(req: http.IncomingMessage): Record<string, string> {
  return req.headers.authorization ? { 'cache-control': 'no-store' } : {};
}

/**
 * A node:http server that serves the registered `app.http` handlers under `/api`, the way the
 * Functions host does locally: route templates, methods (405 with `Allow`), CORS for the add-in's
 * origin, problem+json for unknown routes, and a 500 problem (logged) if a handler throws. A malformed
 * Host gets 400; a body is read only for POST/PUT/PATCH and never past the route's limit (413 from
 * Content-Length, or as soon as a chunked body passes it).
 */
export function createLocalHost(functions: readonly Registration[], options: LocalHostOptions = {}): http.Server {
  const allowed = options.corsOrigins ?? DEFAULT_CORS_ORIGINS;
  const log = options.log ?? (() => undefined);
  return http.createServer((req, res) => {
    void (async () => {
      const cors = corsHeaders(req.headers.origin, allowed);
      const method = (req.method ?? 'GET').toUpperCase();
      const url = requestUrl(req.url, req.headers.host);
      if (!url) {
        await refuse(req, res, 400, cors);
        return;
      }
      const pathname = url.pathname.startsWith('/api/') ? url.pathname.slice(5) : null;
      const matches = pathname === null ? [] : functions.flatMap((f) => {
        const params = matchRoute(f.route, pathname);
        return params ? [{ f, params }] : [];
      });
      if (method === 'OPTIONS' && matches.length > 0) {
        res.writeHead(204, cors);
        res.end();
        return;
      }
      const hit = matches.find((m) => m.f.methods.includes(method));
      if (!hit) {
        const allow = [...new Set(matches.flatMap((m) => m.f.methods))].join(', ');
        const status = matches.length > 0 ? 405 : 404;
        await toNodeResponse(problem(status, 'fi', allow ? { headers: { allow } } : {}), res, { ...cors, ...noStoreIfCredentials(req) });
        return;
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      // Only methods that take a body get one read, and never past the route's limit.
      const takesBody = BODY_METHODS.includes(method);
      if (!takesBody && announcesBody(req)) {
        await refuse(req, res, 413, cors);
        return;
      }
      const read = takesBody ? await readLimitedBody(req, bodyLimitFor(hit.f.name)) : { ok: true as const, bytes: Buffer.alloc(0) };
      if (!read.ok) {
        await refuse(req, res, read.reason === 'too_large' ? 413 : 400, cors);
        return;
      }
      const body = read.bytes;
      const request = new HttpRequest({ url: url.toString(), method, headers, params: hit.params, ...(body.byteLength > 0 ? { body: { bytes: body } } : {}) });
      const invocationId = randomUUID();
      const context = new InvocationContext({
        functionName: hit.f.name,
        invocationId,
        logHandler: (level, ...args) => log(`[${level}] ${hit.f.name} ${invocationId} ${args.map(String).join(' ')}`),
      });
      const started = Date.now();
      let result: HttpResponseInit | HttpResponse;
      try {
        result = (await hit.f.handler(request, context)) as HttpResponseInit | HttpResponse;
      } catch (err) {
        log(`[error] ${hit.f.name} ${invocationId} ${(err as Error).stack ?? String(err)}`);
        result = problem(500, 'fi');
      }
      await toNodeResponse(result, res, cors);
      log(`${method} ${url.pathname} → ${res.statusCode} ${Date.now() - started} ms`);
    })().catch((err: unknown) => {
      log(`[error] local host ${(err as Error).stack ?? String(err)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/problem+json' });
      res.end();
    });
  });
}
