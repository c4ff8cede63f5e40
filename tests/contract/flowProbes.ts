import type { Json } from './openApiValidator';
import { XLSX, type FlowContext } from './flowContext';

const isObj = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The error statuses every operation shares, driven from the document itself so a new route gets them
 * too: each operation's last successful request is sent again without its bearer (401, when the
 * operation is secured), for an unknown round (404, when the path has {roundId}), and, when it takes a
 * body, malformed (400), under a wrong content type (415) and oversized (413). None of them can change
 * anything. A wrong method (405) is sent to each path whose operations document 405.
 */
export async function probesFlow(ctx: FlowContext, doc: Record<string, Json>): Promise<void> {
  const { rec } = ctx;
  const v = rec.validator;
  const globalSecurity = Array.isArray(doc.security) ? doc.security : [];
  for (const o of v.operations()) {
    const req = rec.lastSuccess.get(o.operationId);
    if (!req) continue;
    const op = v.operation(o.method, o.path)!.op;
    const security = Array.isArray(op.security) ? op.security : globalSecurity;
    const secured = security.length > 0 && security.every((s) => isObj(s) && Object.keys(s).length > 0);
    const label = (what: string) => `probe: ${what}`;
    if (secured) {
      const { token: _token, ...anonymous } = req;
      await rec.send(label('no bearer'), anonymous, 401);
    }
    const params = v.match(new URL(`${rec.baseUrl}/${req.route}`).pathname)?.params ?? {};
    if (params.roundId) {
      await rec.send(label('unknown round'), { ...req, route: req.route.replace(`rounds/${encodeURIComponent(params.roundId)}`, 'rounds/no-such-round-0000') }, 404);
    }
    const body = isObj(op.requestBody) ? op.requestBody : undefined;
    const media = body && isObj(body.content) ? Object.keys(body.content) : [];
    if (media.some((m) => m.startsWith('application/json'))) {
      await rec.send(label('malformed JSON'), { ...req, body: Buffer.from('{"schemaVersion": 1,'), contentType: 'application/json' }, 400);
      await rec.send(label('wrong content type'), { ...req, contentType: 'text/plain' }, 415);
      await rec.send(label('oversized JSON'), { ...req, body: Buffer.from(JSON.stringify({ x: 'y'.repeat(1024 * 1024) })), contentType: 'application/json' }, 413);
    } else if (media.length > 0) {
      await rec.send(label('JSON to a file upload'), { ...req, body: Buffer.from('{}'), contentType: 'application/json' }, 415);
      await rec.send(label('oversized file'), { ...req, body: Buffer.alloc(6 * 1024 * 1024, 0x50), contentType: XLSX }, 413);
    }
  }
  // 405 belongs to no operation (the method has none): judged by an operation of the same path that documents it.
  const documents405 = v.operations().filter((o) => '405' in ((v.operation(o.method, o.path)!.op.responses ?? {}) as object));
  for (const path of new Set(documents405.map((o) => o.path))) {
    const owner = documents405.find((o) => o.path === path)!;
    const item = (doc.paths as Record<string, Record<string, Json>>)[path]!;
    const wrong = ['patch', 'delete', 'put', 'post', 'get'].find((m) => !(m in item));
    const req = v.operations().filter((o) => o.path === path).map((o) => rec.lastSuccess.get(o.operationId)).find(Boolean);
    if (wrong && req) await rec.send(`probe: wrong method ${wrong.toUpperCase()}`, { route: req.route, method: wrong.toUpperCase(), ...(req.token ? { token: req.token } : {}) }, 405, { method: owner.method, path });
  }
}

/**
 * A storage outage: Azurite is stopped, and every operation's last successful request is sent again.
 * What touches storage must answer 503 (health says so too); what does not (catalog, template,
 * validate…) answers as before. Every answer is judged like any other.
 */
export async function outageFlow(ctx: FlowContext, stopStorage: () => Promise<void>): Promise<void> {
  const { rec } = ctx;
  await stopStorage();
  await rec.call('outage: health', 'GET', 'health', { expect: 503 });
  for (const o of rec.validator.operations()) {
    const req = rec.lastSuccess.get(o.operationId);
    if (!req || req.route === 'health') continue;
    const documents503 = '503' in ((rec.validator.operation(o.method, o.path)!.op.responses ?? {}) as object);
    await rec.send('outage: replay', req, documents503 ? 503 : undefined);
  }
}
