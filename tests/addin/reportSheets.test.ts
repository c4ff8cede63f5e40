import { charsToPoints, HEADER_FILL } from '../../addin/excel/excelRun';
import { DEFAULT_CHUNK_BYTES } from '../../addin/excel/planReportBatches';
import { writeReportSheets, type WriteReportOptions } from '../../addin/excel/writeReportSheets';
import { a1, columnLetter } from '../../shared/layouts/a1';
import { coordinatorSheets, type CoordinatorData } from '../../shared/layouts/coordinatorSheets';
import { interviewsSheet } from '../../shared/layouts/interviewsSheet';
import { REPORT_TABLES } from '../../shared/layouts/reportTables';
import { sharedModelsSheet } from '../../shared/layouts/sharedModelsSheet';
import { reportTable, tableBodyRows, type ReportSheet, type ReportValue } from '../../shared/layouts/reportSheet';
import { REPORT_NUMBER_FORMATS } from '../../shared/layouts/sheetStyle';
import { combineRound } from '../../shared/rounds/combineRound';
import { pullData, pullEntries, type PullEntry } from '../../bench/pullBench';
import { hostileCoordinatorData } from '../files/hostileRound';
import { withVisits } from '../files/visitRoundData';
import { forbiddenCharacters } from '../helpers/ooxmlCheck';
import { CHART_MEMBERS, COLLECTION_MEMBERS, FakeChart, fakeExcel, FONT_MEMBERS, FORMAT_MEMBERS } from './fakeExcel';

type Excel = ReturnType<typeof fakeExcel>;

const RISKY = {
  name: '=HYPERLINK("https://example.com/x","Napsauta")',
  strengths: '+358 40 123 4567',
  practice: '@x',
  development: '-1+2',
  round: '=1+1 kierros',
};

/** Six fixture participants; the first has risky texts in its name and in texts it shared to the summary. */
function riskyEntries(): PullEntry[] {
  const entries = pullEntries(6);
  const first = entries[0]!;
  const sub = first.submission!;
  entries[0] = {
    ...first,
    name: RISKY.name,
    submission: {
      ...sub,
      participant: { ...sub.participant, name: RISKY.name },
      selfAssessment: sub.selfAssessment.map((i, k) => (k === 0 ? { ...i, sharing: 'named', strengths: RISKY.strengths, currentPractice: RISKY.practice, developmentAreas: RISKY.development } : i)),
    },
  };
  return entries;
}

/** An empty workbook as Excel makes one: one sheet. */
function workbook(): Excel {
  const excel = fakeExcel();
  excel.workbook.worksheets.add('Taul1');
  return excel;
}

/** Runs a pull, noting after which sync each sheet was reported done. */
async function pull(excel: Excel, sheets: readonly ReportSheet[], options: WriteReportOptions = {}) {
  const before = excel.ctx.syncCount;
  const bytesBefore = excel.ctx.requestBytes.length;
  const progress: { done: number; total: number; syncsSoFar: number; present: boolean }[] = [];
  const result = await writeReportSheets(excel.run, sheets, {
    ...options,
    onProgress: (done, total) => {
      const s = sheets[done - 1]!;
      progress.push({ done, total, syncsSoFar: excel.ctx.syncCount - before, present: excel.workbook.tableList.some((t) => t.name === s.anchorTable && !t.worksheet.deleted) });
    },
  });
  return { result, progress, requestBytes: excel.ctx.requestBytes.slice(bytesBefore) };
}

const expectedCell = (v: ReportValue) => (v === null ? '' : v);

/** Every line, table (key row, header, body, formats, widths, hidden columns) and chart is where the declaration says. */
function expectSheet(excel: Excel, decl: ReportSheet, name: string): void {
  const ws = excel.workbook.sheet(name);
  expect(ws).toBeDefined();
  const widths = new Map<number, number>();
  for (const b of decl.blocks) {
    if (b.kind === 'line') {
      const cell = ws!.cell(b.row, 1);
      expect([cell.value, cell.formula]).toEqual([b.text, undefined]);
      // A title holding the round's name is text, so an edit in Excel cannot make it a formula.
      expect(cell.numberFormat).toBe(b.userText ? '@' : undefined);
      expect(cell.font).toEqual(b.style === 'title' ? { bold: true, size: 14 } : b.style === 'heading' ? { bold: true, size: 12 } : { italic: true });
    } else if (b.kind === 'table') {
      const last = columnLetter(b.columns.length);
      const table = excel.workbook.tableList.filter((t) => t.name === b.name);
      expect(table).toHaveLength(1);
      expect([table[0]!.worksheet, table[0]!.address, table[0]!.style]).toEqual([ws, `A${b.row}:${last}${b.row + tableBodyRows(b)}`, 'TableStyleLight1']);
      expect(ws!.hiddenRows.has(b.row - 1)).toBe(true);
      expect(ws!.hiddenRows.has(b.row)).toBe(false);
      b.columns.forEach((c, i) => {
        expect(ws!.cell(b.row - 1, i + 1).value).toBe(c.key);
        const header = ws!.cell(b.row, i + 1);
        expect([header.value, header.fill, header.font, header.wrap]).toEqual([c.header, HEADER_FILL, { bold: true, color: '#FFFFFF' }, true]);
        expect(ws!.hiddenColumns.has(i + 1)).toBe(false);
        widths.set(i + 1, Math.max(widths.get(i + 1) ?? 0, c.width));
      });
      const rows: ReportValue[][] = b.rows.length > 0 ? b.rows : [b.columns.map(() => null)];
      // One comparison per table (a cell-by-cell expect is slow for 12 600 rows).
      const got = rows.map((row, r) => row.map((_, i) => ws!.cells.get(`${b.row + 1 + r},${i + 1}`)));
      expect(got.map((row) => row.map((c) => c?.value ?? ''))).toEqual(rows.map((row) => row.map(expectedCell)));
      expect(got.flat().filter((c) => c?.formula !== undefined)).toEqual([]);
      const format = (v: ReportValue, i: number) => {
        const c = b.columns[i]!;
        return c.format ? REPORT_NUMBER_FORMATS[c.format] : c.userText ? (typeof v === 'number' ? 'General' : '@') : undefined;
      };
      expect(got.map((row) => row.map((c) => c?.numberFormat))).toEqual(rows.map((row) => row.map(format)));
      // Nothing below the table (the next block starts after an empty row).
      expect(ws!.cells.get(`${b.row + rows.length + 1},1`)?.value ?? '').toBe('');
    }
  }
  for (const [col, w] of widths) expect(ws!.columnWidths.get(col)).toBe(charsToPoints(w));
  const charts = decl.blocks.filter((b) => b.kind === 'chart');
  expect(ws!.chartList.map((c) => c.name)).toEqual(charts.map((c) => c.name));
  for (const c of charts) {
    const t = reportTable(decl, c.table);
    const cols = c.columnKeys.map((k) => t.columns.findIndex((x) => x.key === k) + 1);
    const chart = ws!.chartList.find((x) => x.name === c.name)!;
    const quoted = /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name}'`;
    expect({ type: chart.type, title: chart.title.text, source: chart.source, seriesBy: chart.seriesBy, placedAt: chart.placedAt }).toEqual({
      type: c.type === 'barStacked' ? 'BarStacked' : 'BarClustered',
      title: c.title,
      source: `${quoted}!${columnLetter(cols[0]!)}${t.row}:${columnLetter(cols[cols.length - 1]!)}${t.row + tableBodyRows(t)}`,
      seriesBy: 'Columns',
      placedAt: { start: a1(c.row, c.col), end: a1(c.row + c.rows - 1, c.col + c.cols - 1) },
    });
  }
}

/** No cell anywhere holds a formula. */
function formulas(excel: Excel): string[] {
  return excel.workbook.sheetList.flatMap((s) => [...s.cells.values()].flatMap((c) => (c.formula ? [c.formula] : [])));
}

const names = (excel: Excel) => excel.workbook.sheetList.map((s) => s.name);
const texts = (excel: Excel) => new Set(excel.workbook.sheetList.flatMap((s) => [...s.cells.values()].map((c) => c.value)));

describe('the fake follows the Excel API (charts, formats)', () => {
  it('defines only chart, format and font members that @types/office-js has', () => {
    const own = Object.getOwnPropertyNames(FakeChart.prototype).filter((k) => k !== 'constructor');
    for (const member of own) expect(CHART_MEMBERS as readonly string[]).toContain(member);
    const sheet = workbook().workbook.sheetList[0]!;
    expect(Object.keys(sheet.charts).sort()).toEqual([...COLLECTION_MEMBERS.charts].sort());
    const range = sheet.getRange('A1');
    for (const member of Object.keys(range.format)) expect(FORMAT_MEMBERS as readonly string[]).toContain(member);
    for (const member of Object.keys(range.format.font)) expect(FONT_MEMBERS as readonly string[]).toContain(member);
  });
});

describe('writeReportSheets: a first pull', () => {
  const data = pullData(riskyEntries(), RISKY.round);
  const sheets = coordinatorSheets(data, 'fi');

  it('writes the five sheets after the existing one: every line, table, header, cell, format and chart where declared', async () => {
    const excel = workbook();
    const { result, progress, requestBytes } = await pull(excel, sheets);
    expect(result.written).toEqual(['Kierros', 'Osallistujat', 'Yhteenveto', 'Yhdistetty aineisto', 'Haastattelut']);
    expect(names(excel)).toEqual(['Taul1', ...result.written]);
    sheets.forEach((s, i) => expectSheet(excel, s, result.written[i]!));
    expect(excel.workbook.tableList.map((t) => t.name).sort()).toEqual(Object.values(REPORT_TABLES).filter((n) => !n.startsWith('IlmShared')).sort());
    expect(excel.workbook.active).toBe('Kierros');
    // One look-up, then one sync per sheet.
    expect(excel.syncs).toEqual([6]);
    expect(result.syncs).toBe(6);
    expect(result.requestBytes).toEqual(requestBytes);
    expect(progress).toEqual([1, 2, 3, 4, 5].map((done) => ({ done, total: 5, syncsSoFar: done + 1, present: true })));
  });

  it('keeps what participants wrote as values, never formulas', async () => {
    const excel = workbook();
    await pull(excel, sheets);
    expect(formulas(excel)).toEqual([]);
    const participants = excel.workbook.sheet('Osallistujat')!;
    const t = reportTable(sheets[1]!, REPORT_TABLES.participants);
    const nameRow = t.rows.findIndex((r) => r[1] === RISKY.name);
    expect(nameRow).toBeGreaterThanOrEqual(0);
    expect(participants.cell(t.row + 1 + nameRow, 2)).toMatchObject({ value: RISKY.name, numberFormat: '@' });
    expect(participants.cell(t.row + 1 + nameRow, 2).formula).toBeUndefined();
    const all = texts(excel);
    for (const text of Object.values(RISKY)) expect(all).toContain(text);
    // The risky texts went into the summary's shared texts (named) and the interview plan too.
    expect(reportTable(sheets[2]!, REPORT_TABLES.texts).rows.flat()).toEqual(expect.arrayContaining([RISKY.strengths, RISKY.practice, RISKY.development, RISKY.name]));
    expect(reportTable(sheets[4]!, REPORT_TABLES.interviews).rows.flat()).toContain(RISKY.name);
    expect(excel.workbook.sheet('Kierros')!.cell(1, 1)).toEqual(expect.objectContaining({ value: RISKY.round }));
  });

  it('draws the summary charts from the table columns they name', async () => {
    const excel = workbook();
    await pull(excel, sheets);
    const charts = excel.workbook.sheet('Yhteenveto')!.chartList;
    expect(charts.map((c) => [c.name, c.title.text])).toEqual([
      ['IlmChartThemes', 'Kypsyystasojen jakauma teemoittain'],
      ['IlmChartAdoption', 'Toimintamallien käyttöönotto'],
    ]);
    const themes = reportTable(sheets[2]!, REPORT_TABLES.themes);
    expect(charts[0]!.source).toBe(`Yhteenveto!A${themes.row}:F${themes.row + themes.rows.length}`);
  });

  it('makes a valid table of an empty body: one empty row (two participants: no interview plan, no distributions)', async () => {
    const two = coordinatorSheets(pullData(pullEntries(2)), 'en');
    const interviews = reportTable(two[4]!, REPORT_TABLES.interviews);
    expect(interviews.rows).toEqual([]);
    const excel = workbook();
    const { result } = await pull(excel, two);
    two.forEach((s, i) => expectSheet(excel, s, result.written[i]!));
    expect(excel.workbook.tableList.find((t) => t.name === REPORT_TABLES.interviews)!.address).toBe(`A${interviews.row}:E${interviews.row + 1}`);
  });

  it('writes the shared model sheet alone, and the interview plan alone before a pull keeps its place', async () => {
    const excel = workbook();
    const members = combineRound(pullEntries(6).map((e) => e.submission!), { audience: 'member', themeIds: [] });
    const shared = sharedModelsSheet({ participantCount: 6, models: members.models, mostRecommended: [{ modelId: members.models[0]!.modelId, recommendedCount: 3 }] }, 'kets-2026-syksy', 'sv');
    const first = await pull(excel, [shared]);
    expect(first.result.written).toEqual(['Omgångens modeller']);
    expectSheet(excel, shared, 'Omgångens modeller');
    await pull(excel, [interviewsSheet(data, 'fi')]);
    expect(names(excel)).toEqual(['Taul1', 'Omgångens modeller', 'Haastattelut']);
    excel.workbook.sheet('Haastattelut')!.position = 1;
    await pull(excel, sheets);
    expect(names(excel)).toEqual(['Taul1', 'Kierros', 'Osallistujat', 'Yhteenveto', 'Yhdistetty aineisto', 'Haastattelut', 'Omgångens modeller']);
    sheets.forEach((s, i) => expectSheet(excel, s, names(excel)[i + 1]!));
  });
});

describe('writeReportSheets: what the coordinator and participants typed', () => {
  it('formats the round’s and the themes’ names as text, so an edit in Excel (F2, Enter) cannot make "=…" a formula', async () => {
    const excel = workbook();
    await pull(excel, coordinatorSheets(pullData(riskyEntries(), RISKY.round), 'fi'));
    const at = (sheet: string, row: number, col: number) => {
      const cell = excel.workbook.sheet(sheet)!.cell(row, col);
      return [`${sheet}!${columnLetter(col)}${row}`, cell.value, cell.numberFormat];
    };
    expect([at('Kierros', 1, 1), at('Kierros', 4, 2), at('Kierros', 7, 2), at('Kierros', 9, 2), at('Yhteenveto', 1, 1), at('Yhteenveto', 7, 1)]).toEqual([
      ['Kierros!A1', '=1+1 kierros', '@'],
      ['Kierros!B4', '=1+1 kierros', '@'],
      ['Kierros!B7', 6, 'General'],
      ['Kierros!B9', 'Organisointi ja vastuut', '@'],
      ['Yhteenveto!A1', 'Yhteenveto: =1+1 kierros', '@'],
      ['Yhteenveto!A7', 'Organisointi ja vastuut', '@'],
    ]);
  });

  it('writes no character a saved file cannot hold, and turns a pasted vertical tab into a line break', async () => {
    const excel = workbook();
    await pull(excel, coordinatorSheets(hostileCoordinatorData(), 'fi'));
    const values = excel.workbook.sheetList.flatMap((s) => [...s.cells.values()].map((c) => c.value));
    expect(values.filter((v) => typeof v === 'string' && forbiddenCharacters(v).length > 0)).toEqual([]);
    expect(texts(excel)).toContain('Oma\nteema');
    expect(texts(excel)).toContain('=Kierros+1Alkuloppu');
  });
});

describe('writeReportSheets: the visits (once the plan is stored)', () => {
  it('writes the Vierailut and Raporttien tekstit sheets and the Yhteenveto’s team findings, every typed text as text', async () => {
    const excel = workbook();
    const sheets = coordinatorSheets(withVisits(pullData(riskyEntries(), RISKY.round), Object.values(RISKY)), 'fi');
    await pull(excel, sheets);
    expect(names(excel)).toEqual(['Taul1', 'Kierros', 'Osallistujat', 'Yhteenveto', 'Yhdistetty aineisto', 'Haastattelut', 'Vierailut', 'Raporttien tekstit']);
    sheets.forEach((s, i) => expectSheet(excel, s, names(excel)[i + 1]!));
    expect(texts(excel)).toContain('-1+2');
  });
});

describe('writeReportSheets: size', () => {
  const small = coordinatorSheets(pullData(pullEntries(6)), 'fi');
  const large = coordinatorSheets(pullData(pullEntries(300)), 'fi');

  /** Syncs of each sheet, from the progress notes (the look-up syncs come first). */
  const perSheet = (progress: { syncsSoFar: number }[], lookups: number) => progress.map((p, i) => p.syncsSoFar - (i === 0 ? lookups : progress[i - 1]!.syncsSoFar));

  it('uses the same syncs for 6 and for 300 participants when the size does not matter', async () => {
    const a = workbook();
    const b = workbook();
    await pull(a, small, { chunkBytes: Infinity });
    await pull(b, large, { chunkBytes: Infinity });
    expect(b.syncs).toEqual(a.syncs);
    expect(reportTable(large[3]!, REPORT_TABLES.combined).rows).toHaveLength(300 * (35 + 7));
  });

  it('keeps every request under the budget; the only extra syncs are further chunks of full requests', async () => {
    const a = workbook();
    const b = workbook();
    const six = await pull(a, small);
    const many = await pull(b, large);
    expect(Math.max(...six.requestBytes, ...many.requestBytes)).toBeLessThanOrEqual(DEFAULT_CHUNK_BYTES);
    const sixSyncs = perSheet(six.progress, 1);
    const manySyncs = perSheet(many.progress, 1);
    expect(sixSyncs).toEqual([1, 1, 1, 1, 1]);
    // Each sheet: its syncs hold its bytes, every one but the last nearly full (rows are small beside the budget).
    let at = 1;
    manySyncs.forEach((n) => {
      const bytes = many.requestBytes.slice(at, at + n);
      at += n;
      bytes.slice(0, -1).forEach((x) => expect(x).toBeGreaterThan(DEFAULT_CHUNK_BYTES - 20_000));
      expect(n).toBe(Math.max(1, Math.ceil(bytes.reduce((s, x) => s + x, 0) / DEFAULT_CHUNK_BYTES)));
    });
    expect(manySyncs.reduce((s, n) => s + n, 0) + 1).toBe(many.result.syncs);
    expect(many.result.syncs - six.result.syncs).toBe(manySyncs.reduce((s, n) => s + n - 1, 0));
    expect(manySyncs[3]).toBeGreaterThan(1);
    large.forEach((s, i) => expectSheet(b, s, many.result.written[i]!));
  });

  it('with a small budget, writes many chunks, each under it, and every row arrives in order', async () => {
    const excel = workbook();
    const budget = 60_000;
    const { result, requestBytes } = await pull(excel, large, { chunkBytes: budget });
    expect(result.syncs).toBeGreaterThan(50);
    for (const x of requestBytes) expect(x).toBeLessThanOrEqual(budget);
    expect(result.requestBytes).toEqual(requestBytes);
    large.forEach((s, i) => expectSheet(excel, s, result.written[i]!));
    expect(formulas(excel)).toEqual([]);
  });
});

describe('writeReportSheets: a second pull', () => {
  it('updates in place: same sheets, same order, new values, no duplicates, no leftovers, other sheets untouched', async () => {
    const excel = workbook();
    const firstData = pullData(pullEntries(6));
    await pull(excel, coordinatorSheets(firstData, 'fi'));
    // The user adds a sheet of their own, moves the summary first and writes into it.
    excel.workbook.worksheets.add('Omat muistiinpanot').cell(1, 1).value = 'oma';
    excel.workbook.sheet('Yhteenveto')!.position = 0;
    const order = names(excel);

    const entries = pullEntries(7).slice(0, 5);
    entries[0] = { ...entries[0]!, name: 'Uusi nimi Oy' };
    entries.push({ participantId: 'myohastyja', name: 'Myöhästyjä', submission: null });
    const secondData: CoordinatorData = pullData(entries, 'Toinen nimi');
    const second = coordinatorSheets(secondData, 'fi');
    const { result } = await pull(excel, second);
    expect(names(excel)).toEqual(order);
    expect(result.syncs).toBe(2 + 5);
    second.forEach((s, i) => expectSheet(excel, s, result.written[i]!));
    expect(excel.workbook.tableList.map((t) => t.name).sort()).toEqual(second.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.name] : [])))
      .sort());
    expect(excel.workbook.sheet('Omat muistiinpanot')!.cell(1, 1).value).toBe('oma');
    const all = texts(excel);
    expect(all).toContain('Uusi nimi Oy');
    expect(all).toContain('Myöhästyjä');
    expect(all).not.toContain(firstData.participants[0]!.name);
    expect(all).not.toContain(firstData.participants[5]!.name);
    expect(all).not.toContain('Ilmastoyhteistyö syksy 2026');
  });

  it('switches language in place, and cleans up what an interrupted run left behind', async () => {
    const excel = workbook();
    const data = pullData(pullEntries(6));
    await pull(excel, coordinatorSheets(data, 'fi'));
    excel.workbook.worksheets.add('~ilm-old-abc-2');
    const en = coordinatorSheets(data, 'en');
    await pull(excel, en);
    expect(names(excel)).toEqual(['Taul1', 'Round', 'Participants', 'Summary', 'Combined data', 'Interviews']);
    en.forEach((s, i) => expectSheet(excel, s, names(excel)[i + 1]!));
    expect(excel.workbook.tableList).toHaveLength(8);
  });

  it('leaves a user sheet named like ours alone, on the first pull and the next', async () => {
    const excel = workbook();
    excel.workbook.worksheets.add('yhteenveto').cell(2, 2).value = 'käyttäjän oma';
    const sheets = coordinatorSheets(pullData(pullEntries(6)), 'fi');
    const first = await pull(excel, sheets);
    expect(first.result.written).toEqual(['Kierros', 'Osallistujat', 'Yhteenveto (2)', 'Yhdistetty aineisto', 'Haastattelut']);
    const second = await pull(excel, sheets);
    expect(second.result.written).toEqual(first.result.written);
    expect(names(excel)).toEqual(['Taul1', 'yhteenveto', ...first.result.written]);
    const user = excel.workbook.sheet('yhteenveto')!;
    expect([...user.cells.values()].map((c) => c.value)).toEqual(['käyttäjän oma']);
    expect(user.chartList).toEqual([]);
    expectSheet(excel, sheets[2]!, 'Yhteenveto (2)');
  });

  it('reports progress after each sheet is complete, with the total', async () => {
    const excel = workbook();
    const sheets = coordinatorSheets(pullData(pullEntries(6)), 'fi');
    await pull(excel, sheets);
    const { progress } = await pull(excel, sheets, { chunkBytes: 30_000 });
    expect(progress.map((p) => [p.done, p.total, p.present])).toEqual([1, 2, 3, 4, 5].map((d) => [d, 5, true]));
    expect(progress[4]!.syncsSoFar).toBe(excel.syncs[1]);
  });
});
