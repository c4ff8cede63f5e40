import JSZip from 'jszip';
import { partKey } from './zipDirectory';
import { attributes, escapeXml, parseRelationships, relsPartOf, resolveTarget } from './opcRelationships';
import type { ReadLimits } from './workbookLimits';

export type WorkbookPackage =
  | { ok: true; zip: Buffer; counts: { sheets: number; rows: number; cells: number } }
  | { ok: false; reason: 'not_a_workbook' }
  | { ok: false; reason: 'too_large'; limit: 'sheets' | 'rows' | 'cells'; max: number };

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** An optional namespace prefix before an element name. */
const PREFIX = '(?:[\\w.-]+:)?';

/** How many start tags `<name …>` (any namespace prefix) a text holds, counting no further than `stop`. */
export function countTags(xml: string, name: string, stop = Infinity): number {
  const re = new RegExp(`<${PREFIX}${name}[\\s/>]`, 'g');
  let n = 0;
  while (n <= stop && re.exec(xml)) n += 1;
  return n;
}

/**
 * A worksheet reduced to what the reader needs, its root element and cell data: no tables,
 * drawings, comments, hyperlinks, merges, validations or column ranges, whose relationship targets
 * ExcelJS resolves only by its own part names and whose ranges it expands cell by cell.
 */
export function sheetValuesOnly(xml: string): string | undefined {
  const root = /<(?![?!])([\w.:-]+)[^>]*>/.exec(xml);
  if (!root) return undefined;
  if (root[0].endsWith('/>')) return root[0];
  const start = /<((?:[\w.-]+:)?)sheetData\b[^>]*>/g;
  start.lastIndex = root.index + root[0].length;
  const data = start.exec(xml);
  let cells = '';
  if (data && data[0].endsWith('/>')) cells = data[0];
  else if (data) {
    const closing = `</${data[1]}sheetData>`;
    const end = xml.indexOf(closing, start.lastIndex);
    if (end < 0) return undefined;
    cells = xml.slice(data.index, end + closing.length);
  }
  return `${root[0]}${cells}</${root[1]}>`;
}

/** The workbook part with only the defined names the reader looks up (ExcelJS expands every name's range cell by cell). */
export function keepDefinedNames(xml: string, keep: ReadonlySet<string>): string {
  return xml.replace(/<((?:[\w.-]+:)?)definedName\b([^>]*?)(?:\/>|>[\s\S]*?<\/\1definedName>)/g, (whole, _p: string, attrs: string) =>
    keep.has(attributes(attrs).name ?? '') ? whole : '',
  );
}

/**
 * Rebuilds an upload's parts as the package ExcelJS expects: the workbook found through the
 * package relationships, wherever it is and whatever form its relationship targets take (relative
 * or absolute), saved under ExcelJS's fixed names (xl/workbook.xml, xl/worksheets/sheetN.xml,
 * xl/sharedStrings.xml, xl/styles.xml) with relative targets, and every worksheet reduced to its
 * cells. Sheets, rows and cells are counted on the way and refused above the limits before ExcelJS
 * builds anything. The result is stored uncompressed, so ExcelJS inflates nothing.
 */
export async function workbookPackage(entries: Map<string, Buffer>, keepNames: ReadonlySet<string>, limits: ReadLimits): Promise<WorkbookPackage> {
  const byKey = new Map([...entries].map(([name, data]) => [partKey(name), data]));
  const text = (part: string | undefined) => (part === undefined ? undefined : byKey.get(partKey(part))?.toString('utf8'));
  const NOT: WorkbookPackage = { ok: false, reason: 'not_a_workbook' };

  const office = parseRelationships(text('_rels/.rels') ?? '').find((r) => r.kind === 'officeDocument' && !r.external);
  const workbookPart = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
  const workbook = text(workbookPart);
  if (!workbookPart || workbook === undefined) return NOT;
  const rels = parseRelationships(text(relsPartOf(workbookPart)) ?? '').filter((r) => !r.external);
  const partOf = (kind: string) => rels.filter((r) => r.kind === kind).map((r) => ({ id: r.id, part: resolveTarget(workbookPart, r.target) }));

  const sheets = partOf('worksheet');
  if (sheets.length > limits.maxSheets) return { ok: false, reason: 'too_large', limit: 'sheets', max: limits.maxSheets };
  const zip = new JSZip();
  const links: string[] = [];
  let rows = 0;
  let cells = 0;
  for (const [i, sheet] of sheets.entries()) {
    const xml = text(sheet.part);
    const values = xml === undefined ? undefined : sheetValuesOnly(xml);
    if (values === undefined) return NOT;
    rows += countTags(values, 'row', limits.maxRows - rows);
    if (rows > limits.maxRows) return { ok: false, reason: 'too_large', limit: 'rows', max: limits.maxRows };
    cells += countTags(values, 'c', limits.maxCells - cells);
    if (cells > limits.maxCells) return { ok: false, reason: 'too_large', limit: 'cells', max: limits.maxCells };
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, values);
    links.push(`<Relationship Id="${escapeXml(sheet.id)}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  }
  for (const [kind, name] of [['sharedStrings', 'sharedStrings.xml'], ['styles', 'styles.xml']] as const) {
    const found = partOf(kind)[0];
    const xml = text(found?.part);
    if (!found || xml === undefined) continue;
    zip.file(`xl/${name}`, xml);
    links.push(`<Relationship Id="${escapeXml(found.id)}" Type="${REL}/${kind}" Target="${name}"/>`);
  }
  zip.file('xl/workbook.xml', keepDefinedNames(workbook, keepNames));
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${links.join('')}</Relationships>`,
  );
  return { ok: true, zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }), counts: { sheets: sheets.length, rows, cells } };
}
