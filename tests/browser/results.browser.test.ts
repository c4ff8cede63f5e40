import path from 'node:path';
import type { Page } from 'playwright-core';
import { proposePhases } from '../../shared/rounds/proposePhases';
import { makeSubmissionInput } from '../helpers/makeSubmission';
import { axeViolations, SHOTS, useBrowserStack } from './browserStack';

const CREATION_KEY = 'results-browser-key-0123456789abcdef';
const stack = useBrowserStack(CREATION_KEY);

const TEXTS = {
  fi: {
    locale: 'fi-FI', round: 'Kierroksen tunnus', token: 'Kutsutunniste', show: 'Näytä oma kierros', section: 'Tulokset', refresh: 'Päivitä tila',
    insertPreview: 'Lisää esikatselu välilehdeksi', previewReady: 'Välilehti Tulosten esikatselu on valmis', yes: 'Kyllä', send: 'Lähetä vastaus', sent: 'Vastaus lähetetty: hyväksyit osuutesi',
    insertFinal: 'Lisää lopullinen yhteenveto', finalReady: 'Lopullinen yhteenveto (versio 1) on välilehdellä',
    coordinatorTab: 'Koordinaattori', key: 'Koordinaattoriavain', open: 'Avaa kierros', stepE: 'E. Yhteenvedon katselmointi ja jakaminen',
    commentsOf: 'Kommentit: Eura', comment: 'Itsearviointi: Hankinnat: Nimi pois tästä kohdasta, kiitos.',
  },
  sv: {
    locale: 'sv-FI', round: 'Omgångens kod', token: 'Inbjudningskod', show: 'Visa min omgång', section: 'Resultat', refresh: 'Uppdatera läget',
    insertPreview: 'Lägg till förhandsvisningen som flik', previewReady: 'Fliken Förhandsvisning av resultat är klar', yes: 'Ja', send: 'Skicka svaret', sent: 'Svaret skickades: ni godkände er del',
    insertFinal: 'Lägg till den slutliga sammanfattningen', finalReady: 'Den slutliga sammanfattningen (version 1) finns på fliken',
    coordinatorTab: 'Koordinator', key: 'Koordinatornyckel', open: 'Öppna omgången', stepE: 'E. Granskning och delning av sammanfattningen',
    commentsOf: 'Kommentarer: Eura', comment: 'Självvärdering: Upphandling: Nimi pois tästä kohdasta, kiitos.',
  },
} as const;

type Win = {
  __type: (s: string, r: number, c: number, v: string | number) => void;
  __excel: { workbook: { tableList: { name: string; address: string; worksheet: { name: string } }[] } };
};

/** The first body row of a table found by name, and its sheet. */
async function tableStart(page: Page, name: string): Promise<{ sheet: string; row: number }> {
  return page.evaluate((n) => {
    const t = (window as unknown as Win).__excel.workbook.tableList.find((x) => x.name === n)!;
    return { sheet: t.worksheet.name, row: Number(/\d+/.exec(t.address)![0]) + 1 };
  }, name);
}

describe('the results review in the participant pane, in Chromium against the local API and Azurite', () => {
  it.each(['fi', 'sv'] as const)('%s: the preview as a sheet, approved and sent; then the final summary inserted', async (lang) => {
    const s = TEXTS[lang];
    const { api, pane, browser } = stack();
    const call = async (method: string, route: string, token: string, body?: unknown) => {
      const res = await fetch(`${api.baseUrl}/${route}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
      return { status: res.status, body: await res.json() };
    };
    const created = await call('POST', 'rounds', CREATION_KEY, {
      name: `Tulokset ${lang}`, participantKind: 'municipalities', themes: [{ id: 'procurement' }, { id: 'energy-audits' }],
      phases: proposePhases(new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10)),
      participants: [{ name: 'Aura' }, { name: 'Eura' }, { name: 'Ii' }],
    });
    const round = created.body as { roundId: string; coordinatorKey: string; participants: { participantId: string; name: string; inviteToken: string }[] };
    for (const [i, p] of round.participants.entries()) {
      const selfAssessment = [{ themeId: 'procurement', rating: 2 + i, strengths: `Hankintakriteerit käytössä (${p.name})`, sharing: 'named' as const }];
      expect((await call('PUT', `rounds/${round.roundId}/submissions/${p.participantId}`, p.inviteToken, makeSubmissionInput({ participant: { name: p.name, kind: 'municipality' }, selfAssessment }))).status).toBe(201);
    }
    const deadline = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    expect((await call('POST', `rounds/${round.roundId}/results/review`, round.coordinatorKey, { deadline })).status).toBe(200);
    const me = round.participants[0]!;

    const page = await browser.newPage({ viewport: { width: 380, height: 900 } });
    page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
    await page.goto(`${pane.origin}/taskpane.html?lang=${s.locale}&api=${encodeURIComponent(api.baseUrl)}`);
    await page.getByLabel(s.round).and(page.locator(':visible')).fill(round.roundId);
    await page.getByLabel(s.token).and(page.locator(':visible')).fill(me.inviteToken);
    await page.getByRole('button', { name: s.show }).click();
    const results = page.getByRole('region', { name: s.section, exact: true });
    await results.getByRole('button', { name: s.insertPreview }).click();
    await page.getByText(s.previewReady, { exact: false }).first().waitFor();
    const approval = await tableStart(page, 'IlmResultsApproval');
    await page.evaluate(({ sheet, row, yes }) => (window as unknown as Win).__type(sheet, row, 3, yes), { ...approval, yes: s.yes });
    await results.getByRole('button', { name: s.send }).click();
    await page.getByText(s.sent, { exact: false }).first().waitFor();
    await results.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `results-${lang}-response.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    const responses = await call('GET', `rounds/${round.roundId}/results/responses`, round.coordinatorKey);
    const mine = (responses.body.responses as { participantId: string; status: string }[]).find((p) => p.participantId === me.participantId)!;
    expect(mine.status).toBe('approved');

    // The coordinator follows the responses in step E: a comment says what it is about, in words.
    const eura = round.participants[1]!;
    const comment = { approve: false, comments: [{ itemRef: 'sa:procurement', text: 'Nimi pois tästä kohdasta, kiitos.' }] };
    expect((await call('PUT', `rounds/${round.roundId}/results/responses/${eura.participantId}`, eura.inviteToken, comment)).status).toBe(200);
    const coordinator = await browser.newPage({ viewport: { width: 380, height: 900 } });
    await coordinator.goto(`${pane.origin}/taskpane.html?lang=${s.locale}&api=${encodeURIComponent(api.baseUrl)}`);
    await coordinator.getByRole('tab', { name: s.coordinatorTab }).click();
    await coordinator.getByLabel(s.round).and(coordinator.locator(':visible')).fill(round.roundId);
    await coordinator.getByLabel(s.key).fill(round.coordinatorKey);
    await coordinator.getByRole('button', { name: s.open }).click();
    const stepE = coordinator.getByRole('region', { name: s.stepE });
    await stepE.getByText(s.commentsOf).click();
    expect(await stepE.getByRole('listitem').allTextContents()).toEqual([s.comment]);
    await stepE.scrollIntoViewIfNeeded();
    await coordinator.screenshot({ path: path.join(SHOTS, `results-${lang}-coordinator.png`), fullPage: true });
    expect(await axeViolations(coordinator)).toEqual([]);
    // Nothing runs off the side at 380 px or in the narrowest task pane, 320 px.
    for (const width of [380, 320]) {
      await coordinator.setViewportSize({ width, height: 900 });
      expect(await coordinator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await coordinator.screenshot({ path: path.join(SHOTS, `results-${lang}-coordinator-320.png`), fullPage: true });
    await coordinator.close();
    expect((await call('POST', `rounds/${round.roundId}/results/final`, round.coordinatorKey, {})).status).toBe(201);
    await results.getByRole('button', { name: s.refresh }).click();
    await results.getByRole('button', { name: s.insertFinal }).click();
    await page.getByText(s.finalReady, { exact: false }).first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, `results-${lang}-final.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await page.close();
  }, 120_000);
});
