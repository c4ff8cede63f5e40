import { chartColumns, checkReportSheets } from '../../shared/layouts/checkReportSheets';
import type { ReportChart, ReportSheet, ReportTable } from '../../shared/layouts/reportSheet';
import { reportXlsxParts } from '../../functions/xlsx/writeReportXlsx';

const table: ReportTable = {
  kind: 'table', name: 'IlmCounts', row: 3,
  columns: [{ key: 'theme', header: 'Teema', width: 20, format: 'text' }, { key: 'a', header: 'A', width: 6, format: 'integer' }, { key: 'b', header: 'B', width: 6, format: 'integer' }, { key: 'note', header: 'Huom.', width: 20, format: 'text' }],
  rows: [['Hankinnat', 1, 2, ''], ['Energia', 3, 0, '']],
};
const chart = (columnKeys: string[], tableName = 'IlmCounts'): ReportChart => ({ kind: 'chart', name: 'IlmChart', type: 'barStacked', title: 'Jakauma', table: tableName, columnKeys, row: 8, col: 1, rows: 10, cols: 6 });
const sheet = (blocks: ReportSheet['blocks'], title = 'Yhteenveto'): ReportSheet => ({ key: 'summary', title, anchorTable: 'IlmCounts', blocks });

describe('report sheet declarations, checked before either writer writes', () => {
  it('gives a chart its table and the columns of its category and last series', () => {
    const s = sheet([table, chart(['theme', 'a', 'b'])]);
    expect(() => checkReportSheets([s])).not.toThrow();
    expect(chartColumns(s, chart(['theme', 'a', 'b']))).toEqual({ table, first: 1, last: 3 });
  });

  it.each([
    ['a chart of a table not on the sheet', [sheet([table, chart(['theme', 'a'], 'IlmOther')])], 'chart IlmChart: no table IlmOther on summary'],
    ['columns that are not adjacent', [sheet([table, chart(['theme', 'b'])])], 'chart IlmChart: columns theme, b are not adjacent columns of IlmCounts'],
    ['a chart of one column', [sheet([table, chart(['theme'])])], 'chart IlmChart: columns theme are not adjacent columns of IlmCounts'],
    ['a sheet without its anchor table', [{ ...sheet([table]), anchorTable: 'IlmMissing' }], 'summary: anchor table IlmMissing is not on the sheet'],
    ['a title used twice (in any case)', [sheet([table]), { ...sheet([{ ...table, name: 'IlmCounts2' }], 'YHTEENVETO'), key: 'shared' as const, anchorTable: 'IlmCounts2' }], 'report sheets: title YHTEENVETO is declared twice'],
  ])('refuses %s, in both writers', (_, sheets, message) => {
    expect(() => checkReportSheets(sheets)).toThrow(message);
    // The file writer used to leave a chart without its table out of the file without a word.
    expect(() => reportXlsxParts(sheets)).toThrow(message);
  });
});
