import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';
import type { Lang } from '../../shared/i18n/lang';
import { PROFILE_FIELDS, PROFILE_SHEET, profileRow } from '../../shared/layouts/profileLayout';
import { proposePhases } from '../../shared/rounds/proposePhases';
import { makeSubmission } from '../helpers/makeSubmission';
import { axeViolations, SHOTS, useBrowserStack } from './browserStack';

const CREATION_KEY = 'upload-browser-key-0123456789abcdef';
const stack = useBrowserStack(CREATION_KEY);

const TEXTS = {
  fi: { token: 'Kutsutunniste', download: 'Lataa pohja (.xlsx)', file: 'Täytetty tiedosto (.xlsx)', choose: 'Valitse tiedosto…', send: 'Lähetä', errors: 'Tiedostossa on korjattavaa: 1.', at: 'Välilehti Profiili, solu', label: 'Resurssitaso', stored: /^Tallennettu: versio \d+, \d+\.\d+\.\d{4} klo \d\d\.\d\d \(Suomen aika\)$/ },
  sv: { token: 'Inbjudningskod', download: 'Ladda ner mallen (.xlsx)', file: 'Ifylld fil (.xlsx)', choose: 'Välj fil…', send: 'Skicka', errors: 'Filen har fel att rätta: 1.', at: 'Flik Profil, cell', label: 'Resursnivå', stored: /^Sparad: version \d+, \d+\.\d+\.\d{4} kl\. \d\d\.\d\d \(finsk tid\)$/ },
} satisfies Partial<Record<Lang, unknown>>;

/** The participant's filled template with the capacity level at its IlmCapacity cell set to `capacity`. */
async function filled(lang: Lang, roundId: string, name: string, capacity: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await participantXlsx(lang, { submission: makeSubmission({ roundId, participant: { name, kind: 'municipality' } }) }) as unknown as ArrayBuffer);
  const [range] = wb.definedNames.getRanges('IlmCapacity').ranges;
  const address = range!.split('!')[1]!.replace(/\$/g, '');
  wb.getWorksheet(PROFILE_SHEET.title[lang])!.getCell(address).value = capacity;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the upload page in Chromium, against the local API and Azurite', () => {
  it.each(['fi', 'sv'] as const)('%s: pastes the token, downloads the template, lists a mistake by sheet and cell, then stores the fixed file', async (lang) => {
    const s = TEXTS[lang];
    const { api, pane, browser } = stack();
    const round = await (await fetch(`${api.baseUrl}/rounds`, {
      method: 'POST',
      headers: { authorization: `Bearer ${CREATION_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: `Lomake ${lang}`, participantKind: 'municipalities', phases: proposePhases('2027-01-04'), participants: [{ name: 'Harjuniemen kaupunki' }] }),
    })).json() as { roundId: string; participants: { participantId: string; name: string; inviteToken: string }[] };
    const [me] = round.participants;

    const page = await browser.newPage({ viewport: { width: 800, height: 900 }, locale: lang === 'fi' ? 'fi-FI' : 'sv-FI', acceptDownloads: true });
    // Listening from the start: file-chooser interception is on before any key opens one.
    const chooser = page.waitForEvent('filechooser', { timeout: 90_000 });
    void chooser.catch(() => undefined);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The 422 shows in the console as a failed load; anything else logged as an error is a fault.
    page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
    await page.goto(`${pane.origin}/upload.html?round=${round.roundId}&lang=${lang}&api=${encodeURIComponent(api.baseUrl)}`);
    expect(await page.getByLabel(lang === 'fi' ? 'Kierroksen tunnus' : 'Omgångens kod').inputValue()).toBe(round.roundId);

    // Keyboard only: tab to the token field and paste it there.
    await page.getByLabel(s.token).focus();
    await page.keyboard.insertText(me!.inviteToken);
    expect(page.url()).not.toContain(me!.inviteToken.split('.')[1]);

    // The file, or the page's own words on why not (so a failure says what the page showed).
    const downloaded = page.waitForEvent('download', { timeout: 60_000 });
    void downloaded.catch(() => undefined);
    await page.getByRole('button', { name: s.download }).click();
    const failed = page.getByRole('alert').first().waitFor({ timeout: 60_000 }).then(async () => { throw new Error(`no template: ${await page.getByRole('alert').first().innerText()}`); });
    void failed.catch(() => undefined);
    const download = await Promise.race([downloaded, failed]);
    const template = new ExcelJS.Workbook();
    await template.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(template.worksheets.map((w) => w.name)).toContain(PROFILE_SHEET.title[lang]);

    // A capacity level of 7 (1–3 allowed): the page names the sheet, the cell and the field.
    const capacityCell = `B${profileRow(PROFILE_FIELDS.findIndex((f) => f.key === 'capacity'))}`;
    // The page's own file button opens the browser's file chooser from the keyboard.
    await page.getByRole('button', { name: s.choose }).focus();
    await page.keyboard.press('Enter');
    await (await chooser).setFiles({ name: 'tayttetty.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await filled(lang, round.roundId, me!.name, 7) });
    await page.getByText('tayttetty.xlsx').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert');
    await alert.getByText(s.errors).waitFor();
    const item = alert.getByRole('listitem');
    expect(await item.count()).toBe(1);
    expect(await item.innerText()).toContain(`${s.at} ${capacityCell}`);
    expect(await item.innerText()).toContain(s.label);
    await page.screenshot({ path: path.join(SHOTS, `upload-${lang}-errors.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel(s.file).setInputFiles({ name: 'korjattu.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await filled(lang, round.roundId, me!.name, 2) });
    await page.getByRole('button', { name: s.send }).click();
    await page.getByText(s.stored).waitFor();
    await page.screenshot({ path: path.join(SHOTS, `upload-${lang}-stored.png`), fullPage: true });

    const stored = await (await fetch(`${api.baseUrl}/rounds/${round.roundId}/submissions/${me!.participantId}`, { headers: { authorization: `Bearer ${me!.inviteToken}` } })).json() as { version: number; submission: { profile: { capacity: number } } };
    expect(stored.submission.profile.capacity).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
