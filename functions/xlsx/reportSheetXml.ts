/**
 * One report sheet (shared/layouts/reportSheet) as SpreadsheetML written directly: its lines, its
 * tables (hidden key row, styled header, body) and their table parts, column widths. The cells,
 * formats and tables are those the ExcelJS writer made from the same declaration: the same values
 * (fileText, fileRow), number formats (reportCellFormat, reportLineFormat), fonts (LINE_FONT), header
 * look and widths; each distinct look is one shared cell format (XlsxStyles), not one per cell.
 */
import { columnLetter } from '../../shared/layouts/a1';
import { reportCellFormat, reportLineFormat, tableBodyRows, type ReportSheet, type ReportTable } from '../../shared/layouts/reportSheet';
import { cleanText } from '../../shared/text/cleanText';
import { xmlText, type SharedStrings } from './sharedStrings';
import { fileText } from './fileText';
import type { XlsxStyles } from './xlsxStyles';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** A column without its own width has this one (ExcelJS writes no <col> for it). */
const DEFAULT_WIDTH = 9;

export interface SheetXml {
  sheet: string;
  /** The sheet's table parts, in order, numbered from the `firstTableId` given. */
  tables: { id: number; xml: string }[];
}

/** Cells of one block in one row, as XML, and the columns they span. */
interface Segment {
  from: number;
  to: number;
  xml: string;
}

interface Row {
  hidden: boolean;
  segments: Segment[];
}

/** Cells and widths of one sheet as they are written, row by row, before they become the part. */
class SheetCells {
  readonly rows = new Map<number, Row>();
  readonly widths = new Map<number, number>();
  private readonly letters: string[] = [''];

  constructor(readonly strings: SharedStrings) {}

  letter(col: number): string {
    while (this.letters.length <= col) this.letters.push(columnLetter(this.letters.length));
    return this.letters[col]!;
  }

  /** One cell's XML: text (already as the file carries it), a number, or empty ('' unless styled). */
  cell(r: number, col: number, value: string | number | null, style: number): string {
    const s = style ? ` s="${style}"` : '';
    if (typeof value === 'string') return `<c r="${this.letter(col)}${r}"${s} t="s"><v>${this.strings.index(value)}</v></c>`;
    if (typeof value === 'number') return `<c r="${this.letter(col)}${r}"${s}><v>${value}</v></c>`;
    return style ? `<c r="${this.letter(col)}${r}"${s}/>` : '';
  }

  /** Adds a block's cells of row `r`, columns `from`..`to`. */
  add(r: number, from: number, to: number, xml: string, hidden = false): void {
    let row = this.rows.get(r);
    if (!row) {
      row = { hidden: false, segments: [] };
      this.rows.set(r, row);
    }
    row.hidden ||= hidden;
    row.segments.push({ from, to, xml });
  }
}

function writeTable(cells: SheetCells, styles: XlsxStyles, t: ReportTable, id: number): string {
  const n = t.columns.length;
  cells.add(t.row - 1, 1, n, t.columns.map((c, i) => cells.cell(t.row - 1, i + 1, fileText(c.key), 0)).join(''), true);
  const headerStyle = styles.id({ font: 'header', fill: 'header', wrap: true });
  cells.add(t.row, 1, n, t.columns.map((c, i) => cells.cell(t.row, i + 1, cleanText(c.header), headerStyle)).join(''));
  // One style per column and kind of value (a number in a participant-text column stays General).
  const sAttr = (look: number) => (look ? ` s="${look}"` : '');
  const numberStyles = t.columns.map((c) => sAttr(styles.id({ numFmt: reportCellFormat(c, 0), wrap: c.wrap === true })));
  const otherStyles = t.columns.map((c) => sAttr(styles.id({ numFmt: reportCellFormat(c, null), wrap: c.wrap === true })));
  const starts = t.columns.map((_, i) => `<c r="${cells.letter(i + 1)}`);
  const body = tableBodyRows(t);
  // The bulk of a large round: each row's cells built in one loop and joined at once into one flat
  // string, so the pieces die young (cheap to collect); the same XML as SheetCells.cell writes.
  for (let r = 0; r < body; r += 1) {
    const values = t.rows[r];
    const at = t.row + 1 + r;
    const xml: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const v = values?.[i] ?? null;
      if (typeof v === 'number') xml.push(`${starts[i]}${at}"${numberStyles[i]}><v>${v}</v></c>`);
      else if (v !== null && v !== '') xml.push(`${starts[i]}${at}"${otherStyles[i]} t="s"><v>${cells.strings.index(fileText(v))}</v></c>`);
      else if (otherStyles[i]) xml.push(`${starts[i]}${at}"${otherStyles[i]}/>`);
    }
    cells.add(at, 1, n, xml.join(''));
  }
  t.columns.forEach((c, i) => cells.widths.set(i + 1, Math.max(cells.widths.get(i + 1) ?? 0, c.width)));
  const ref = `A${t.row}:${columnLetter(t.columns.length)}${t.row + body}`;
  const name = xmlText(cleanText(t.name));
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<table xmlns="${MAIN}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="1" headerRowCount="1">`
    + `<autoFilter ref="${ref}">${t.columns.map((_, i) => `<filterColumn colId="${i}" hiddenButton="0"/>`).join('')}</autoFilter>`
    + `<tableColumns count="${t.columns.length}">${t.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${xmlText(cleanText(c.header))}" ${i === 0 ? 'totalsRowLabel="Total"' : 'totalsRowFunction="none"'}/>`).join('')}</tableColumns>`
    + '<tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
}

/** The <cols> element: adjacent columns of equal width share one entry, the default width none. */
function colsXml(widths: ReadonlyMap<number, number>): string {
  const cols: { min: number; max: number; width: number }[] = [];
  for (const col of [...widths.keys()].sort((a, b) => a - b)) {
    const width = widths.get(col)!;
    if (width === DEFAULT_WIDTH) continue;
    const last = cols.at(-1);
    if (last && last.max === col - 1 && last.width === width) last.max = col;
    else cols.push({ min: col, max: col, width });
  }
  return cols.length === 0 ? '' : `<cols>${cols.map((c) => `<col min="${c.min}" max="${c.max}" width="${c.width}" customWidth="1"/>`).join('')}</cols>`;
}

/** A row's cells in column order; blocks never share a cell (stackBlocks places them apart). */
function rowCells(r: number, segments: Segment[]): string {
  if (segments.length === 1) return segments[0]!.xml;
  const sorted = [...segments].sort((a, b) => a.from - b.from);
  sorted.forEach((s, i) => {
    if (i > 0 && s.from <= sorted[i - 1]!.to) throw new Error(`row ${r}: two blocks write the same cells`);
  });
  return sorted.map((s) => s.xml).join('');
}

function sheetDataXml(cells: SheetCells): { xml: string; ref: string } {
  const out: string[] = [];
  let first = 0;
  let last = 0;
  let minCol = Infinity;
  let maxCol = 0;
  let rowNumbers = [...cells.rows.keys()];
  if (rowNumbers.some((r, i) => i > 0 && r < rowNumbers[i - 1]!)) rowNumbers = rowNumbers.sort((a, b) => a - b);
  for (const r of rowNumbers) {
    const row = cells.rows.get(r)!;
    const xml = rowCells(r, row.segments);
    if (xml === '' && !row.hidden) continue;
    if (xml !== '') {
      first ||= r;
      last = r;
      for (const s of row.segments) {
        minCol = Math.min(minCol, s.from);
        maxCol = Math.max(maxCol, s.to);
      }
    }
    out.push(row.hidden ? `<row r="${r}" hidden="1">${xml}</row>` : `<row r="${r}">${xml}</row>`);
  }
  const ref = maxCol === 0 ? 'A1' : `${cells.letter(minCol)}${first}:${cells.letter(maxCol)}${last}`;
  return { xml: `<sheetData>${out.join('')}</sheetData>`, ref };
}

/** The sheet's part and its table parts. */
export function reportSheetXml(sheet: ReportSheet, styles: XlsxStyles, strings: SharedStrings, firstTableId: number): SheetXml {
  const cells = new SheetCells(strings);
  const tables: SheetXml['tables'] = [];
  for (const b of sheet.blocks) {
    if (b.kind === 'table') {
      const id = firstTableId + tables.length;
      tables.push({ id, xml: writeTable(cells, styles, b, id) });
    } else if (b.kind === 'line') {
      cells.add(b.row, 1, 1, cells.cell(b.row, 1, fileText(b.text), styles.id({ numFmt: reportLineFormat(b), font: b.style })));
    }
  }
  const data = sheetDataXml(cells);
  const tableParts = tables.length === 0 ? '' : `<tableParts count="${tables.length}">${tables.map((_, i) => `<tablePart r:id="rId${i + 1}"/>`).join('')}</tableParts>`;
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="${data.ref}"/>`
    + `<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0"/>${colsXml(cells.widths)}${data.xml}`
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    + '<pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/>'
    + `${tableParts}</worksheet>`;
  return { sheet: xml, tables };
}
