/**
 * Text in SpreadsheetML written directly (writeReportXlsx): escaping as ExcelJS escapes it, and the
 * shared strings part, each distinct string once, numbered in the order cells first use it.
 */

// eslint-disable-next-line no-control-regex -- control characters are what this finds
const NEEDS_ESCAPE = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex -- control characters are what this drops
const ESCAPED = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/**
 * Text for XML content or an attribute value, as ExcelJS's xmlEncode makes it: markup characters
 * as entities; DEL and the C0 controls XML cannot hold dropped (tab, LF and CR stay).
 */
export function xmlText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, (c) => ENTITY[c] ?? '') : text;
}

/** A string item as ExcelJS writes it: space kept where it leads, trails or a line breaks. */
const stringItem = (text: string) => (/^\s|\n|\s$/.test(text) ? `<si><t xml:space="preserve">${xmlText(text)}</t></si>` : `<si><t>${xmlText(text)}</t></si>`);

/** The workbook's shared strings: `index` gives a string's number, `xml()` the part. */
export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private readonly items: string[] = [];
  /** String cells written, repeats included (the part's `count`). */
  private uses = 0;

  index(text: string): number {
    this.uses += 1;
    let i = this.indexes.get(text);
    if (i === undefined) {
      i = this.items.push(stringItem(text)) - 1;
      this.indexes.set(text, i);
    }
    return i;
  }

  xml(): string {
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      + `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.items.length}">${this.items.join('')}</sst>`;
  }
}
