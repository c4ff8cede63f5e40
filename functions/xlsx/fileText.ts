import { cleanText } from '../../shared/text/cleanText';

/**
 * Whatever fileText would change: what cleanText replaces or removes (surrogates included, paired
 * or not, so a pair takes the full path), CR and a literal `_xHHHH_`. Most texts have none of it
 * and are returned as they are, without four replacing passes.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CHANGES = /[\0-\x08\v\f\r\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]|_x[0-9A-Fa-f]{4}_/;

/**
 * A string as the file must carry it. First cleanText: XML cannot hold U+FFFF or most control
 * characters, and ExcelJS writes U+FFFE/U+FFFF as they are (the part is then not XML at all), so
 * even text stored before the schemas cleaned it is cleaned here. OOXML escapes characters XML
 * cannot hold as `_xHHHH_` and readers decode that pattern (Excel and ExcelJS wherever it appears),
 * but ExcelJS does not encode it when writing: a participant's literal "_x0041_" would be read back
 * (by our own import) as "A", and a CR, which XML parsers turn into LF, would be lost. So a literal
 * `_xHHHH_` gets its underscore escaped (`_x005F_`) and CR is written as `_x000D_`; LibreOffice and
 * ExcelJS then read the text as written.
 */
export function fileText(text: string): string {
  if (!CHANGES.test(text)) return text;
  return cleanText(text).replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(/\r/g, '_x000D_');
}

/** Strings of a table row as the file carries them; '' becomes an empty cell. */
export const fileRow = (row: readonly unknown[]) => row.map((v) => (v === '' ? null : typeof v === 'string' ? fileText(v) : v));

