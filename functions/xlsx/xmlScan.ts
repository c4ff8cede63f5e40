/**
 * A linear scan over the XML of an uploaded part, for the reader's few questions: which element
 * tags there are, their attributes, where an element ends. Every step is an indexOf forward from
 * the current position, so each character is looked at a bounded number of times whatever the text
 * holds; regular expressions over a whole part rescanned the rest of the text at every tag that
 * never closes ("<Relationship " repeated took seconds per half megabyte). Comments, processing
 * instructions, CDATA sections and declarations are stepped over; a text that ends inside a tag or
 * one of them ends the scan with `cut` set (a cut-off part is not a workbook).
 */

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute value with its character and entity references resolved. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[ref] ?? whole;
  });
}

/** Whitespace, "/", ">" or "=": where a name inside a tag ends. */
const endsName = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e || c === 0x3d;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Comment, CDATA, processing instruction, declaration: what opens them and what closes them. */
const SKIPPED: [string, string][] = [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<?', '?>'], ['<!', '>']];

export class TagScanner {
  /** The current tag: "<" at `start`, ">" at `end - 1`. */
  start = -1;
  end: number;
  closing = false;
  selfClosing = false;
  /** The text ended inside a tag, comment, CDATA section or declaration. */
  cut = false;
  private nameStart = 0;
  private localStart = 0;
  private nameEnd = 0;

  constructor(readonly xml: string, from = 0) {
    this.end = from;
  }

  /** Moves to the next element tag (start, end or empty-element tag); false at the end of the text. */
  next(): boolean {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf('<', this.end);
      if (lt < 0) return false;
      const next = xml.charCodeAt(lt + 1);
      const skipped = next === 0x21 || next === 0x3f ? SKIPPED.find(([open]) => xml.startsWith(open, lt)) : undefined;
      const gt = skipped ? xml.indexOf(skipped[1], lt + skipped[0].length) : xml.indexOf('>', lt + 1);
      if (gt < 0) {
        this.cut = true;
        return false;
      }
      this.end = gt + (skipped ? skipped[1].length : 1);
      if (skipped) continue;
      this.start = lt;
      this.closing = xml.charCodeAt(lt + 1) === 0x2f;
      this.selfClosing = !this.closing && xml.charCodeAt(gt - 1) === 0x2f;
      this.nameStart = lt + (this.closing ? 2 : 1);
      this.localStart = this.nameStart;
      let i = this.nameStart;
      for (; i < gt && !endsName(xml.charCodeAt(i)); i += 1) if (xml.charCodeAt(i) === 0x3a) this.localStart = i + 1;
      this.nameEnd = i;
      return true;
    }
  }

  /** Whether the current tag's local name (after any namespace prefix) is `local`. */
  is(local: string): boolean {
    return this.nameEnd - this.localStart === local.length && this.xml.startsWith(local, this.localStart);
  }

  /** The current tag's name with its prefix ("x:sheetData"). */
  name(): string {
    return this.xml.slice(this.nameStart, this.nameEnd);
  }

  /** The current tag's text, "<" to ">". */
  tag(): string {
    return this.xml.slice(this.start, this.end);
  }

  /**
   * Where the element the current start tag opens ends: `inner` at the "<" of its end tag, `end`
   * after its ">"; undefined when the text holds no end tag for it (or it is cut off inside one).
   * The scan continues after the element. Elements of the same name inside it are not looked for:
   * the reader asks this only of elements that do not nest (sheetData, definedName).
   */
  skipElement(): { inner: number; end: number } | undefined {
    if (this.selfClosing) return { inner: this.end, end: this.end };
    const inner = this.xml.indexOf(`</${this.name()}`, this.end);
    const gt = inner < 0 ? -1 : this.xml.indexOf('>', inner);
    if (gt < 0) return undefined;
    this.end = gt + 1;
    return { inner, end: this.end };
  }
}

/**
 * The attributes of one start tag, by local name (a namespace prefix is dropped), read left to
 * right once: a name without "=" and a quoted value is passed over; an unclosed quote ends the list.
 */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  let p = tag.startsWith('<') ? 1 : 0;
  while (p < tag.length && !endsName(tag.charCodeAt(p))) p += 1;
  while (p < tag.length) {
    while (p < tag.length && (isSpace(tag.charCodeAt(p)) || tag[p] === '/' || tag[p] === '>')) p += 1;
    const nameStart = p;
    while (p < tag.length && !endsName(tag.charCodeAt(p))) p += 1;
    const name = tag.slice(nameStart, p);
    while (p < tag.length && isSpace(tag.charCodeAt(p))) p += 1;
    if (tag[p] !== '=') {
      if (p === nameStart) p += 1;
      continue;
    }
    p += 1;
    while (p < tag.length && isSpace(tag.charCodeAt(p))) p += 1;
    const quote = tag[p];
    if (quote !== '"' && quote !== "'") continue;
    const close = tag.indexOf(quote, p + 1);
    if (close < 0) break;
    if (name) out[name.slice(name.lastIndexOf(':') + 1)] = unescapeXml(tag.slice(p + 1, close));
    p = close + 1;
  }
  return out;
}

/**
 * How many start tags `<name …>` (any namespace prefix) a text holds, counting no further than
 * `stop`; undefined for a text cut off inside a tag, comment or CDATA section.
 */
export function countTags(xml: string, local: string, stop = Infinity): number | undefined {
  const scan = new TagScanner(xml);
  let n = 0;
  while (n <= stop && scan.next()) if (!scan.closing && scan.is(local)) n += 1;
  return scan.cut ? undefined : n;
}
