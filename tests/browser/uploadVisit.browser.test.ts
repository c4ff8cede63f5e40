import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_THEMES } from '../../shared/catalog/themes';
import { proposePhases } from '../../shared/rounds/proposePhases';
import { axeViolations, SHOTS, useBrowserStack } from './browserStack';

const CREATION_KEY = 'upload-visit-browser-key-0123456789ab';
const stack = useBrowserStack(CREATION_KEY);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const TEXTS = {
  fi: { token: 'Kutsutunniste', find: 'Hae vierailuni', download: 'Lataa raporttilomake (.xlsx)', file: 'Täytetty raporttilomake (.xlsx)', send: 'Lähetä raportti', errors: 'Tiedostossa on korjattavaa: 1.', at: 'Välilehti Vierailu – Aura, solu', label: 'Havainto', stored: /^Tallennettu: raportin versio 1, /, release: 'Julkaise raportti isännälle', released: /^Julkaistu isännälle \(Aura\): raportin versio 1, / },
  sv: { token: 'Inbjudningskod', find: 'Hämta mina besök', download: 'Ladda ner rapportblanketten (.xlsx)', file: 'Ifylld rapportblankett (.xlsx)', send: 'Skicka rapporten', errors: 'Filen har fel att rätta: 1.', at: 'Flik Besök – Aura, cell', label: 'Iakttagelse', stored: /^Sparad: rapportversion 1, /, release: 'Publicera rapporten för värden', released: /^Publicerad för värden \(Aura\): rapportversion 1, / },
} as const;

/** The downloaded form with `text` in the first empty row of the report table; the cell it went to. */
async function fill(form: Buffer, lang: keyof typeof TEXTS, text: string): Promise<{ bytes: Buffer; cell: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(form as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(lang === 'fi' ? 'Vierailu – Aura' : 'Besök – Aura')!;
  const rows = Array.from({ length: ws.rowCount }, (_, i) => i + 1);
  const keyRow = rows.find((r) => ws.getCell(`A${r}`).value === 'itemId' && ws.getCell(`C${r}`).value === 'text')!;
  const row = rows.find((r) => r > keyRow + 1 && !ws.getCell(`C${r}`).value)!;
  ws.getCell(`C${row}`).value = text;
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), cell: `C${row}` };
}

describe("the upload page's report form for interview teams, in Chromium against the local API and Azurite", () => {
  it.each(['fi', 'sv'] as const)('%s: finds the visits, downloads the host’s form, names a mistake by sheet, cell and header, then stores the fixed form', async (lang) => {
    const s = TEXTS[lang];
    const { api, pane, browser } = stack();
    const call = async (method: string, route: string, token: string, body?: unknown) =>
      (await fetch(`${api.baseUrl}/${route}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) })).json();
    const round = await call('POST', 'rounds', CREATION_KEY, {
      name: `Lomake ${lang}`, participantKind: 'municipalities', themes: DEFAULT_THEMES.slice(0, 3).map((t) => ({ id: t.id })),
      phases: proposePhases('2027-01-04'), participants: [{ name: 'Aura' }, { name: 'Eura' }, { name: 'Ii' }],
    }) as { roundId: string; coordinatorKey: string; participants: { participantId: string; inviteToken: string }[] };
    const plan = await call('PUT', `rounds/${round.roundId}/interview-plan`, round.coordinatorKey) as { visits: { hostId: string; teamIds: string[] }[] };
    const memberId = plan.visits.find((v) => v.hostId === 'aura')!.teamIds[0]!;
    const member = round.participants.find((p) => p.participantId === memberId)!;

    const page = await browser.newPage({ viewport: { width: 800, height: 900 }, locale: lang === 'fi' ? 'fi-FI' : 'sv-FI', acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${pane.origin}/upload.html?round=${round.roundId}&lang=${lang}&api=${encodeURIComponent(api.baseUrl)}`);
    await page.getByLabel(s.token).focus();
    await page.keyboard.insertText(member.inviteToken);
    await page.getByRole('button', { name: s.find }).click();
    await page.getByRole('radio', { name: /^Aura / }).check();
    const downloaded = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: s.download }).click();
    const form = readFileSync((await (await downloaded).path())!);

    const wrong = await fill(form, lang, 'x'.repeat(1001));
    await page.getByLabel(s.file).setInputFiles({ name: 'lomake.xlsx', mimeType: XLSX, buffer: wrong.bytes });
    await page.getByRole('button', { name: s.send }).click();
    const alert = page.getByRole('alert').filter({ hasText: s.errors });
    await alert.waitFor();
    const item = alert.getByRole('listitem');
    expect(await item.count()).toBe(1);
    expect(await item.innerText()).toContain(`${s.at} ${wrong.cell}`);
    expect(await item.innerText()).toContain(s.label);
    await page.screenshot({ path: path.join(SHOTS, `upload-visit-${lang}-errors.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    const right = await fill(form, lang, 'Johto on sitoutunut ilmastotyöhön');
    await page.getByLabel(s.file).setInputFiles({ name: 'korjattu.xlsx', mimeType: XLSX, buffer: right.bytes });
    await page.getByRole('button', { name: s.send }).click();
    await page.getByText(s.stored).waitFor();
    const report = await (await fetch(`${api.baseUrl}/rounds/${round.roundId}/visits/aura/report`, { headers: { authorization: `Bearer ${round.coordinatorKey}` } })).json() as { version: number; release: unknown; report: { themes: { strengths: { text: string }[] }[] } };
    expect([report.version, report.release, report.report.themes.flatMap((t) => t.strengths.map((i) => i.text))]).toEqual([1, null, ['Johto on sitoutunut ilmastotyöhön']]);

    // The host sees it once the team releases it, from this page too.
    await page.getByRole('button', { name: s.release }).click();
    await page.getByText(s.released).waitFor();
    await page.getByRole('button', { name: s.send }).and(page.locator(':enabled')).waitFor();
    await page.screenshot({ path: path.join(SHOTS, `upload-visit-${lang}-stored.png`), fullPage: true });
    const released = await (await fetch(`${api.baseUrl}/rounds/${round.roundId}/visits/aura/report`, { headers: { authorization: `Bearer ${round.coordinatorKey}` } })).json() as { release: { version: number } | null };
    expect(released.release?.version).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
