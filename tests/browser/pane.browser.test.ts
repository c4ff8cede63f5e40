import { readFileSync } from 'node:fs';
import path from 'node:path';
import { axeViolations, SHOTS, useBrowserStack } from './browserStack';
import type { Page } from 'playwright-core';
import { paneCsp } from '../../scripts/dev/paneCsp';
import { startPaneServer } from '../../scripts/dev/paneServer';
import { MODEL_COLUMNS, MODELS_SHEET, modelRow } from '../../shared/layouts/modelsLayout';
import { PROFILE_FIELDS, PROFILE_SHEET, profileRow } from '../../shared/layouts/profileLayout';
import { renderWorkbookValues } from '../../shared/layouts/renderWorkbookValues';
import { SELF_ASSESSMENT_COLUMNS, SELF_ASSESSMENT_SHEET, selfAssessmentRow } from '../../shared/layouts/selfAssessmentLayout';
import { parseSubmission } from '../../shared/schemas/parseSubmission';
import { proposePhases } from '../../shared/rounds/proposePhases';

const root = path.resolve(__dirname, '../..');
const CREATION_KEY = 'browser-test-creation-key-0123456789';

const stack = useBrowserStack(CREATION_KEY);

/** What Chromium reported as blocked by the pane's Content-Security-Policy. */
const cspViolations: string[] = [];

async function open(lang: string): Promise<Page> {
  const page = await stack().browser.newPage({ viewport: { width: 380, height: 900 } });
  page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await page.goto(`${stack().pane.origin}/taskpane.html?lang=${lang}&api=${encodeURIComponent(stack().api.baseUrl)}`);
  return page;
}

/** Types a fixture's values into the stand-in workbook cell by cell, as a user would. */
async function typeFixture(page: Page, lang: 'fi' | 'en', file: string) {
  const parsed = parseSubmission(JSON.parse(readFileSync(path.join(root, 'tests', 'fixtures', 'submissions', file), 'utf8')));
  if (!parsed.ok) throw new Error('fixture');
  const values = renderWorkbookValues(lang, parsed.value);
  const cells: [string, number, number, string | number][] = [];
  PROFILE_FIELDS.forEach((f, i) => {
    if (f.input !== 'formula' && f.key !== 'roundId' && values.profile[i] !== '') cells.push([PROFILE_SHEET.title[lang], profileRow(i), 2, values.profile[i] as string | number]);
  });
  values.models.forEach((row, i) => MODEL_COLUMNS.forEach((c, k) => {
    if (c.role === 'input' && row[k] !== '') cells.push([MODELS_SHEET.title[lang], modelRow(i), k + 1, row[k] as string | number]);
  }));
  values.selfAssessment.forEach((row, i) => SELF_ASSESSMENT_COLUMNS.forEach((c, k) => {
    if (c.role === 'input' && row[k] !== '') cells.push([SELF_ASSESSMENT_SHEET.title[lang], selfAssessmentRow(i), k + 1, row[k] as string | number]);
  }));
  await page.evaluate((list) => {
    const type = (window as unknown as { __type: (s: string, r: number, c: number, v: string | number) => void }).__type;
    for (const [s, r, c, v] of list) type(s, r, c, v);
  }, cells);
}

describe('the task pane in Chromium with a stand-in Excel, against the local API and Azurite', () => {
  it.each([
    ['fi', 'fi-FI', { create: 'Luo tai päivitä välilehdet', created: 'Välilehdet ovat valmiit', check: 'Tarkista', errors: 'Korjattavaa', ok: 'Ei virheitä', recommend: 'Hae suositukset', recommended: 'Suositukset kirjoitettiin', round: 'Kierroksen tunnus', token: 'Kutsutunniste', submit: 'Lähetä', submitted: 'Lähetetty: versio 1', show: 'Näytä oma kierros', myRound: 'Oma kierros', now: 'Nyt: Valmistelu ja itsearviointi', visitors: 'Vierailijat: ', visits: 'Vierailunne muiden luo', due: 'Itsearviointi on lähetetty: versio 1' }],
    ['en', 'en-US', { create: 'Create or update sheets', created: 'The sheets are ready', check: 'Check', errors: 'To fix', ok: 'No errors', recommend: 'Get recommendations', recommended: 'The recommendations were written', round: 'Round code', token: 'Invite token', submit: 'Submit', submitted: 'Submitted: version 1', show: 'Show my round', myRound: 'My round', now: 'Now: Preparation and self-assessment', visitors: 'Visited by: ', visits: 'Your visits to others', due: 'Self-assessment submitted: version 1' }],
  ] as const)('create → check → recommend → submit in %s', async (lang, locale, s) => {
    const page = await open(locale);
    await page.getByRole('button', { name: s.create }).click();
    await page.getByText(s.created).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __sheets: () => string[] }).__sheets())).toHaveLength(3);

    await page.getByRole('button', { name: s.check, exact: true }).click();
    await page.getByText(s.errors).waitFor();
    await page.getByRole('button', { name: s.check, exact: true }).and(page.locator(':enabled')).waitFor();
    await page.screenshot({ path: path.join(SHOTS, `pane-${lang}-errors.png`) });
    const firstError = page.getByRole('listitem').first().getByRole('button');
    const address = await firstError.textContent();
    await firstError.click();
    await page.waitForFunction((a) => (window as unknown as { __excel: { workbook: { selected: string } } }).__excel.workbook.selected === a, address);

    expect(await axeViolations(page)).toEqual([]);

    await typeFixture(page, lang, 'mid-size-town.json');
    await page.getByRole('button', { name: s.check, exact: true }).click();
    await page.getByText(s.ok).waitFor();
    await page.getByRole('button', { name: s.recommend }).click();
    await page.getByText(s.recommended).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __sheets: () => string[] }).__sheets())).toHaveLength(4);

    const round = await (await fetch(`${stack().api.baseUrl}/rounds`, {
      method: 'POST',
      headers: { authorization: `Bearer ${CREATION_KEY}`, 'content-type': 'application/json' },
      // Three participants for an interview plan; phases from 60 days ago, so today is in preparation.
      body: JSON.stringify({
        name: `Selain ${lang}`, participantKind: 'municipalities',
        phases: proposePhases(new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10)),
        participants: [{ name: 'Harjuniemen kaupunki' }, { name: 'Kallioniemen kunta' }, { name: 'Merilahden kaupunki' }],
      }),
    })).json();
    // Both pane modes stay mounted; only the participant's fields are visible.
    await page.getByLabel(s.round).and(page.locator(':visible')).fill(round.roundId);
    await page.getByLabel(s.token).and(page.locator(':visible')).fill(round.participants[0].inviteToken);
    await page.getByRole('button', { name: s.submit, exact: true }).click();
    await page.getByText(s.submitted).first().waitFor();
    // "Oma kierros", shown since the check fetched the round, now tells the stored version as the next step's state.
    await page.getByRole('region', { name: s.myRound }).getByText(s.due).waitFor();
    await page.getByRole('button', { name: s.check, exact: true }).and(page.locator(':enabled')).waitFor();
    await page.screenshot({ path: path.join(SHOTS, `pane-${lang}-submitted.png`), fullPage: true });
    const stored = await (await fetch(`${stack().api.baseUrl}/rounds/${round.roundId}/submissions/${round.participants[0].participantId}`, { headers: { authorization: `Bearer ${round.coordinatorKey}` } })).json();
    expect([stored.version, stored.submission.participant.name]).toEqual([1, 'Harjuniemen kaupunki']);

    // "Oma kierros": the coordinator publishes the plan, the participant sees its round, visits and next step.
    const planned = await fetch(`${stack().api.baseUrl}/rounds/${round.roundId}/interview-plan`, { method: 'PUT', headers: { authorization: `Bearer ${round.coordinatorKey}`, 'content-type': 'application/json' }, body: '{}' });
    expect(planned.ok).toBe(true);
    await page.getByRole('button', { name: s.show }).click();
    const mine = page.getByRole('region', { name: s.myRound });
    await mine.getByText(s.now).waitFor();
    expect(await mine.textContent()).toContain(`Selain ${lang}`);
    await mine.getByText(s.due).waitFor();
    expect(await mine.getByText(s.visitors).textContent()).toMatch(/Kallioniemen kunta|Merilahden kaupunki/);
    await mine.getByRole('heading', { name: s.visits }).waitFor();
    expect(await mine.textContent()).not.toContain(round.participants[1].participantId);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await mine.scrollIntoViewIfNeeded();
    await mine.screenshot({ path: path.join(SHOTS, `pane-${lang}-my-round.png`) });
    expect(await axeViolations(page)).toEqual([]);
    // The CSP allowed everything the pane did (Office.js, the API), and only the pane and this API.
    // Office.js's telemetry frame is the one thing refused (frame-src 'none'); the pane's own work never is.
    expect(cspViolations.splice(0).filter((v) => !/^Framing 'https:\/\/[a-z.]+\.oaspapps\.com\/' violates .*"frame-src 'none'"/.test(v))).toEqual([]);
    const html = await fetch(`${stack().pane.origin}/taskpane.html`);
    const csp = paneCsp(new URL(stack().api.baseUrl).origin);
    expect(html.headers.get('content-security-policy')).toBe(csp);
    expect(await html.text()).toContain(`<meta http-equiv="Content-Security-Policy" content="${csp}" />`);
    const reported = page.waitForEvent('console', (m) => m.text().includes('127.0.0.2:9'));
    expect(await page.evaluate((url) => fetch(url).then(() => 'reached', () => 'blocked'), 'http://127.0.0.2:9/api/health')).toBe('blocked');
    expect((await reported).text()).toMatch(/Content Security Policy/);
    cspViolations.splice(0);
    await page.close();
  }, 90_000);

  it('outside Office (a plain tab, no stand-in) the pane says so instead of hanging', async () => {
    const plain = await startPaneServer({ port: 0 });
    const page = await stack().browser.newPage({ viewport: { width: 380, height: 500 }, locale: 'fi-FI' });
    try {
      await page.goto(`${plain.origin}/taskpane.html`);
      await page.getByText('Tämä tehtäväruutu toimii Excelissä').waitFor({ timeout: 10_000 });
      expect(await page.getByRole('button', { name: 'Luo tai päivitä välilehdet' }).count()).toBe(0);
      await page.screenshot({ path: path.join(SHOTS, 'pane-fi-outside-office.png') });
      // Without the add-in, the next step is the upload page beside the pane.
      await page.getByRole('link', { name: 'Avaa lähetyssivu' }).click();
      await page.getByRole('button', { name: 'Lataa pohja (.xlsx)' }).waitFor({ timeout: 10_000 });
    } finally {
      await page.close();
      await new Promise((r) => plain.server.close(r));
    }
  }, 30_000);
});
