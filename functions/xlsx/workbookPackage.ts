import JSZip from 'jszip';
import { escapeXml, parseRelationships, relsPartOf, resolveTarget } from './opcRelationships';
import type { ReadLimits } from './workbookLimits';
import { keepDefinedNames, numberFormatsAsDateOrNot, sheetValuesOnly } from './workbookParts';
import { countTags } from './xmlScan';
import { partKey } from './zipDirectory';

export type PackageLimit = 'unpackedBytes' | 'partBytes' | 'sheets' | 'rows' | 'cells' | 'sharedStrings' | 'cellFormats';

export interface PackageCounts {
  sheets: number;
  rows: number;
  cells: number;
  sharedStrings: number;
  cellFormats: number;
  /** Unpacked bytes of the parts ExcelJS is given, together. */
  bytes: number;
}

export type WorkbookPackage =
  | { ok: true; zip: Buffer; counts: PackageCounts }
  | { ok: false; reason: 'not_a_workbook' }
  | { ok: false; reason: 'too_large'; limit: PackageLimit; max: number };

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Ends the building with an answer (a refusal); thrown only inside workbookPackage. */
class Refused extends Error {
  constructor(readonly answer: Exclude<WorkbookPackage, { ok: true }>) {
    super(answer.reason);
  }
}
const NOT = new Refused({ ok: false, reason: 'not_a_workbook' });
const overLimit = (limit: PackageLimit, max: number) => new Refused({ ok: false, reason: 'too_large', limit, max });

/** `sofar` plus a count found by `countTags`, or a refusal: together over `max`, or a cut-off part. */
function counted(count: number | undefined, limit: PackageLimit, max: number, sofar = 0): number {
  if (count === undefined) throw NOT;
  if (sofar + count > max) throw overLimit(limit, max);
  return sofar + count;
}

/**
 * Rebuilds an upload's parts as the package ExcelJS expects: the workbook found through the
 * package relationships, wherever it is and whatever form its relationship targets take (relative
 * or absolute), saved under ExcelJS's fixed names (xl/workbook.xml, xl/worksheets/sheetN.xml,
 * xl/sharedStrings.xml, xl/styles.xml) with relative targets, and every worksheet reduced to its
 * cells and the styles' number formats to "a date or not". Each part is used once: a package whose relationships name one part twice (twenty
 * worksheets that are one 15 MiB part) is not a workbook. The relationship, workbook and styles
 * parts are refused over their size caps before they are parsed; sheets, rows, cells, shared
 * strings and cell formats are counted on the way; and everything ExcelJS is given stays within the
 * unpacked budget, all before ExcelJS builds anything. The result is stored uncompressed, so
 * ExcelJS inflates nothing.
 */
export async function workbookPackage(entries: Map<string, Buffer>, keepNames: ReadonlySet<string>, limits: ReadLimits): Promise<WorkbookPackage> {
  try {
    return await build(entries, keepNames, limits);
  } catch (e) {
    if (e instanceof Refused) return e.answer;
    throw e;
  }
}

async function build(entries: Map<string, Buffer>, keepNames: ReadonlySet<string>, limits: ReadLimits): Promise<WorkbookPackage> {
  const byKey = new Map([...entries].map(([name, data]) => [partKey(name), data]));
  const used = new Set<string>();
  /** A part's text, each part at most once; undefined when the package has no such part. */
  const take = (part: string | undefined, maxBytes = Infinity): string | undefined => {
    const key = part === undefined ? undefined : partKey(part);
    const data = key === undefined ? undefined : byKey.get(key);
    if (key === undefined || data === undefined) return undefined;
    if (used.has(key)) throw NOT;
    used.add(key);
    if (data.length > maxBytes) throw overLimit('partBytes', maxBytes);
    return data.toString('utf8');
  };
  const caps = limits.maxPartBytes;

  const office = parseRelationships(take('_rels/.rels', caps.rels) ?? '').find((r) => r.kind === 'officeDocument' && !r.external);
  const workbookPart = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
  const workbook = take(workbookPart, caps.workbook);
  if (!workbookPart || workbook === undefined) throw NOT;
  counted(countTags(workbook, 'sheet', limits.maxSheets), 'sheets', limits.maxSheets);
  const rels = parseRelationships(take(relsPartOf(workbookPart), caps.rels) ?? '').filter((r) => !r.external);
  const partOf = (kind: string) => rels.filter((r) => r.kind === kind).map((r) => ({ id: r.id, part: resolveTarget(workbookPart, r.target) }));

  const sheets = partOf('worksheet');
  counted(sheets.length, 'sheets', limits.maxSheets);
  const files = new Map<string, string>();
  const links: string[] = [];
  const counts: PackageCounts = { sheets: sheets.length, rows: 0, cells: 0, sharedStrings: 0, cellFormats: 0, bytes: 0 };
  for (const [i, sheet] of sheets.entries()) {
    const xml = take(sheet.part);
    const values = xml === undefined ? undefined : sheetValuesOnly(xml);
    if (values === undefined) throw NOT;
    counts.rows = counted(countTags(values, 'row', limits.maxRows - counts.rows), 'rows', limits.maxRows, counts.rows);
    counts.cells = counted(countTags(values, 'c', limits.maxCells - counts.cells), 'cells', limits.maxCells, counts.cells);
    files.set(`xl/worksheets/sheet${i + 1}.xml`, values);
    links.push(`<Relationship Id="${escapeXml(sheet.id)}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  }
  const shared = partOf('sharedStrings')[0];
  const strings = take(shared?.part);
  if (shared && strings !== undefined) {
    counts.sharedStrings = counted(countTags(strings, 'si', limits.maxSharedStrings), 'sharedStrings', limits.maxSharedStrings);
    files.set('xl/sharedStrings.xml', strings);
    links.push(`<Relationship Id="${escapeXml(shared.id)}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  const style = partOf('styles')[0];
  const styles = take(style?.part, caps.styles);
  if (style && styles !== undefined) {
    counts.cellFormats = counted(countTags(styles, 'xf', limits.maxCellFormats), 'cellFormats', limits.maxCellFormats);
    files.set('xl/styles.xml', numberFormatsAsDateOrNot(styles) ?? throwNot());
    links.push(`<Relationship Id="${escapeXml(style.id)}" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  files.set('xl/workbook.xml', keepDefinedNames(workbook, keepNames) ?? throwNot());
  files.set(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${links.join('')}</Relationships>`,
  );
  // Parts are used once, so this holds by construction; it is checked where the bytes are handed over.
  counts.bytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  if (counts.bytes > limits.zip.maxUnpackedBytes) throw overLimit('unpackedBytes', limits.zip.maxUnpackedBytes);
  const zip = new JSZip();
  for (const [name, text] of files) zip.file(name, text);
  return { ok: true, zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }), counts };
}

function throwNot(): never {
  throw NOT;
}
