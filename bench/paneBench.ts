import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createHostActions } from '../addin/excel/officeHost';
import { createOrUpdateSheets } from '../addin/excel/createOrUpdateSheets';
import { readInputSheets } from '../addin/excel/readInputSheets';
import { writeRecommendations } from '../addin/excel/writeRecommendations';
import { pickLanguage } from '../shared/i18n/pickLanguage';
import { recommend } from '../shared/recommendation/recommend';
import { fakeExcel } from '../tests/addin/fakeExcel';
import { buildAddin, ADDIN_OUT } from '../scripts/buildAddin';
import { startPaneServer } from '../scripts/dev/paneServer';
import { syntheticSubmissions } from './syntheticSubmissions';

/** context.sync() calls per pane command (counted on the fake Excel), bundle size, first render. */
export async function paneBench() {
  const excel = fakeExcel();
  await createOrUpdateSheets(excel.run, { lang: 'fi', dataValidation: true });
  await createOrUpdateSheets(excel.run, { lang: 'fi', dataValidation: true });
  await readInputSheets(excel.run);
  const host = createHostActions(excel.run, true);
  const reading = await host.readSubmission();
  await host.highlight([reading.cellFor(['participant', 'name'])!]);
  await host.select(reading.cellFor(['participant', 'name'])!);
  const rec = pickLanguage(recommend(syntheticSubmissions(1)[0]!), 'fi');
  await writeRecommendations(excel.run, rec, 'fi');
  await writeRecommendations(excel.run, rec, 'fi');
  const [createNew, createAgain, read, readForCheck, highlight, select, recFirst, recAgain] = excel.syncs;
  const syncs = { createNew, createAgain, read, readForCheck, highlight, select, recommendationsFirst: recFirst, recommendationsAgain: recAgain };

  await buildAddin({ dev: false, office: 'local' });
  // The pane's own bundle (the upload page has its own, measured apart in uploadGzipBytes).
  const js = readdirSync(ADDIN_OUT).filter((f) => f.startsWith('taskpane.') && f.endsWith('.js'));
  const upload = readdirSync(ADDIN_OUT).filter((f) => f.startsWith('upload.') && f.endsWith('.js'));
  const uploadGzipBytes = upload.reduce((n, f) => n + gzipSync(readFileSync(path.join(ADDIN_OUT, f))).length, 0);
  const bytes = js.reduce((n, f) => n + readFileSync(path.join(ADDIN_OUT, f)).length, 0);
  const gzipBytes = js.reduce((n, f) => n + gzipSync(readFileSync(path.join(ADDIN_OUT, f))).length, 0);

  let firstRenderMs: number | undefined;
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromiumPath)) {
    const pane = await startPaneServer({ port: 0 });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const page = await browser.newPage();
      const t0 = Date.now();
      await page.goto(`${pane.origin}/taskpane.html`);
      // Outside Office the pane renders after Office.js reports no host (or its 4 s timeout).
      await page.locator('h1').waitFor();
      times.push(Date.now() - t0);
      await page.close();
    }
    await browser.close();
    pane.server.close();
    times.sort((a, b) => a - b);
    firstRenderMs = times[2];
  }
  return { syncs, bundle: { files: js, bytes, gzipBytes, uploadGzipBytes }, firstRenderMs };
}
