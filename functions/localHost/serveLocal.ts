import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { HttpRequest, HttpResponse, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { problem } from '../http/problem';
import type { Registration } from './functionsCore';
import { matchRoute } from './matchRoute';

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
    'access-control-allow-headers': 'authorization, content-type, if-match, accept-language',
    'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
    'access-control-expose-headers': 'etag, location, retry-after, content-language',
    'access-control-max-age': '600',
    vary: 'origin',
  };
}

async function readBody(req: http.IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function toNodeResponse(result: HttpResponseInit | HttpResponse, res: http.ServerResponse, extra: Record<string, string>) {
  const response = result instanceof HttpResponse ? result : new HttpResponse(result);
  const headers: Record<string, string> = { ...extra };
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * A node:http server that serves the registered `app.http` handlers under `/api`, the way the
 * Functions host does locally: route templates, methods (405 with `Allow`), CORS for the add-in's
 * origin, problem+json for unknown routes, and a 500 problem (logged) if a handler throws.
 */
export function createLocalHost(functions: readonly Registration[], options: LocalHostOptions = {}): http.Server {
  const allowed = options.corsOrigins ?? DEFAULT_CORS_ORIGINS;
  const log = options.log ?? (() => undefined);
  return http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      const cors = corsHeaders(req.headers.origin, allowed);
      const method = (req.method ?? 'GET').toUpperCase();
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
        await toNodeResponse(problem(status, 'fi', allow ? { headers: { allow } } : {}), res, cors);
        return;
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      const body = await readBody(req);
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
