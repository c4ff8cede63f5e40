import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_THEMES } from '../../shared/catalog/themes';
import { proposePhases } from '../../shared/rounds/proposePhases';
import { makeSubmissionInput } from '../helpers/makeSubmission';
import { axeViolations, SHOTS, useBrowserStack } from './browserStack';

const CREATION_KEY = 'visits-browser-key-0123456789abcdef';
const stack = useBrowserStack(CREATION_KEY);
const THEMES = DEFAULT_THEMES.slice(0, 3);

const TEXTS = {
  fi: {
    locale: 'fi-FI', round: 'Kierroksen tunnus', token: 'Kutsutunniste', show: 'Näytä oma kierros', insert: 'Lisää tai päivitä Vierailu-välilehti', inserted: 'on valmis',
    send: 'Lähetä kysymykset', sent: 'Kysymykset lähetettiin isännälle (1)', save: 'Tallenna raportti', saved: 'Raportti tallennettiin: versio 1', release: 'Julkaise raportti isännälle', released: 'Raportin versio 1 julkaistiin isännälle', statusReleased: 'Raportin versio 1 on julkaistu isännälle', statusSent: 'Kysymykset on lähetetty isännälle',
    asHost: 'Isäntänä: vierailun tiedot ja palauteraportti', showQuestions: 'Näytä ryhmän kysymykset', insertFeedback: 'Lisää palauteraportti välilehdeksi', feedbackInserted: 'Palauteraportin versio 1', feedback: 'Palauteraportti',
    named: 'Yhteenvetoon nimellä', sendSharing: 'Lähetä jakamisvalinnat', sharingSaved: 'Jakamisvalinnat tallennettiin: 1 kohta menee kierroksen yhteenvetoon.', sheet: (host: string) => `Vierailu – ${host}`,
  },
  sv: {
    locale: 'sv-FI', round: 'Omgångens kod', token: 'Inbjudningskod', show: 'Visa min omgång', insert: 'Lägg till eller uppdatera Besök-bladet', inserted: 'är klart',
    send: 'Skicka frågorna', sent: 'Frågorna skickades till värden (1)', save: 'Spara rapporten', saved: 'Rapporten sparades: version 1', release: 'Publicera rapporten för värden', released: 'Rapportens version 1 publicerades för värden', statusReleased: 'Rapportens version 1 har publicerats för värden', statusSent: 'Frågorna skickades till värden',
    asHost: 'Som värd: besökets uppgifter och återkopplingsrapporten', showQuestions: 'Visa gruppens frågor', insertFeedback: 'Lägg till återkopplingsrapporten som blad', feedbackInserted: 'Återkopplingsrapportens version 1', feedback: 'Återkopplingsrapport',
    named: 'Med namn i sammanfattningen', sendSharing: 'Skicka delningsvalen', sharingSaved: 'Delningsvalen sparades: 1 punkt går till omgångens sammanfattning.', sheet: (host: string) => `Besök – ${host}`,
  },
} as const;
type Lang = keyof typeof TEXTS;

type Win = {
  __type: (s: string, r: number, c: number, v: string | number) => void;
  __excel: { workbook: { tableList: { name: string; address: string; worksheet: { name: string } }[]; sheet: (n: string) => { cell: (r: number, c: number) => { value: unknown } } | undefined } };
};

/** The first body row of a table found by name, and its sheet (the address is the table's whole range). */
async function tableStart(page: Page, name: string): Promise<{ sheet: string; row: number }> {
  return page.evaluate((n) => {
    const t = (window as unknown as Win).__excel.workbook.tableList.find((x) => x.name === n)!;
    return { sheet: t.worksheet.name, row: Number(/\d+/.exec(t.address)![0]) + 1 };
  }, name);
}

/** The row of the first cell in column `col` of `sheet` holding `text` (or a line of it), from `from` on. */
async function rowWith(page: Page, sheet: string, col: number, text: string, from = 1): Promise<number> {
  return page.evaluate(({ sheet, col, text, from }) => {
    const s = (window as unknown as Win).__excel.workbook.sheet(sheet)!;
    for (let r = from; r < from + 500; r += 1) if (String(s.cell(r, col).value ?? '').split('\n').some((l) => l === text || l.endsWith(`: ${text}`))) return r;
    throw new Error(`no ${text} in ${sheet}`);
  }, { sheet, col, text, from });
}

async function typeCell(page: Page, sheet: string, row: number, col: number, value: string) {
  await page.evaluate(({ sheet, row, col, value }) => (window as unknown as Win).__type(sheet, row, col, value), { sheet, row, col, value });
}

async function openPane(lang: Lang, roundId: string, token: string): Promise<Page> {
  const s = TEXTS[lang];
  const page = await stack().browser.newPage({ viewport: { width: 380, height: 900 } });
  page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
  await page.goto(`${stack().pane.origin}/taskpane.html?lang=${s.locale}&api=${encodeURIComponent(stack().api.baseUrl)}`);
  await page.getByLabel(s.round).and(page.locator(':visible')).fill(roundId);
  await page.getByLabel(s.token).and(page.locator(':visible')).fill(token);
  await page.getByRole('button', { name: s.show }).click();
  return page;
}

describe('the peer-learning visit in the pane, in Chromium against the local API and Azurite', () => {
  it.each(['fi', 'sv'] as const)('%s: a team member writes questions and the report in its Vierailu sheet; the host reads the feedback report and shares an item', async (lang) => {
    const s = TEXTS[lang];
    const { api } = stack();
    const call = async (method: string, route: string, token: string, body?: unknown) => {
      const res = await fetch(`${api.baseUrl}/${route}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': lang }, ...(body ? { body: JSON.stringify(body) } : {}) });
      return { status: res.status, body: await res.json() };
    };
    const created = await call('POST', 'rounds', CREATION_KEY, {
      name: `Vierailu ${lang}`, participantKind: 'municipalities', themes: THEMES.map((t) => ({ id: t.id })),
      phases: proposePhases(new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 10)),
      participants: [{ name: 'Aura' }, { name: 'Eura' }, { name: 'Ii' }],
    });
    const round = created.body as { roundId: string; coordinatorKey: string; participants: { participantId: string; name: string; inviteToken: string }[] };
    const token = Object.fromEntries(round.participants.map((p) => [p.participantId, p.inviteToken]));
    const plan = await call('PUT', `rounds/${round.roundId}/interview-plan`, round.coordinatorKey, {});
    const visit = (plan.body.visits as { hostId: string; teamIds: string[] }[]).find((v) => v.hostId === 'aura')!;
    const member = visit.teamIds[0]!;
    expect((await call('PUT', `rounds/${round.roundId}/submissions/aura`, token.aura!, makeSubmissionInput({ participant: { name: 'Aura', kind: 'municipality' }, selfAssessment: [{ themeId: THEMES[0]!.id, rating: 3, strengths: 'Hankintakriteerit käytössä', sharing: 'team' }] }))).status).toBe(201);
    expect((await call('PUT', `rounds/${round.roundId}/visits/aura`, token.aura!, { dates: ['2027-03-10'], roles: ['Kunnanjohtaja'], contact: { name: 'Maija Meikäläinen', email: 'maija@aura.example' }, material: { texts: ['Aura aloitti yritysyhteistyön 2024.'], links: [] } })).status).toBe(200);

    // The team member: its Vierailu sheet, questions sent, the report saved and released.
    const team = await openPane(lang, round.roundId, token[member]!);
    const group = team.getByRole('group', { name: new RegExp(lang === 'fi' ? '^Vierailu: Aura' : '^Besök: Aura') });
    await group.getByRole('button', { name: s.insert }).click();
    await team.getByText(s.inserted, { exact: false }).first().waitFor();
    const sheet = s.sheet('Aura');
    const questions = await tableStart(team, 'IlmVisitQuestions_aura');
    expect(questions.sheet).toBe(sheet);
    expect(await rowWith(team, sheet, 3, 'Hankintakriteerit käytössä')).toBeLessThan(questions.row);
    await typeCell(team, sheet, questions.row, 3, 'Miten hankintakriteerejä seurataan?');
    await group.getByRole('button', { name: s.send }).click();
    await team.getByText(s.sent, { exact: false }).first().waitFor();
    const report = await tableStart(team, 'IlmVisitReport_aura');
    await typeCell(team, sheet, report.row, 3, 'Kriteerit ovat selkeät ja julkiset');
    await group.getByRole('button', { name: s.save }).click();
    await team.getByText(s.saved, { exact: false }).first().waitFor();
    await group.getByRole('button', { name: s.release }).click();
    await team.getByText(s.released, { exact: false }).first().waitFor();
    // The visit's status lines, read again after the release.
    await group.getByText(s.statusReleased, { exact: false }).waitFor();
    expect(await group.getByText(s.statusSent, { exact: false }).count()).toBe(1);
    await team.screenshot({ path: path.join(SHOTS, `visit-${lang}-team.png`), fullPage: true });
    expect(await team.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    expect(await axeViolations(team)).toEqual([]);
    await team.close();

    // The host: the team's questions, the released report as its sheet, one item shared by name.
    const host = await openPane(lang, round.roundId, token.aura!);
    const hosting = host.getByRole('group', { name: s.asHost });
    await hosting.getByRole('button', { name: s.showQuestions }).click();
    await hosting.getByText('Miten hankintakriteerejä seurataan?').waitFor();
    await hosting.getByRole('button', { name: s.insertFeedback }).click();
    await host.getByText(s.feedbackInserted, { exact: false }).first().waitFor();
    const item = await rowWith(host, s.feedback, 3, 'Kriteerit ovat selkeät ja julkiset');
    await typeCell(host, s.feedback, item, 5, s.named);
    await hosting.getByRole('button', { name: s.sendSharing }).click();
    await host.getByText(s.sharingSaved).first().waitFor();
    await host.screenshot({ path: path.join(SHOTS, `visit-${lang}-host.png`), fullPage: true });
    expect(await axeViolations(host)).toEqual([]);
    await host.close();

    // What the host shared by name reaches the members' summary with its name; nothing else of the report does.
    const summary = await call('GET', `rounds/${round.roundId}/summary`, token.ii!);
    const theme = (summary.body.themes as { themeId: string; teamStrengths?: unknown[] }[]).find((t) => t.themeId === THEMES[0]!.id)!;
    expect(JSON.stringify(theme.teamStrengths)).toContain('Kriteerit ovat selkeät ja julkiset');
    expect(JSON.stringify(theme.teamStrengths)).toContain('Aura');
  }, 150_000);
});
