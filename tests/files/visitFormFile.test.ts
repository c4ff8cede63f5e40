import ExcelJS from 'exceljs';
import { readVisitFormXlsx } from '../../functions/xlsx/readVisitFormXlsx';
import { readVisitSheet } from '../../shared/layouts/readVisitSheet';
import { cleanText } from '../../shared/text/cleanText';
import { visitTableNames } from '../../shared/layouts/visitSheet';
import { ROUND } from './hostileRound';
import { hostileVisitForm } from './visitFormFile';

const names = visitTableNames('aura');
const tables = { questions: names.questions, report: names.report, notes: names.notes };
/** The round's themes as a stored round holds them: names cleaned by the schemas (the hostile data skipped that). */
const themes = ROUND.themes.map((t) => (t.name ? { id: t.id, name: { fi: cleanText(t.name.fi ?? ''), sv: cleanText(t.name.sv ?? ''), en: cleanText(t.name.en ?? '') } } : t));

describe('the team’s report form file', () => {
  it('reads back as written: the report with its ids, the questions, and the versions it was made from', async () => {
    const file = await readVisitFormXlsx(await hostileVisitForm('fi'));
    if (!file.ok) throw new Error(JSON.stringify(file));
    expect(file.meta).toEqual({ roundId: 'vihamielinen-1', hostId: 'aura', reportVersion: 3, questionsRevision: 2 });
    expect(file.metaCells.reportVersion).toEqual({ sheet: 'Ohjeet', address: 'B13' });
    const r = readVisitSheet(file.values, tables, themes, 'fi');
    expect(r.issues).toEqual([]);
    const report = r.report.input;
    expect(report.themes.map((t) => [t.themeId, t.strengths.map((s) => s.id), t.developmentAreas.map((d) => d.id)])).toEqual([
      ['oma-merkit', ['item0000', 'item0001', 'item0002', 'item0003', 'item0004', 'item0005', 'item0006'], ['itemdev1']],
    ]);
    // Strings come back as the file holds them: cleaned of what XML cannot carry, never as formulas.
    expect(report.themes[0]!.developmentAreas[0]!.text).toBe('=cmd|\' /C calc\'!A0');
    expect(report.themes[0]!.strengths[5]!.text).toBe('_x0001_ ja _xFFFF_ ja _x000B_');
    expect([report.summary, report.feedbackNotes]).toEqual(['_x0001_ ja _xFFFF_ ja _x000B_', '🌍 ilmasto\r\nrivinvaihto\ttab']);
    // A question per line: the hostile texts' own line breaks make ten lines of seven questions.
    expect(r.questions.input.themes.map((t) => [t.themeId, t.questions.length])).toEqual([['oma-kaava', 10]]);
  });

  it('carries the form as the add-in lays it out: hidden key column and rows, input cells yellow with their dropdowns', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await hostileVisitForm('sv')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Anvisningar', 'Besök – =AuraAlkuloppu']);
    const ws = wb.worksheets[1]!;
    expect([ws.getColumn(1).hidden, ws.getColumn(3).width]).toEqual([true, 70]);
    const keyRow = [...Array(ws.rowCount).keys()].map((i) => i + 1).find((r) => ws.getCell(`A${r}`).value === 'itemId')!;
    expect([ws.getRow(keyRow).hidden, ws.getCell(`B${keyRow + 1}`).value, ws.getCell(`D${keyRow + 1}`).value]).toEqual([true, 'Tema', 'Typ']);
    const first = ws.getCell(`C${keyRow + 2}`);
    expect([first.fill, first.numFmt]).toEqual([{ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } }, '@']);
    expect(ws.getCell(`D${keyRow + 2}`).dataValidation).toMatchObject({ type: 'list', formulae: ['"Styrka,Utvecklingsområde"'] });
    expect(ws.getCell(`B${keyRow + 2}`).dataValidation.formulae?.[0]).toMatch(/^\$B\$\d+:\$B\$\d+$/);
  });
});
