import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { installFunctionsCore, registeredFunctions } from './functionsCore';
import { createLocalHost, type LocalHostOptions } from './serveLocal';

export interface StartLocalHostOptions extends LocalHostOptions {
  /**
   * The app to load: a module that registers its routes with `app.http` when loaded. The repo's
   * functions/app.ts by default (required); an absolute path serves another build of it, e.g. the
   * deployed package's app.js, an ES module (scripts/packageApi.ts), loaded with import(). A bundle
   * keeps its own copy of the route body limits, so this host then reads every body up to the JSON
   * limit (MAX_BODY_BYTES).
   */
  appModule?: string;
}

/**
 * Loads the app's registrations through our `@azure/functions-core` and listens on `port`
 * (0 = a free one). Resolves with the server, its base URL (`http://127.0.0.1:PORT/api`) and the
 * file the app was loaded from.
 */
export async function startLocalHost(port: number, options: StartLocalHostOptions = {}): Promise<{ server: http.Server; baseUrl: string; appFile: string }> {
  const { appModule = '../app', ...hostOptions } = options;
  installFunctionsCore();
  const appFile = require.resolve(appModule);
  // Loaded after the hook is in place: the app's app.http calls (registerRoute) must find our core (a bundle
  // reaches it through its own createRequire, which goes through the same hook).
  if (options.appModule) {
    await import(pathToFileURL(appFile).href);
  } else {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(appFile);
  }
  const server = createLocalHost(registeredFunctions(), hostOptions);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return { server, baseUrl: `http://127.0.0.1:${actual}/api`, appFile };
}
