/**
 * Names land in the coordinator workbook as text-formatted cells, like participant texts: the
 * round's name (titles, the Round table), own theme names (Round table, summary tables, combined
 * data) and participant names. In a General cell, editing "=cmd|' /C calc'!A0" in Excel (F2, Enter)
 * would make it a formula again.
 */
import { writeReportXlsx } from '../../functions/xlsx/writeReportXlsx';
import { coordinatorSheets } from '../../shared/layouts/coordinatorSheets';
import { themeName } from '../../shared/layouts/reportParts';
import { cleanText } from '../../shared/text/cleanText';
import { hostileCoordinatorData } from './hostileRound';
import { loadWorkbook, sheetCells } from './xlsxTestData';

describe('names in the coordinator workbook are text cells', () => {
  it.each([
    ['fi', { Kierros: 13, Osallistujat: 5, Yhteenveto: 315, 'Yhdistetty aineisto': 333, Haastattelut: 15 }],
    ['en', { Round: 13, Participants: 5, Summary: 341, 'Combined data': 359, Interviews: 15 }],
  ] as const)('%s: every cell that shows a name is formatted as text', async (lang, perSheet) => {
    const data = hostileCoordinatorData();
    const wb = await loadWorkbook(await writeReportXlsx(coordinatorSheets(data, lang)));
    const names = [data.round.name, ...data.round.themes.map((t) => themeName(t.id, data.round, lang)), ...data.participants.map((p) => p.name)].map(cleanText);
    const shown = wb.worksheets.flatMap((ws) =>
      sheetCells(ws)
        .filter((c) => names.some((n) => c.text === n || c.text.endsWith(`: ${n}`)))
        .map((c) => ({ sheet: ws.name, address: c.address, format: ws.getCell(c.address).numFmt })),
    );
    expect(shown.filter((c) => c.format !== '@')).toEqual([]);
    // Where the names are (participant texts equal to a name count too): not vacuous, no sheet left out.
    const counts: Record<string, number> = {};
    for (const c of shown) counts[c.sheet] = (counts[c.sheet] ?? 0) + 1;
    expect(counts).toEqual(perSheet);
  });
});
