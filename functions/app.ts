// The function app: the Functions worker (via package.json "main") and the local host both load this
// file. It registers every route of ROUTES through registerRoute; each handler's module is imported
// with its route's first request.
import { lazyHandler } from './http/lazyHandler';
import { registerRoute } from './http/registerRoute';
import { ROUTES } from './routes';

for (const { name, load, ...spec } of ROUTES) registerRoute(name, { ...spec, handler: lazyHandler(load) });
