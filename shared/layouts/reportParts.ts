/** Small parts every coordinator sheet is built from: texts in three languages, columns, one-table sheets, names in a neutral order. */
import { CATALOG_DATA as CATALOG } from '../catalog/catalogData';
import type { Lang, Localized } from '../i18n/lang';
import type { Round } from '../schemas/roundSchema';
import { stackBlocks, type ReportColumn, type ReportSheet, type ReportTable } from './reportSheet';

export const L = (fi: string, sv: string, en: string): Localized => ({ fi, sv, en });

export const col = (key: string, header: Localized, lang: Lang, width: number, extra: Partial<ReportColumn> = {}): ReportColumn => ({ key, header: header[lang], width, ...extra });

/** ISO time → "2026-11-24 09:30" (UTC, as the header says). */
export const utcMinute = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** A sheet of one table under its title and a note; the table anchors the sheet. */
export function tableSheet(key: ReportSheet['key'], title: string, note: string, table: Omit<ReportTable, 'kind' | 'row'>): ReportSheet {
  return {
    key,
    title,
    anchorTable: table.name,
    blocks: stackBlocks([
      { kind: 'line', style: 'title', text: title },
      { kind: 'line', style: 'note', text: note },
      { kind: 'table', ...table },
    ]),
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Made on first use: loading the Finnish collation at module level cost every cold start ~10 ms.
let finnish: Intl.Collator | undefined;
const finnishCollator = () => (finnish ??= new Intl.Collator('fi', { sensitivity: 'base' }));

/**
 * Participants in a fixed, neutral order: by name in Finnish alphabetical order (case ignored; å, ä,
 * ö after z), then id. Never by anything they submitted.
 */
export function participantOrder<P extends { participantId: string; name: string }>(list: readonly P[]): P[] {
  const collator = finnishCollator();
  return [...list].sort((a, b) => collator.compare(a.name, b.name) || cmp(a.participantId, b.participantId));
}

/** A theme's name: the round's own name for it, the catalogue's, or its id. */
export function themeName(themeId: string, round: Pick<Round, 'themes'>, lang: Lang): string {
  const own = round.themes.find((t) => t.id === themeId)?.name;
  return own?.[lang] ?? own?.fi ?? own?.sv ?? own?.en ?? CATALOG.themes.find((t) => t.id === themeId)?.name[lang] ?? themeId;
}
