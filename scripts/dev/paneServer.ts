import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { paneCsp } from './paneCsp';

const root = path.resolve(__dirname, '../..');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

export interface PaneServerOptions {
  port: number;
  /** TLS key and certificate for https (Office requires https for sideloading); plain http without. */
  tls?: { key: string; cert: string };
  /** Extra script tags put before the app's (the browser test's stand-in Excel host). */
  inject?: { path: string; file: string; tag?: boolean }[];
  /** The API's origin, the only other place the pane may call (its Content-Security-Policy). */
  apiOrigin?: string;
}

/**
 * Serves the built pane (dist/addin) and Office.js from node_modules/@microsoft/office-js/dist under
 * /office/, so nothing is fetched from the internet. Every answer carries the pane's
 * Content-Security-Policy (scripts from here and Office.js's origin, calls to here and the API).
 */
export async function startPaneServer(options: PaneServerOptions): Promise<{ server: http.Server; origin: string }> {
  const dirs: [string, string][] = [
    ['/office/', path.join(root, 'node_modules', '@microsoft', 'office-js', 'dist')],
    ['/', path.join(root, 'dist', 'addin')],
  ];
  const security = {
    'content-security-policy': paneCsp(options.apiOrigin ?? 'http://localhost:7071'),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  const handler: http.RequestListener = (req, res) => {
    for (const [k, v] of Object.entries(security)) res.setHeader(k, v);
    const url = new URL(req.url ?? '/', 'http://x');
    const injected = options.inject?.find((i) => i.path === url.pathname);
    if (injected) {
      res.writeHead(200, { 'content-type': TYPES['.js']! });
      createReadStream(injected.file).pipe(res);
      return;
    }
    const [prefix, dir] = dirs.find(([p]) => url.pathname.startsWith(p))!;
    const rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'taskpane.html';
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    if (rel === 'taskpane.html' && options.inject?.length) {
      // `tag: false` serves a script from the pane's origin without loading it (the tests' axe).
      const tags = options.inject.filter((i) => i.tag !== false).map((i) => `<script src="${i.path}"></script>`).join('');
      res.end(readFileSync(file, 'utf8').replace('<div id="root"></div>', `<div id="root"></div>${tags}`));
      return;
    }
    createReadStream(file).pipe(res);
  };
  const server = options.tls ? https.createServer(options.tls, handler) : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `${options.tls ? 'https' : 'http'}://localhost:${port}` };
}
