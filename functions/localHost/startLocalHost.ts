import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { installFunctionsCore, registeredFunctions } from './functionsCore';
import { createLocalHost, type LocalHostOptions } from './serveLocal';

/**
 * Loads the app's registrations through our `@azure/functions-core` and listens on `port`
 * (0 = a free one). Resolves with the server and its base URL (`http://127.0.0.1:PORT/api`).
 */
export async function startLocalHost(port: number, options: LocalHostOptions = {}): Promise<{ server: http.Server; baseUrl: string }> {
  installFunctionsCore();
  // A plain require, after the hook is in place: the handlers' app.http calls must find our core.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../app');
  const server = createLocalHost(registeredFunctions(), options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return { server, baseUrl: `http://127.0.0.1:${actual}/api` };
}
