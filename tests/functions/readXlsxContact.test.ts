import ExcelJS from 'exceljs';
import { readParticipantXlsx } from '../../functions/xlsx/readXlsx';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';
import { loadFixtures } from '../files/xlsxTestData';

// The contact person's rows came after templates were handed out: a file without them still reads.
describe('reading the contact person from an uploaded file', () => {
  const submission = { ...loadFixtures()[0]!.submission, contact: { name: 'Aino Virtanen', role: 'Koordinaattori', email: 'aino@kunta.fi' } };

  it('reads the three cells by their names', async () => {
    const r = await readParticipantXlsx(await participantXlsx('fi', { submission }));
    expect(r.ok && r.values.profile.slice(-3)).toEqual(['Aino Virtanen', 'Koordinaattori', 'aino@kunta.fi']);
  });

  it('reads a file made before the contact rows as having no contact, not as a broken file', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await participantXlsx('fi', { submission })) as unknown as ArrayBuffer);
    for (const name of ['IlmContactName', 'IlmContactRole', 'IlmContactEmail']) wb.definedNames.remove(wb.definedNames.getRanges(name).ranges[0]!, name);
    const r = await readParticipantXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect([r.ok, r.ok && r.values.profile.slice(-4)]).toEqual([true, ['kets-2026-syksy', '', '', '']]);
  });
});
