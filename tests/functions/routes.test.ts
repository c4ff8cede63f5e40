import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bodyLimitFor, MAX_BODY_BYTES, MAX_XLSX_BYTES } from '../../functions/http/bodyLimits';
import { functionsCore, registeredFunctions } from '../../functions/localHost/functionsCore';
import { ROUTES } from '../../functions/routes';

// Jest's module system bypasses the Node hook, so hand the same core to @azure/functions here.
jest.mock('@azure/functions-core', () => functionsCore, { virtual: true });

const functionsDir = path.resolve(__dirname, '../../functions');

/** Every .ts file under functions/, relative to it. */
function sourcesUnder(dir: string): string[] {
  return readdirSync(path.join(functionsDir, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourcesUnder(rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}

describe('the route table', () => {
  // Loaded once, in this registry, so bodyLimitFor below reads the limits registration set.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  beforeAll(() => require('../../functions/app'));

  it('has one route per handler file, each loading a handler function', async () => {
    const handlerFiles = readdirSync(path.join(functionsDir, 'handlers')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
    const handlers = await Promise.all(ROUTES.map((r) => r.load()));
    expect([ROUTES.map((r) => r.name).sort(), handlers.filter((h) => typeof h === 'function').length]).toEqual([handlerFiles, 45]);
  });

  it('is registered whole through registerRoute (which applies withErrors): only registerRoute calls app.http', () => {
    const callers = sourcesUnder('.').filter((f) => !f.startsWith('localHost') && /\bapp\.http\(/.test(readFileSync(path.join(functionsDir, f), 'utf8')));
    expect([callers, registeredFunctions().map((f) => f.name).sort()]).toEqual([['http/registerRoute.ts'], ROUTES.map((r) => r.name).sort()]);
  });

  it('gives the two workbook uploads their own body limit and every other route the JSON one', () => {
    expect(ROUTES.filter((r) => r.maxBodyBytes !== undefined).map((r) => [r.name, r.maxBodyBytes])).toEqual([
      ['submission-import-post', MAX_XLSX_BYTES],
      ['visit-report-import-post', MAX_XLSX_BYTES],
    ]);
    // Set by registerRoute at registration, where the hosts read it.
    expect([bodyLimitFor('submission-import-post'), bodyLimitFor('visit-report-import-post'), bodyLimitFor('submission-put')]).toEqual([MAX_XLSX_BYTES, MAX_XLSX_BYTES, MAX_BODY_BYTES]);
  });
});
