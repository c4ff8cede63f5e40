import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildProduction, productionConfig, productionTargets, wantsProduction } from '../../scripts/build';
import { PRODUCTION_ADDIN_ID } from '../../scripts/dev/productionManifest';

const root = path.resolve(__dirname, '../..');
const API = 'https://func-abc.azurewebsites.net/api';
const PANE = 'https://nice-sea-0123.azurestaticapps.net';

describe('the production build’s settings', () => {
  it('takes flags over env API_BASE and PANE_ORIGIN', () => {
    expect(productionConfig([], { API_BASE: API, PANE_ORIGIN: PANE })).toEqual({ apiBase: API, paneOrigin: PANE });
    expect(productionConfig(['--api-base', 'https://api.example.fi/api', '--pane-origin=https://pane.example.fi'], { API_BASE: API, PANE_ORIGIN: PANE })).toEqual({
      apiBase: 'https://api.example.fi/api', paneOrigin: 'https://pane.example.fi',
    });
    expect(productionConfig([], { API_BASE: '', PANE_ORIGIN: PANE })).toEqual({ paneOrigin: PANE });
  });

  it('trims trailing slashes and derives the API origin for the CSP', () => {
    expect(productionTargets({ apiBase: `${API}/`, paneOrigin: `${PANE}/` })).toEqual({
      apiBase: 'https://func-abc.azurewebsites.net/api', apiOrigin: 'https://func-abc.azurewebsites.net', paneOrigin: 'https://nice-sea-0123.azurestaticapps.net',
    });
  });

  it('refuses missing settings, naming what to set', () => {
    expect(() => productionTargets({})).toThrow(
      'API_BASE and PANE_ORIGIN are not set: the production build needs API_BASE=https://func-abc.azurewebsites.net/api (the deployed Functions API, or --api-base), PANE_ORIGIN=https://nice-sea-0123.azurestaticapps.net (the https origin serving the task pane, or --pane-origin)',
    );
    expect(() => productionTargets({ paneOrigin: PANE, apiBase: ' ' })).toThrow(
      'API_BASE is not set: the production build needs API_BASE=https://func-abc.azurewebsites.net/api (the deployed Functions API, or --api-base)',
    );
    expect(() => productionTargets({ apiBase: API })).toThrow(
      'PANE_ORIGIN is not set: the production build needs PANE_ORIGIN=https://nice-sea-0123.azurestaticapps.net (the https origin serving the task pane, or --pane-origin)',
    );
  });

  it('refuses http', () => {
    expect(() => productionTargets({ apiBase: API, paneOrigin: 'http://nice-sea-0123.azurestaticapps.net' })).toThrow(
      'PANE_ORIGIN (or --pane-origin) must be https, got http://nice-sea-0123.azurestaticapps.net: Office loads add-ins only over https',
    );
    expect(() => productionTargets({ apiBase: 'http://func-abc.azurewebsites.net/api', paneOrigin: PANE })).toThrow(
      'API_BASE (or --api-base) must be https, got http://func-abc.azurewebsites.net/api: the https pane may not call an http API',
    );
  });

  it('refuses localhost and loopback addresses', () => {
    expect(() => productionTargets({ apiBase: 'http://localhost:7071/api', paneOrigin: PANE })).toThrow(
      'API_BASE (or --api-base) points at localhost (http://localhost:7071/api): a production build must name the deployed API, never localhost',
    );
    expect(() => productionTargets({ apiBase: API, paneOrigin: 'https://localhost:3000' })).toThrow(
      'PANE_ORIGIN (or --pane-origin) points at localhost (https://localhost:3000): a production build must name the deployed pane, never localhost',
    );
    expect(() => productionTargets({ apiBase: API, paneOrigin: 'https://127.0.0.1:3000' })).toThrow(
      'PANE_ORIGIN (or --pane-origin) points at 127.0.0.1 (https://127.0.0.1:3000): a production build must name the deployed pane, never localhost',
    );
    expect(() => productionTargets({ apiBase: 'https://[::1]:7071/api', paneOrigin: PANE })).toThrow('API_BASE (or --api-base) points at [::1]');
    expect(() => productionTargets({ apiBase: API, paneOrigin: 'https://pane.localhost' })).toThrow('PANE_ORIGIN (or --pane-origin) points at pane.localhost');
  });

  it('refuses a pane origin with a path, and what is not a URL', () => {
    expect(() => productionTargets({ apiBase: API, paneOrigin: `${PANE}/addin` })).toThrow(
      'PANE_ORIGIN (or --pane-origin) must be an origin without a path, e.g. https://nice-sea-0123.azurestaticapps.net, got https://nice-sea-0123.azurestaticapps.net/addin',
    );
    expect(() => productionTargets({ apiBase: 'func-abc', paneOrigin: PANE })).toThrow('API_BASE (or --api-base) is not a URL: func-abc');
  });

  it('is a production build once either setting or --production is given, else a local one', () => {
    expect(wantsProduction([], {})).toBe(false);
    expect(wantsProduction(['--production'], {})).toBe(true);
    expect(wantsProduction([], { paneOrigin: PANE })).toBe(true);
    expect(wantsProduction([], { apiBase: ' ' })).toBe(false);
  });

  it('refuses before writing anything', async () => {
    const outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'prod-refused-')), 'dist');
    await expect(buildProduction({ apiBase: API, paneOrigin: 'http://nice-sea-0123.azurestaticapps.net', outDir })).rejects.toThrow('PANE_ORIGIN (or --pane-origin) must be https');
    expect(existsSync(outDir)).toBe(false);
  });

  it('refuses on the command line with one line on stderr and exit status 1', () => {
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const env = { ...process.env, API_BASE: '', PANE_ORIGIN: '' };
    const r = spawnSync(tsx, [path.join(root, 'scripts', 'build.ts'), '--api-base', API], { cwd: root, encoding: 'utf8', env, timeout: 120_000 });
    expect([r.status, r.stdout, r.stderr]).toEqual([
      1, '', 'npm run build: PANE_ORIGIN is not set: the production build needs PANE_ORIGIN=https://nice-sea-0123.azurestaticapps.net (the https origin serving the task pane, or --pane-origin)\n',
    ]);
    const asked = spawnSync(tsx, [path.join(root, 'scripts', 'build.ts'), '--production'], { cwd: root, encoding: 'utf8', env, timeout: 120_000 });
    expect([asked.status, asked.stdout]).toEqual([1, '']);
    expect(asked.stderr).toMatch(/^npm run build: API_BASE and PANE_ORIGIN are not set: the production build needs /);
  });
});

describe('a production build (into a temporary directory)', () => {
  const outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'prod-build-')), 'dist');
  let built: Awaited<ReturnType<typeof buildProduction>>;
  beforeAll(async () => {
    built = await buildProduction({ apiBase: `${API}/`, paneOrigin: PANE, outDir });
  }, 180_000);

  it('writes the pane to <outDir>/addin and the manifest beside it', () => {
    expect(built.addinDir).toBe(path.join(outDir, 'addin'));
    expect(built.manifestFile).toBe(path.join(outDir, 'manifest.xml'));
    expect([built.apiBase, built.paneOrigin]).toEqual([API, PANE]);
    const files = readdirSync(built.addinDir).sort();
    expect(files.filter((f) => f.endsWith('.html'))).toEqual(['help.html', 'taskpane.html', 'upload.html']);
    expect(files.filter((f) => /^taskpane\.[A-Z0-9]+\.js$/.test(f))).toEqual([built.jsFile]);
    expect(readdirSync(path.join(built.addinDir, 'assets')).sort()).toEqual(['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']);
  });

  it('builds a pane whose CSP allows the API origin, with Office.js from the CDN, calling the API base', () => {
    const html = readFileSync(path.join(built.addinDir, 'taskpane.html'), 'utf8');
    expect(html).toContain("connect-src 'self' https://func-abc.azurewebsites.net;");
    expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(html).toContain(`<script src="${built.jsFile}"></script>`);
    expect(html).not.toContain('localhost');
    const js = readFileSync(path.join(built.addinDir, built.jsFile), 'utf8');
    expect(js).toContain('"https://func-abc.azurewebsites.net/api"');
    expect(readFileSync(path.join(built.addinDir, 'upload.html'), 'utf8')).toContain("connect-src 'self' https://func-abc.azurewebsites.net;");
    expect(readFileSync(path.join(built.addinDir, 'help.html'), 'utf8')).toContain('https://func-abc.azurewebsites.net/api/template.xlsx');
  });

  it('writes the production manifest for the pane origin', () => {
    const xml = readFileSync(built.manifestFile, 'utf8');
    expect(xml).not.toMatch(/localhost/i);
    expect(xml).toContain(`<Id>${PRODUCTION_ADDIN_ID}</Id>`);
    expect(xml).toContain('<SourceLocation DefaultValue="https://nice-sea-0123.azurestaticapps.net/taskpane.html"/>');
  });

  it('leaves the repo’s dist/ alone', () => {
    expect(path.relative(root, outDir).startsWith('..')).toBe(true);
    expect(existsSync(path.join(outDir, 'functions'))).toBe(false);
  });
});
