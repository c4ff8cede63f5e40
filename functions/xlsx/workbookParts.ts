/**
 * The parts of an upload reduced to what the reader needs before ExcelJS sees them, each by one
 * linear scan (xmlScan): ExcelJS expands worksheet ranges and defined names cell by cell and tests
 * every number cell's format with regular expressions, so what it is given decides what it costs.
 */
import { escapeXml } from './opcRelationships';
import { attributes, TagScanner, unescapeXml } from './xmlScan';

/**
 * A worksheet reduced to its root element and cell data: no tables, drawings, comments,
 * hyperlinks, merges, validations or column ranges, whose relationship targets ExcelJS resolves
 * only by its own part names and whose ranges it expands cell by cell. Undefined for a part
 * without a root element or cut off before its cell data ends.
 */
export function sheetValuesOnly(xml: string): string | undefined {
  const scan = new TagScanner(xml);
  if (!scan.next() || scan.closing) return undefined;
  const root = scan.tag();
  if (scan.selfClosing) return root;
  const close = `</${scan.name()}>`;
  while (scan.next()) {
    if (scan.closing || !scan.is('sheetData')) continue;
    const start = scan.start;
    const element = scan.skipElement();
    return element ? `${root}${xml.slice(start, element.end)}${close}` : undefined;
  }
  return scan.cut ? undefined : `${root}${close}`;
}

/**
 * A reference to one cell, as the template's names are: "Profiili!$B$5", "'Oma profiili'!B5".
 * A sheet name has at most 31 characters, so a reference is well under 100; longer text is not
 * one (and is not given to the pattern at all).
 */
export function isCellReference(text: string): boolean {
  const ref = text.trim();
  return ref.length <= 100 && /^(?:'(?:[^']|'')+'|[^'!\s][^'!]*)!\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6}$/.test(ref);
}

/**
 * The workbook part with only the defined names the reader looks up: the first workbook-level
 * definition of each name in `keep` whose value is a single cell (as the template defines them, and
 * as Office.js finds them). Every other name is dropped: ExcelJS expands each name's range cell by
 * cell, so one "IlmName = A1:XFD1048576" would keep a reader busy until its time limit. Undefined
 * for a part cut off inside a defined name.
 */
export function keepDefinedNames(xml: string, keep: ReadonlySet<string>): string | undefined {
  const scan = new TagScanner(xml);
  const out: string[] = [];
  const kept = new Set<string>();
  let copied = 0;
  while (scan.next()) {
    if (scan.closing || !scan.is('definedName')) continue;
    const start = scan.start;
    const a = attributes(scan.tag());
    const valueStart = scan.end;
    const element = scan.skipElement();
    if (!element) return undefined;
    const name = a.name ?? '';
    const wanted = keep.has(name) && !kept.has(name) && a.localSheetId === undefined && isCellReference(unescapeXml(xml.slice(valueStart, element.inner)));
    if (wanted) kept.add(name);
    else {
      out.push(xml.slice(copied, start));
      copied = element.end;
    }
  }
  if (scan.cut) return undefined;
  out.push(xml.slice(copied));
  return out.join('');
}

/** `text` without its sections from `open` to the next `close` (an unclosed one stays), in one pass. */
function withoutSections(text: string, open: string, close: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    const end = start < 0 ? -1 : text.indexOf(close, start + 1);
    if (end < 0) return out + text.slice(from);
    out += text.slice(from, start);
    from = end + 1;
  }
}

/**
 * Whether a number format shows a date, exactly as ExcelJS decides it (utils.isDateFmt: without
 * its "[…]" and "\"…\"" sections, does it hold y, m, d, h, M, s or b), but in one pass: ExcelJS's
 * regular expressions cost the square of the format's length when it is made of "[" or '"'.
 */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(withoutSections(withoutSections(code, '[', ']'), '"', '"'));
}

/**
 * The styles part with every custom number format replaced by the one thing the reader learns from
 * it: a date ("yyyy-mm-dd") or not ("General"). ExcelJS tests the format of every number cell it
 * reads, so a long format made of "[" would cost its square 50 000 times. Undefined for a part cut
 * off inside a tag.
 */
export function numberFormatsAsDateOrNot(styles: string): string | undefined {
  const scan = new TagScanner(styles);
  const out: string[] = [];
  let copied = 0;
  while (scan.next()) {
    if (scan.closing || !scan.is('numFmt')) continue;
    const a = attributes(scan.tag());
    const code = isDateFormat(a.formatCode ?? '') ? 'yyyy-mm-dd' : 'General';
    out.push(styles.slice(copied, scan.start), `<${scan.name()} numFmtId="${escapeXml(a.numFmtId ?? '')}" formatCode="${code}"${scan.selfClosing ? '/' : ''}>`);
    copied = scan.end;
  }
  if (scan.cut) return undefined;
  out.push(styles.slice(copied));
  return out.join('');
}
