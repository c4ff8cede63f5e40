import { mkdirSync } from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freePort, startAzurite, type Azurite } from '../../scripts/dev/azurite';
import { buildAddin } from '../../scripts/buildAddin';
import { startPaneServer } from '../../scripts/dev/paneServer';
import { startApiProcess } from '../helpers/startApiProcess';

export const SHOTS = path.resolve(__dirname, '../..', 'test-output', 'screenshots');

export interface BrowserStack {
  azurite: Azurite;
  api: Awaited<ReturnType<typeof startApiProcess>>;
  pane: { server: http.Server; origin: string };
  browser: Browser;
  stop(): Promise<void>;
}

/**
 * The production pane served with Office.js and the stand-in Excel, the API on Azurite, and Chromium:
 * everything a browser test drives, started fresh and stopped together.
 */
export async function startBrowserStack(creationKey: string): Promise<BrowserStack> {
  mkdirSync(SHOTS, { recursive: true });
  const standIn = path.join(os.tmpdir(), `stand-in-${process.pid}-${Date.now()}.js`);
  await build({ entryPoints: [path.join(__dirname, 'standInExcel.ts')], bundle: true, outfile: standIn, format: 'iife', platform: 'browser', logLevel: 'silent' });
  const panePort = await freePort();
  const azurite = await startAzurite();
  const api = await startApiProcess({ STORAGE_CONNECTION_STRING: azurite.connectionString, ROUND_CREATION_KEY: creationKey, CORS_ORIGINS: `http://localhost:${panePort}` });
  // The pane's CSP (in the built page and the server's header) allows calls to this API only.
  await buildAddin({ dev: false, office: 'local', apiOrigin: new URL(api.baseUrl).origin });
  const pane = await startPaneServer({ port: panePort, inject: [{ path: '/stand-in-excel.js', file: standIn }, { path: '/axe.min.js', file: require.resolve('axe-core/axe.min.js'), tag: false }], apiOrigin: new URL(api.baseUrl).origin });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    azurite, api, pane, browser,
    async stop() {
      await browser.close();
      await api.stop();
      await azurite.stop();
      await new Promise((r) => pane.server.close(r));
    },
  };
}

/** Starts the stack before the file's tests and stops it after; the getter gives it to each test. */
export function useBrowserStack(creationKey: string): () => BrowserStack {
  let stack: BrowserStack | undefined;
  beforeAll(async () => {
    stack = await startBrowserStack(creationKey);
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });
  return () => {
    if (!stack) throw new Error('the browser stack did not start');
    return stack;
  };
}

/**
 * Serious and critical axe-core findings on the page. Fluent's TabList adds tabster focus sentinels
 * (<i data-tabster-dummy aria-hidden tabindex=0>) that pass focus on into the list; they are not
 * content, so axe skips them.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // From the pane's own origin (its Content-Security-Policy allows no inline script), by a plain
  // script element: Playwright's addScriptTag fails on any CSP report during the add, and Office.js's
  // telemetry frame, refused by the CSP (frame-src 'none'), can be reported just then.
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    if ((window as unknown as { axe?: unknown }).axe) return resolve();
    const script = document.createElement('script');
    script.src = '/axe.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('axe did not load'));
    document.head.appendChild(script);
  }));
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<Result> } }).axe;
    const r = await axe.run({ exclude: [['[data-tabster-dummy]']] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}
