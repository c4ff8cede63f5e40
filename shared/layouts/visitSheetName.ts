import type { Lang, Localized } from '../i18n/lang';

/** Excel's limit on a sheet name's length. */
export const SHEET_NAME_MAX = 31;

export const VISIT_SHEET_PREFIX: Localized = { fi: 'Vierailu', sv: 'Besök', en: 'Visit' };

/** What Excel refuses in a sheet name: []:*?/\ and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001F\u007F]/g;

/** `text` cut to at most `max` UTF-16 units without splitting a character (an emoji stays whole or goes). */
function cut(text: string, max: number): string {
  let out = '';
  for (const ch of Array.from(text)) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/**
 * The team's sheet for a host: "Vierailu – Aura" (a colon cannot be part of a sheet name, so an en
 * dash stands for it). The host's name loses what Excel refuses and is cut so that the whole name
 * (with `suffix`, e.g. " (v5)") stays within 31 characters; a name left empty becomes the host's id.
 *
 * @example
 * visitSheetName('Aura', 'aura', 'fi') // 'Vierailu – Aura'
 * visitSheetName('A/B [oy]', 'ab', 'en', ' (v5)') // 'Visit – AB oy (v5)'
 */
export function visitSheetName(hostName: string, hostId: string, lang: Lang, suffix = ''): string {
  const head = `${VISIT_SHEET_PREFIX[lang]} – `;
  const clean = (s: string) => s.replace(FORBIDDEN, '').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '').trim();
  const name = clean(hostName) || clean(hostId) || '?';
  return `${head}${cut(name, SHEET_NAME_MAX - head.length - suffix.length).trim()}${suffix}`;
}

/** A table name safe for Excel from an ASCII id: letters, digits and underscores only. */
export const tableNameOf = (prefix: string, id: string) => `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
