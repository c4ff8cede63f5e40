import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_THEMES } from '../../shared/catalog/themes';
import { PROFILE_FIELDS, PROFILE_SHEET, profileRow } from '../../shared/layouts/profileLayout';
import { renderWorkbookValues } from '../../shared/layouts/renderWorkbookValues';
import { SELF_ASSESSMENT_COLUMNS, SELF_ASSESSMENT_SHEET, selfAssessmentColumn, selfAssessmentRow } from '../../shared/layouts/selfAssessmentLayout';
import { MODEL_COLUMNS, MODELS_SHEET, modelRow } from '../../shared/layouts/modelsLayout';
import { proposePhases } from '../../shared/rounds/proposePhases';
import { parseSubmission } from '../../shared/schemas/parseSubmission';
import { axeViolations, SHOTS, useBrowserStack } from './browserStack';

const root = path.resolve(__dirname, '../..');
const CREATION_KEY = 'round-themes-browser-key-0123456789';
const stack = useBrowserStack(CREATION_KEY);

/** The round drops the last default theme and adds its own, named in Finnish only. */
const DROPPED = DEFAULT_THEMES[6]!;
const OWN = { id: 'kiertotalous', name: { fi: 'Kiertotalous ja materiaalit' } };

const TEXTS = {
  fi: { locale: 'fi-FI', create: 'Luo tai päivitä välilehdet', created: 'Välilehdet ovat valmiit', check: 'Tarkista', ok: 'Ei virheitä', round: 'Kierroksen tunnus', token: 'Kutsutunniste', submit: 'Lähetä', submitted: 'Lähetetty: versio 1', errors: 'Korjattavaa', refused: 'Ei lähetetty: korjaa ensin kohdassa 2 luetellut virheet (1) ja lähetä sitten uudelleen.', show: 'Näytä oma kierros', myRound: 'Oma kierros' },
  sv: { locale: 'sv-FI', create: 'Skapa eller uppdatera flikarna', created: 'Flikarna är klara', check: 'Kontrollera', ok: 'Inga fel', round: 'Omgångens kod', token: 'Inbjudningskod', submit: 'Skicka', submitted: 'Skickat: version 1', errors: 'Att rätta', refused: 'Inte skickat: rätta först felen i steg 2 (1 st.) och skicka sedan igen.', show: 'Visa min omgång', myRound: 'Min omgång' },
} as const;

type Lang = keyof typeof TEXTS;
type Win = { __type: (s: string, r: number, c: number, v: string | number) => void; __excel: { workbook: { sheet: (n: string) => { cell: (r: number, c: number) => { value: unknown } } | undefined } } };

/** The self-assessment sheet's theme ids (hidden key column) and names, row by row. */
async function themeRows(page: Page, lang: Lang): Promise<{ id: string; name: string }[]> {
  return page.evaluate(({ title, first }) => {
    const sheet = (window as unknown as Win).__excel.workbook.sheet(title)!;
    const rows: { id: string; name: string }[] = [];
    for (let r = first; String(sheet.cell(r, 1).value ?? '') !== ''; r += 1) rows.push({ id: String(sheet.cell(r, 1).value), name: String(sheet.cell(r, 2).value) });
    return rows;
  }, { title: SELF_ASSESSMENT_SHEET.title[lang], first: selfAssessmentRow(0) });
}

/** Types the mid-size town's profile, models and the seven default themes' rows, as a user would. */
async function typeFixture(page: Page, lang: Lang) {
  const parsed = parseSubmission(JSON.parse(readFileSync(path.join(root, 'tests', 'fixtures', 'submissions', 'mid-size-town.json'), 'utf8')));
  if (!parsed.ok) throw new Error('fixture');
  const values = renderWorkbookValues(lang, parsed.value);
  const cells: [string, number, number, string | number][] = [];
  PROFILE_FIELDS.forEach((f, i) => {
    if (f.input !== 'formula' && f.key !== 'roundId' && values.profile[i] !== undefined && values.profile[i] !== '') cells.push([PROFILE_SHEET.title[lang], profileRow(i), 2, values.profile[i] as string | number]);
  });
  values.models.forEach((row, i) => MODEL_COLUMNS.forEach((c, k) => {
    if (c.role === 'input' && row[k] !== '') cells.push([MODELS_SHEET.title[lang], modelRow(i), k + 1, row[k] as string | number]);
  }));
  values.selfAssessment.forEach((row, i) => SELF_ASSESSMENT_COLUMNS.forEach((c, k) => {
    if (c.role === 'input' && row[k] !== '') cells.push([SELF_ASSESSMENT_SHEET.title[lang], selfAssessmentRow(i), k + 1, row[k] as string | number]);
  }));
  await typeCells(page, cells);
}

async function typeCells(page: Page, cells: [string, number, number, string | number][]) {
  await page.evaluate((list) => {
    for (const [s, r, c, v] of list) (window as unknown as Win).__type(s, r, c, v);
  }, cells);
}

const idle = (page: Page, s: (typeof TEXTS)[Lang]) => page.getByRole('button', { name: s.check, exact: true }).and(page.locator(':enabled')).waitFor();

describe("a round's own themes through the pane in Chromium, against the local API and Azurite", () => {
  it.each(['fi', 'sv'] as const)('%s: a dropped theme is refused at its cell on submit; re-created sheets carry exactly the round’s themes', async (lang) => {
    const s = TEXTS[lang];
    const { api, pane, browser } = stack();
    const round = await (await fetch(`${api.baseUrl}/rounds`, {
      method: 'POST',
      headers: { authorization: `Bearer ${CREATION_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: `Omat teemat ${lang}`, participantKind: 'municipalities',
        themes: [...DEFAULT_THEMES.slice(0, 6).map((t) => ({ id: t.id })), OWN],
        phases: proposePhases(new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10)),
        participants: [{ name: 'Harjuniemen kaupunki' }, { name: 'Kallioniemen kunta' }, { name: 'Merilahden kaupunki' }],
      }),
    })).json() as { roundId: string; coordinatorKey: string; participants: { participantId: string; inviteToken: string }[] };
    const me = round.participants[0]!;

    const page = await browser.newPage({ viewport: { width: 380, height: 900 } });
    page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
    await page.goto(`${pane.origin}/taskpane.html?lang=${s.locale}&api=${encodeURIComponent(api.baseUrl)}`);

    // Sheets made before the pane knows the round: the seven default themes, all filled in.
    await page.getByRole('button', { name: s.create }).click();
    await page.getByText(s.created).waitFor();
    expect((await themeRows(page, lang)).map((r) => r.id)).toEqual(DEFAULT_THEMES.map((t) => t.id));
    await typeFixture(page, lang);
    await page.getByRole('button', { name: s.check, exact: true }).click();
    await page.getByText(s.ok).waitFor();

    // Submit to the round: the dropped theme's filled row is refused at its cell, in words.
    await page.getByLabel(s.round).and(page.locator(':visible')).fill(round.roundId);
    await page.getByLabel(s.token).and(page.locator(':visible')).fill(me.inviteToken);
    await page.getByRole('button', { name: s.submit, exact: true }).click();
    await page.getByText(s.errors).first().waitFor();
    await idle(page, s);
    const items = page.locator(`ul[aria-label^="${s.errors}"] > li`);
    expect(await items.count()).toBe(1);
    const item = (await items.first().innerText()).replace(/\s+/g, ' ');
    const droppedRow = selfAssessmentRow(6);
    expect(item).toContain(`${SELF_ASSESSMENT_SHEET.title[lang]}!B${droppedRow}`);
    expect(item).toContain(DROPPED.name[lang]);
    expect(item).not.toContain(DROPPED.id);
    // Said again under the submit button, where the participant is looking.
    await page.getByText(s.refused).waitFor();
    await page.screenshot({ path: path.join(SHOTS, `round-themes-${lang}-submit-refused.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The participant clears the dropped row and re-creates the sheets for the round: the own theme
    // is added (named in Finnish in every language), the dropped one is gone, every entry kept by id.
    const rating = selfAssessmentColumn('rating');
    await typeCells(page, SELF_ASSESSMENT_COLUMNS.flatMap((c, k): [string, number, number, string][] => (c.role === 'input' ? [[SELF_ASSESSMENT_SHEET.title[lang], droppedRow, k + 1, '']] : [])));
    await page.getByRole('button', { name: s.create }).click();
    await page.getByText(s.created).waitFor();
    const rows = await themeRows(page, lang);
    expect(rows.map((r) => r.id)).toEqual([...DEFAULT_THEMES.slice(0, 6).map((t) => t.id), OWN.id]);
    expect(rows[6]!.name).toBe('Kiertotalous ja materiaalit');
    await typeCells(page, [[SELF_ASSESSMENT_SHEET.title[lang], selfAssessmentRow(6), rating, lang === 'fi' ? '2 – Alkuvaiheessa' : '2 – I startskedet']]);

    await page.getByRole('button', { name: s.submit, exact: true }).click();
    await page.getByText(s.submitted).first().waitFor();
    await idle(page, s);
    expect(await page.getByText(s.refused).count()).toBe(0);
    const stored = await (await fetch(`${api.baseUrl}/rounds/${round.roundId}/submissions/${me.participantId}`, { headers: { authorization: `Bearer ${round.coordinatorKey}` } })).json() as { submission: { selfAssessment: { themeId: string; rating?: number }[] } };
    expect(stored.submission.selfAssessment.map((r) => [r.themeId, r.rating])).toEqual([
      ['organisation-and-responsibilities', 3], ['cross-administrative-coordination', 2], ['strategy-link', 4],
      ['procurement', 3], ['energy-audits', 2], ['consumption-monitoring', 3], ['kiertotalous', 2],
    ]);

    await page.getByRole('button', { name: s.show }).click();
    const mine = page.getByRole('region', { name: s.myRound });
    await mine.getByText(`Omat teemat ${lang}`).waitFor();
    await mine.getByText(lang === 'fi' ? 'Itsearviointi on lähetetty: versio 1' : 'Självvärderingen är skickad: version 1', { exact: false }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, `round-themes-${lang}-submitted.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);
});
