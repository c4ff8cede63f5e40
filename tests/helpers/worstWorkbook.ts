import { READ_LIMITS, type ReadLimits } from '../../functions/xlsx/workbookLimits';
import { workbookPackage, type PackageCounts } from '../../functions/xlsx/workbookPackage';
import { unzipWithinLimits } from '../../functions/xlsx/zipGuard';
import { zipEntries } from '../files/xlsxTestData';
import { zipBytes } from './zipBytes';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** The costliest text per byte for ExcelJS: a rich-text run of one character (an object each). */
const RUN = '<r><t>a</t></r>';
/** The longest number format Excel allows, made of "[": ExcelJS's date test costs the square of its length, once per number cell. */
const FORMAT = '['.repeat(255);

const column = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : `${String.fromCharCode(64 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`);
const share = (total: number, parts: number, i: number) => Math.floor(total / parts) + (i < total % parts ? 1 : 0);

/** Sheets of number cells, each cell with one of the added formats in turn. */
function numberSheets(sheets: number, rows: number, cells: number, firstStyle: number, styles: number): string[] {
  let k = 0;
  return Array.from({ length: sheets }, (_, s) => {
    const sheetRows = share(rows, sheets, s);
    const sheetCells = share(cells, sheets, s);
    const out: string[] = [];
    for (let r = 1; r <= sheetRows; r += 1) {
      const row: string[] = [];
      for (let c = 0; c < share(sheetCells, sheetRows, r - 1); c += 1, k += 1) row.push(`<c r="${column(c)}${r}" s="${firstStyle + (k % styles)}"><v>${k}</v></c>`);
      out.push(`<row r="${r}">${row.join('')}</row>`);
    }
    return `<worksheet xmlns="${MAIN}"><sheetData>${out.join('')}</sheetData></worksheet>`;
  });
}

/** The styles with `n` more cell formats, each with its own 255-character number format; the index of the first. */
function withFormats(styles: string, n: number): { styles: string; first: number } {
  const first = Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1]);
  const numFmts = Array.from({ length: n }, (_, i) => `<numFmt numFmtId="${300 + i}" formatCode="${FORMAT}"/>`).join('');
  const xfs = Array.from({ length: n }, (_, i) => `<xf numFmtId="${300 + i}" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>`).join('');
  const withNumFmts = styles.includes('</numFmts>') ? styles.replace('</numFmts>', `${numFmts}</numFmts>`) : styles.replace(/(<styleSheet[^>]*>)/, `$1<numFmts>${numFmts}</numFmts>`);
  return { styles: withNumFmts.replace(/<cellXfs count="\d+">/, `<cellXfs count="${first + n}">`).replace('</cellXfs>', `${xfs}</cellXfs>`), first };
}

/** The counts of a workbook as the reader makes them. */
export async function packageCounts(bytes: Buffer, limits: ReadLimits = READ_LIMITS): Promise<PackageCounts> {
  const unzipped = unzipWithinLimits(bytes, limits.zip);
  const pkg = unzipped.ok ? await workbookPackage(unzipped.entries, new Set(), limits) : unzipped;
  if (!pkg.ok) throw new Error(`not read: ${JSON.stringify(pkg)}`);
  return pkg.counts;
}

/**
 * A filled template plus everything that brings every read limit to its maximum at once, in the
 * form that costs ExcelJS the most: sheets, rows and cells to their limits as number cells, each
 * with a 255-character number format; cell formats to their limit; shared strings to their limit,
 * and the rest of the unpacked budget (all but `slack` bytes) as one-character rich-text runs in
 * them. Measured on one thread (medians of 6): 2.2 s, against 1.8 s with the runs inline in the
 * cells instead and 0.6 s with the budget as plain cell text (the worst file before the part and
 * string limits). The template's own cells are untouched, so the file still imports.
 */
export async function worstAllowedWorkbook(base: Buffer, limits: ReadLimits = READ_LIMITS, slack = 4096): Promise<Buffer> {
  const counts = await packageCounts(base, limits);
  const parts = zipEntries(base);
  const extraSheets = limits.maxSheets - counts.sheets;
  const formats = withFormats(parts.get('xl/styles.xml')!, limits.maxCellFormats - counts.cellFormats);
  parts.set('xl/styles.xml', formats.styles);
  const sheets = numberSheets(extraSheets, limits.maxRows - counts.rows, limits.maxCells - counts.cells, formats.first, limits.maxCellFormats - counts.cellFormats);
  sheets.forEach((xml, i) => parts.set(`xl/worksheets/sheet${100 + i}.xml`, xml));
  const listed = sheets.map((_, i) => `<sheet name="Liite${i + 1}" sheetId="${100 + i}" r:id="rIdLiite${i}"/>`).join('');
  const linked = sheets.map((_, i) => `<Relationship Id="rIdLiite${i}" Type="${REL}/worksheet" Target="worksheets/sheet${100 + i}.xml"/>`).join('');
  parts.set('xl/workbook.xml', parts.get('xl/workbook.xml')!.replace('</sheets>', `${listed}</sheets>`));
  parts.set('xl/_rels/workbook.xml.rels', parts.get('xl/_rels/workbook.xml.rels')!.replace('</Relationships>', `${linked}</Relationships>`));

  const strings = limits.maxSharedStrings - counts.sharedStrings;
  const sst = parts.get('xl/sharedStrings.xml')!;
  parts.set('xl/sharedStrings.xml', sst.replace('</sst>', `${'<si></si>'.repeat(strings)}</sst>`));
  const used = [...parts.values()].reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  const runs = Math.floor((limits.zip.maxUnpackedBytes - slack - used) / RUN.length);
  const added = Array.from({ length: strings }, (_, i) => `<si>${RUN.repeat(share(runs, strings, i))}</si>`).join('');
  parts.set('xl/sharedStrings.xml', sst.replace('</sst>', `${added}</sst>`));
  return zipBytes([...parts].map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') })));
}
