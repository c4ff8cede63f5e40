import { zipEntries } from '../files/xlsxTestData';
import { zipBytes } from './zipBytes';

export interface ExtraSheet {
  /** Sheets to add (default 1); the rows and cells are shared out among them. */
  sheets?: number;
  rows: number;
  /** Cells in all, spread over the rows (the first rows get one more when they do not divide evenly). */
  cells: number;
  /** Characters of text in each cell. */
  textLength: number;
}

const column = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : `${String.fromCharCode(64 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`);

/** A sheet's XML: `rows` rows holding `cells` text cells between them. */
function sheetXml(rows: number, cells: number, textLength: number): string {
  const perRow = Math.floor(cells / rows);
  const rest = cells - perRow * rows;
  const text = 'x'.repeat(Math.max(0, textLength - 8));
  const out: string[] = [];
  for (let r = 1; r <= rows; r += 1) {
    const n = perRow + (r <= rest ? 1 : 0);
    const row = Array.from({ length: n }, (_, c) => `<c r="${column(c)}${r}" t="inlineStr"><is><t>${String(r * 100 + c).padStart(8, '0')}${text}</t></is></c>`);
    out.push(`<row r="${r}">${row.join('')}</row>`);
  }
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${out.join('')}</sheetData></worksheet>`;
}

/**
 * A workbook with more sheets ("Liite1", …) of text cells, written into its XML directly so that
 * 80 000 rows take milliseconds, not the seconds ExcelJS would; zipped with zlib.
 */
export function withExtraSheet(bytes: Buffer, extra: ExtraSheet): Buffer {
  const parts = zipEntries(bytes);
  const sheets = extra.sheets ?? 1;
  const links: string[] = [];
  const entries: string[] = [];
  for (let i = 0; i < sheets; i += 1) {
    const share = (total: number) => Math.floor(total / sheets) + (i < total % sheets ? 1 : 0);
    parts.set(`xl/worksheets/sheet${100 + i}.xml`, sheetXml(share(extra.rows), share(extra.cells), extra.textLength));
    entries.push(`<sheet name="Liite${i + 1}" sheetId="${100 + i}" r:id="rIdLiite${i}"/>`);
    links.push(`<Relationship Id="rIdLiite${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${100 + i}.xml"/>`);
  }
  parts.set('xl/workbook.xml', parts.get('xl/workbook.xml')!.replace('</sheets>', `${entries.join('')}</sheets>`));
  parts.set('xl/_rels/workbook.xml.rels', parts.get('xl/_rels/workbook.xml.rels')!.replace('</Relationships>', `${links.join('')}</Relationships>`));
  return zipBytes([...parts].map(([name, data]) => ({ name, data: Buffer.from(data, 'utf8') })));
}

/** The unpacked size of a zip's entries together. */
export const unpackedBytes = (bytes: Buffer): number => [...zipEntries(bytes).values()].reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
