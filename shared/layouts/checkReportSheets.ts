import type { ReportChart, ReportSheet, ReportTable } from './reportSheet';

/** Every table name, title and sheet key must be unique, and a chart's columns adjacent in its table. */
export function checkReportSheets(sheets: readonly ReportSheet[]): void {
  const seen = new Set<string>();
  const once = (what: string) => {
    if (seen.has(what.toLowerCase())) throw new Error(`report sheets: ${what} is declared twice`);
    seen.add(what.toLowerCase());
  };
  for (const s of sheets) {
    once(`sheet ${s.key}`);
    once(`title ${s.title}`);
    for (const b of s.blocks) if (b.kind === 'table') once(`table ${b.name}`);
    if (!s.blocks.some((b) => b.kind === 'table' && b.name === s.anchorTable)) throw new Error(`${s.key}: anchor table ${s.anchorTable} is not on the sheet`);
    for (const b of s.blocks) if (b.kind === 'chart') chartColumns(s, b);
  }
}

/** The table a chart plots and the 1-based columns of its keys (category first, then series). */
export function chartColumns(sheet: ReportSheet, chart: ReportChart): { table: ReportTable; first: number; last: number } {
  const table = sheet.blocks.find((b): b is ReportTable => b.kind === 'table' && b.name === chart.table);
  if (!table) throw new Error(`chart ${chart.name}: no table ${chart.table} on ${sheet.key}`);
  const cols = chart.columnKeys.map((k) => table.columns.findIndex((c) => c.key === k) + 1);
  if (cols.length < 2 || cols.some((c, i) => c < 1 || (i > 0 && c !== cols[i - 1]! + 1))) {
    throw new Error(`chart ${chart.name}: columns ${chart.columnKeys.join(', ')} are not adjacent columns of ${table.name}`);
  }
  return { table, first: cols[0]!, last: cols[cols.length - 1]! };
}
