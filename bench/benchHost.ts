// The local host with two extra routes, bench only and never part of the app: POST /api/echo,
// answering the request JSON as it came (the floor that validate and recommend are compared with),
// and GET /api/bench/storage-requests.
import { app } from '@azure/functions';
import { installFunctionsCore, registeredFunctions } from '../functions/localHost/functionsCore';
import { createLocalHost } from '../functions/localHost/serveLocal';
import { storageRequests } from '../functions/storage/requestCounter';

installFunctionsCore();
app.http('echo-post', {
  methods: ['POST'],
  authLevel: 'anonymous',
  route: 'echo',
  handler: async (request) => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(await request.json()) }),
});
// GET /api/bench/storage-requests: the Table Storage requests this process has sent so far
// (requestCounter, counted in the SDK pipeline), for apiBench to take the difference around a request.
app.http('bench-storage-requests', {
  methods: ['GET'],
  authLevel: 'anonymous',
  route: 'bench/storage-requests',
  handler: async () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(storageRequests.snapshot()) }),
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../functions/app');
const server = createLocalHost(registeredFunctions());
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening on http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
