import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { axeViolations, SHOTS, useBrowserStack } from './browserStack';
import type { Page } from 'playwright-core';

const root = path.resolve(__dirname, '../..');
const CREATION_KEY = 'coordinator-browser-key-0123456789';
const FIXTURES = path.join(root, 'tests', 'fixtures', 'submissions');

const stack = useBrowserStack(CREATION_KEY);

type Win = { __sheets: () => string[]; __excel: { workbook: { sheetList: { name: string; cells: Map<string, { value: unknown; formula?: string }> }[]; tableList: { name: string }[] } } };

const sheets = (page: Page) => page.evaluate(() => (window as unknown as Win).__sheets());
/** Every value and formula written to the stand-in workbook, per sheet. */
const workbookCells = (page: Page) => page.evaluate(() => (window as unknown as Win).__excel.workbook.sheetList.map((s) => ({
  name: s.name,
  cells: [...s.cells.values()].map((c) => ({ value: c.value, formula: c.formula })),
})));

async function submit(roundId: string, token: string, file: string): Promise<void> {
  const body = JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8'));
  delete body.roundId;
  delete body.participantId;
  body.selfAssessment = body.selfAssessment.filter((i: { themeId: string }) => i.themeId !== 'energy-audits');
  const participantId = token.split('.')[0]!;
  const res = await fetch(`${stack().api.baseUrl}/rounds/${roundId}/submissions/${participantId}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBe(201);
}

describe('coordinator mode in Chromium with a stand-in Excel, against the local API and Azurite', () => {
  it('creates a round, shows the invitations once, pulls everyone in twice without duplicates, and a member inserts the shared sheet', async () => {
    const page = await stack().browser.newPage({ viewport: { width: 380, height: 1000 }, locale: 'fi-FI' });
    page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
    await page.goto(`${stack().pane.origin}/taskpane.html?lang=fi-FI&api=${encodeURIComponent(stack().api.baseUrl)}`);
    await page.getByRole('tab', { name: 'Koordinaattori' }).click();

    await page.getByLabel('Kierrosten luontiavain').fill(CREATION_KEY);
    await page.getByLabel('Kierroksen nimi').fill('Syksyn vertaiskierros');
    await page.getByLabel('Kierros alkaa').fill('2027-01-04');
    // This round leaves out one of the seven default themes.
    await page.getByRole('checkbox', { name: 'Energiakatselmukset' }).uncheck();
    const names = ['Merilinnan kaupunki', 'Kuusijärven kunta', 'Harjuniemen kaupunki', '=Vaarallinen Oy'];
    await page.getByLabel('Osallistujat (yksi nimi riville)').first().fill(names.join('\n'));
    await page.screenshot({ path: path.join(SHOTS, 'coordinator-fi-new-round.png'), fullPage: true });
    await page.getByRole('button', { name: 'Luo kierros' }).click();
    await page.getByText(/on luotu\. Kopioi koordinaattoriavain/).waitFor();

    // Invitations: one per participant, with both codes, in the chosen language.
    const invitations = await Promise.all(names.map((n) => page.getByLabel(n, { exact: true }).inputValue()));
    const roundId = /Kierroksen tunnus: (\S+)/.exec(invitations[0]!)![1]!;
    const tokens = invitations.map((text) => /Kutsutunniste: (\S+)/.exec(text)![1]!);
    expect(invitations[1]).toContain('Hei Kuusijärven kunta,');
    await page.getByRole('radio', { name: 'Svenska' }).check();
    expect(await page.getByLabel(names[0]!, { exact: true }).inputValue()).toContain('Inbjudningskod: ');
    await page.screenshot({ path: path.join(SHOTS, 'coordinator-fi-invitations.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    const files = readdirSync(FIXTURES).sort();
    for (let i = 0; i < 3; i += 1) await submit(roundId, tokens[i]!, files[i]!);

    await page.getByRole('button', { name: 'Kirjoita haastattelusuunnitelma' }).click();
    await page.getByText(/Haastattelusuunnitelma on välilehdellä Haastattelut/).waitFor();

    await page.getByRole('button', { name: 'Hae kaikki osallistujat' }).click();
    await page.getByText('Valmis: 3/4 osallistujaa on lähettänyt. Välilehdet päivitettiin.').waitFor();
    const first = await sheets(page);
    expect(first).toEqual(expect.arrayContaining(['Kierros', 'Osallistujat', 'Yhteenveto', 'Yhdistetty aineisto', 'Haastattelut']));
    await page.screenshot({ path: path.join(SHOTS, 'coordinator-fi-pulled.png'), fullPage: true });

    // A fourth participant submits; the second pull updates the same sheets in place.
    await submit(roundId, tokens[3]!, files[3]!);
    await page.getByRole('button', { name: 'Hae kaikki osallistujat' }).click();
    await page.getByText('Valmis: 4/4 osallistujaa on lähettänyt. Välilehdet päivitettiin.').waitFor();
    expect(await sheets(page)).toEqual(first);
    const written = await workbookCells(page);
    // The participant called "=Vaarallinen Oy" is text everywhere, never a formula.
    const formulas = written.flatMap((s) => s.cells.filter((c) => c.formula).map((c) => `${s.name}: ${c.formula}`));
    expect(formulas.filter((f) => f.includes('Vaarallinen'))).toEqual([]);
    expect(written.some((s) => s.cells.some((c) => c.value === '=Vaarallinen Oy'))).toBe(true);

    // A member inserts the shared recommended-model sheet: no names, no texts.
    await page.getByRole('tab', { name: 'Osallistuja' }).click();
    await page.getByLabel('Kierroksen tunnus').and(page.locator(':visible')).fill(roundId);
    await page.getByLabel('Kutsutunniste').and(page.locator(':visible')).fill(tokens[1]!);
    await page.getByRole('button', { name: 'Lisää Kierroksen mallit -välilehti' }).click();
    await page.getByText(/Välilehti Kierroksen mallit on päivitetty \(4 osallistujaa\)/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'member-fi-shared-sheet.png'), fullPage: true });
    const shared = (await workbookCells(page)).find((s) => s.name === 'Kierroksen mallit')!;
    const sharedText = shared.cells.map((c) => String(c.value)).join('\n');
    for (const n of names) expect(sharedText).not.toContain(n);
    await page.close();
  }, 120_000);
});
