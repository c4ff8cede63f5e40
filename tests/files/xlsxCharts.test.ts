import { pullData, pullEntries } from '../../bench/pullBench';
import { writeReportXlsx } from '../../functions/xlsx/writeReportXlsx';
import { columnLetter } from '../../shared/layouts/a1';
import { coordinatorSheets } from '../../shared/layouts/coordinatorSheets';
import { REPORT_TABLES } from '../../shared/layouts/reportTables';
import { reportTable } from '../../shared/layouts/reportSheet';
import { convertWithLibreOffice } from '../helpers/libreOffice';
import { loadWorkbook, zipEntries } from './xlsxTestData';

/** The cell references of a chart part, in order. */
const refs = (xml: string) => [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]!.replace(/&apos;|'/g, ''));

describe('charts in the coordinator workbook file', () => {
  const sheets = coordinatorSheets(pullData(pullEntries(6)), 'fi');
  const summary = sheets.find((s) => s.key === 'summary')!;
  const themes = reportTable(summary, REPORT_TABLES.themes);
  const models = reportTable(summary, REPORT_TABLES.models);
  const body = (t: typeof themes, col: number) => `Yhteenveto!$${columnLetter(col)}$${t.row + 1}:$${columnLetter(col)}$${t.row + t.rows.length}`;
  const expected = {
    themes: [`Yhteenveto!$B$${themes.row}`, body(themes, 1), body(themes, 2)],
    adoption: [`Yhteenveto!$B$${models.row}`, body(models, 1), body(models, 2), `Yhteenveto!$C$${models.row}`, body(models, 1), body(models, 3)],
  };

  it('carries the two summary charts over the table cells they plot, and stays readable', async () => {
    const bytes = await writeReportXlsx(sheets);
    const parts = zipEntries(bytes);
    expect(refs(parts.get('xl/charts/chart1.xml')!).slice(0, 3)).toEqual(expected.themes);
    expect(refs(parts.get('xl/charts/chart1.xml')!)).toHaveLength(15);
    expect(refs(parts.get('xl/charts/chart2.xml')!)).toEqual(expected.adoption);
    expect(parts.get('xl/charts/chart1.xml')).toContain('Kypsyystasojen jakauma teemoittain');
    expect(parts.get('[Content_Types].xml')).toContain('/xl/charts/chart2.xml');
    const wb = await loadWorkbook(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kierros', 'Osallistujat', 'Yhteenveto', 'Yhdistetty aineisto', 'Haastattelut']);
  });

  it('opens in LibreOffice with both charts and their references intact', async () => {
    const { coordinator: out } = await convertWithLibreOffice({ coordinator: await writeReportXlsx(sheets) });
    const parts = zipEntries(out!);
    const charts = [...parts.keys()].filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k)).sort();
    expect(charts).toHaveLength(2);
    const all = charts.map((k) => refs(parts.get(k)!));
    expect(all.find((r) => r.includes(expected.themes[1]!))?.slice(0, 3)).toEqual(expected.themes);
    expect(all.find((r) => r.includes(expected.adoption[2]!))).toEqual(expected.adoption);
  }, 60_000);
});
