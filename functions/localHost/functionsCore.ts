import Module from 'node:module';
import path from 'node:path';

/** One `app.http(...)` registration as the Functions host receives it. */
export interface Registration {
  name: string;
  route: string;
  methods: string[];
  handler: (...args: unknown[]) => unknown;
}

const registrations: Registration[] = [];

interface CoreBinding {
  type?: string;
  route?: string;
  methods?: string[];
}

/**
 * The part of the `@azure/functions-core` API that the `@azure/functions` package calls at startup.
 * The real worker provides this module; our local host provides this one instead, so the same
 * `app.http` calls register the same handlers.
 */
export const functionsCore = {
  setProgrammingModel: (_model: unknown): void => undefined,
  getProgrammingModel: (): unknown => undefined,
  registerHook: () => ({ dispose: () => undefined }),
  log: (_level: string, _category: string, _message: string): void => undefined,
  registerFunction(metadata: { name: string; bindings: Record<string, CoreBinding> }, callback: Registration['handler']) {
    const trigger = Object.values(metadata.bindings).find((b) => b.type === 'httpTrigger');
    if (!trigger) throw new Error(`local host serves HTTP triggers only; "${metadata.name}" has none`);
    registrations.push({
      name: metadata.name,
      route: (trigger.route ?? metadata.name).replace(/^\/+|\/+$/g, ''),
      methods: (trigger.methods ?? ['GET', 'POST']).map((m) => m.toUpperCase()),
      handler: callback,
    });
    return { dispose: () => undefined };
  },
};

let installed = false;

/** Makes `require('@azure/functions-core')` resolve to `functionsCore`; call before loading any handler. */
export function installFunctionsCore(): void {
  if (installed) return;
  installed = true;
  const id = '@azure/functions-core';
  const fakePath = path.join(__dirname, '__azure-functions-core__.js');
  const mod = new Module(fakePath);
  mod.filename = fakePath;
  mod.loaded = true;
  mod.exports = functionsCore;
  require.cache[fakePath] = mod;
  const resolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const original = resolver._resolveFilename;
  resolver._resolveFilename = function resolve(request: string, ...rest: unknown[]) {
    return request === id ? fakePath : original.call(this, request, ...rest);
  };
}

/** Everything registered so far. */
export function registeredFunctions(): readonly Registration[] {
  return registrations;
}
