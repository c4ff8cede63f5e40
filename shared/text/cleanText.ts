/** Vertical tab and form feed: what Word and other programs paste for a line or page break. */
const BREAKS = /[\v\f]/g;

/**
 * What XML 1.0 cannot hold, so no .xlsx part can carry it: C0 controls other than tab, LF and CR
 * (VT and FF are handled above), U+FFFE, U+FFFF, and surrogates without their pair.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const UNSAFE = /[\0-\x08\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A user's text as it may be stored and written to any file: vertical tab and form feed become line
 * breaks, the other characters XML cannot hold are removed. Tab, LF and CR stay; so does everything
 * else, markup characters included (writers escape those).
 *
 * @example
 * cleanText('Rivi\vtoinen') // 'Rivi\ntoinen'
 * cleanText('A\u0001B\uFFFF') // 'AB'
 */
export function cleanText(text: string): string {
  return text.replace(BREAKS, '\n').replace(UNSAFE, '');
}
