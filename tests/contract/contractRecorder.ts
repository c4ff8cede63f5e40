import type { Failure, OpenApiValidator } from './openApiValidator';

/** What was sent, kept so the probes and the outage can send the same request again. */
export interface SentRequest {
  method: string;
  route: string;
  token?: string;
  body?: Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface CallOptions {
  token?: string;
  /** A JSON body, sent as application/json. */
  json?: unknown;
  /** Raw body bytes (a file, a malformed or oversized body); `contentType` says what it claims to be. */
  raw?: Uint8Array | string;
  contentType?: string;
  headers?: Record<string, string>;
  /** The status(es) this step is meant to provoke; anything else is reported as an unexpected status. */
  expect?: number | readonly number[];
  /** Judge the answer as this operation's (a wrong-method probe has no operation of its own). */
  as?: { method: string; path: string };
}

export interface CallResult {
  status: number;
  headers: Headers;
  bytes: Buffer;
  text: string;
  /** The parsed body when it is JSON. */
  body: ReturnType<typeof JSON.parse>;
}

export interface Recorded {
  label: string;
  operationId: string;
  method: string;
  path: string;
  status: number;
  failures: Failure[];
  unexpected?: string;
}

/**
 * Sends requests to the running API and judges every answer against the document at once, keeping
 * the verdicts (never stopping at the first failure). Remembers, per operation, the last request
 * that succeeded (2xx), so later steps can send it again without a body, a token or storage.
 */
export class ContractRecorder {
  readonly records: Recorded[] = [];
  readonly lastSuccess = new Map<string, SentRequest>();

  constructor(
    readonly baseUrl: string,
    readonly validator: OpenApiValidator,
  ) {}

  /** The operation (by document path template) a route below /api belongs to. */
  operationOf(method: string, route: string): { operationId: string; path: string } | undefined {
    const pathname = new URL(`${this.baseUrl}/${route}`).pathname;
    const m = this.validator.match(pathname);
    if (!m) return undefined;
    const op = this.validator.operations().find((o) => o.path === m.template && o.method === method.toUpperCase());
    return { operationId: op?.operationId ?? `(${method.toUpperCase()} ${m.template})`, path: m.template };
  }

  async call(label: string, method: string, route: string, opts: CallOptions = {}): Promise<CallResult> {
    const body = opts.json !== undefined ? Buffer.from(JSON.stringify(opts.json)) : opts.raw !== undefined ? Buffer.from(opts.raw) : undefined;
    const contentType = opts.contentType ?? (opts.json !== undefined ? 'application/json' : undefined);
    const sent: SentRequest = { method, route, ...(opts.token !== undefined ? { token: opts.token } : {}), ...(body ? { body } : {}), ...(contentType ? { contentType } : {}), ...(opts.headers ? { headers: opts.headers } : {}) };
    return this.send(label, sent, opts.expect, opts.as);
  }

  /** Sends `req` (a recorded one, possibly changed) and records the verdict. */
  async send(label: string, req: SentRequest, expect?: number | readonly number[], as?: { method: string; path: string }): Promise<CallResult> {
    const res = await fetch(`${this.baseUrl}/${req.route}`, {
      method: req.method,
      redirect: 'manual',
      headers: {
        'accept-language': 'en',
        ...(req.token !== undefined ? { authorization: `Bearer ${req.token}` } : {}),
        ...(req.contentType ? { 'content-type': req.contentType } : {}),
        ...req.headers,
      },
      ...(req.body ? { body: new Uint8Array(req.body) } : {}),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString('utf8');
    let parsed: ReturnType<typeof JSON.parse>;
    if (/json/.test(res.headers.get('content-type') ?? '')) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    const found = as ? { operationId: this.validator.operations().find((o) => o.method === as.method && o.path === as.path)?.operationId ?? '?', path: as.path } : this.operationOf(req.method, req.route);
    const judgeMethod = as?.method ?? req.method;
    const failures: Failure[] = found
      ? this.validator.check(judgeMethod, found.path, { status: res.status, headers: res.headers, body: bytes })
      : [{ kind: 'unknown-operation', detail: `no path template matches ${req.route}` }];
    const wanted = expect === undefined ? undefined : typeof expect === 'number' ? [expect] : expect;
    const record: Recorded = { label, operationId: found?.operationId ?? '(none)', method: judgeMethod, path: found?.path ?? req.route, status: res.status, failures };
    if (wanted && !wanted.includes(res.status)) record.unexpected = `expected ${wanted.join(' or ')}, got ${res.status}: ${text.slice(0, 200)}`;
    this.records.push(record);
    if (res.status >= 200 && res.status < 300 && found && !as) this.lastSuccess.set(found.operationId, req);
    return { status: res.status, headers: res.headers, bytes, text, body: parsed };
  }

  /** The figure and the lists the test asserts on. */
  summary() {
    const failures = this.records.flatMap((r) => r.failures.map((f) => ({ operationId: r.operationId, status: r.status, kind: f.kind, reason: f.detail, label: r.label })));
    const unexpected = this.records.filter((r) => r.unexpected).map((r) => ({ operationId: r.operationId, label: r.label, reason: r.unexpected! }));
    const matched = this.records.filter((r) => r.failures.length === 0).length;
    return { matched, total: this.records.length, failures, unexpected };
  }

  /** Per operation, the statuses seen; and the documented ones never provoked. */
  coverage() {
    const seen = new Map<string, Set<number>>();
    for (const r of this.records) {
      if (!seen.has(r.operationId)) seen.set(r.operationId, new Set());
      seen.get(r.operationId)!.add(r.status);
    }
    const ops = this.validator.operations();
    const documented = (o: { method: string; path: string }) => Object.keys((this.validator.operation(o.method, o.path)?.op.responses ?? {}) as object);
    return {
      notCalled: ops.filter((o) => !seen.has(o.operationId)).map((o) => o.operationId),
      noSuccess: ops.filter((o) => ![...(seen.get(o.operationId) ?? [])].some((s) => s >= 200 && s < 300)).map((o) => o.operationId),
      documentedNotProvoked: ops.flatMap((o) => documented(o).filter((k) => /^\d{3}$/.test(k) && !seen.get(o.operationId)?.has(Number(k))).map((k) => `${o.operationId} ${k}`)),
    };
  }
}
