import type { HttpHandler } from '@azure/functions';

/**
 * A handler that imports its module on its first call and keeps it. A failed load is not kept, so
 * the next request tries again; withErrors answers the failed one with a 500 problem. (A module that
 * throws while it is evaluated stays failed in the deployed ES-module package until the process
 * restarts: tests/scripts/packageApi.test.ts starts that package and calls its routes.)
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
