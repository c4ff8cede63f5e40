import type { Lang } from './lang';

/** The limits an uploaded workbook is read within (the values live with the reader, functions/xlsx/workbookLimits.ts). */
export const WORKBOOK_LIMIT_KINDS = ['entries', 'unpackedBytes', 'partBytes', 'sheets', 'rows', 'cells', 'sharedStrings', 'cellFormats', 'time', 'memory'] as const;
export type WorkbookLimitKind = (typeof WORKBOOK_LIMIT_KINDS)[number];

/** 12345 → "12 345" (no-break space) in fi and sv, "12,345" in en; no Intl, the same on every runtime. */
export function groupThousands(value: number, lang: Lang): string {
  const digits = String(Math.round(value));
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '\u00a0');
}

const KIB = 1024;
const MIB = 1024 * KIB;

/** Bytes as the message says them: whole MB from 1 MiB up, KB below ("kt" in Finnish). */
const size = (bytes: number, lang: Lang) => (bytes >= MIB ? `${bytes / MIB} ${lang === 'fi' ? 'Mt' : 'MB'}` : `${bytes / KIB} ${{ fi: 'kt', sv: 'kB', en: 'KB' }[lang]}`);

/** What went over, with the limit; `max` is a count, bytes (unpackedBytes, partBytes), milliseconds (time) or MiB (memory). */
const WHAT: Record<WorkbookLimitKind, Record<Lang, (max: string, n: number) => string>> = {
  entries: { fi: (m) => `siinä on yli ${m} osaa`, sv: (m) => `den har fler än ${m} delar`, en: (m) => `it has more than ${m} parts` },
  unpackedBytes: {
    fi: (_m, n) => `se on purettuna yli ${n / MIB} Mt`,
    sv: (_m, n) => `den är större än ${n / MIB} MB uppackad`,
    en: (_m, n) => `it unpacks to more than ${n / MIB} MB`,
  },
  partBytes: {
    fi: (_m, n) => `jokin sen osista on purettuna yli ${size(n, 'fi')}`,
    sv: (_m, n) => `någon av dess delar är större än ${size(n, 'sv')} uppackad`,
    en: (_m, n) => `one of its parts unpacks to more than ${size(n, 'en')}`,
  },
  sheets: { fi: (m) => `siinä on yli ${m} välilehteä`, sv: (m) => `den har fler än ${m} blad`, en: (m) => `it has more than ${m} sheets` },
  rows: { fi: (m) => `siinä on yli ${m} riviä`, sv: (m) => `den har fler än ${m} rader`, en: (m) => `it has more than ${m} rows` },
  cells: { fi: (m) => `siinä on yli ${m} solua`, sv: (m) => `den har fler än ${m} celler`, en: (m) => `it has more than ${m} cells` },
  sharedStrings: {
    fi: (m) => `siinä on yli ${m} jaettua merkkijonoa`,
    sv: (m) => `den har fler än ${m} delade strängar`,
    en: (m) => `it has more than ${m} shared strings`,
  },
  cellFormats: { fi: (m) => `siinä on yli ${m} solumuotoilua`, sv: (m) => `den har fler än ${m} cellformat`, en: (m) => `it has more than ${m} cell formats` },
  time: {
    fi: (_m, n) => `sen lukeminen kesti yli ${n / 1000} sekuntia`,
    sv: (_m, n) => `det tog mer än ${n / 1000} sekunder att läsa den`,
    en: (_m, n) => `reading it took more than ${n / 1000} seconds`,
  },
  memory: {
    fi: (_m, n) => `sen lukeminen vaati yli ${n} Mt muistia`,
    sv: (_m, n) => `det krävde mer än ${n} MB minne att läsa den`,
    en: (_m, n) => `reading it needed more than ${n} MB of memory`,
  },
};

const ADVICE: Record<Lang, string> = {
  fi: 'Lähetä täytetty Ilmastoyhteistyön pohja (template.xlsx) ilman ylimääräisiä välilehtiä, rivejä tai liitteitä.',
  sv: 'Skicka den ifyllda mallen från Ilmastoyhteistyö (template.xlsx) utan extra blad, rader eller bilagor.',
  en: 'Send the filled Ilmastoyhteistyö template (template.xlsx) without extra sheets, rows or attachments.',
};

/**
 * The sentence for a workbook refused at a limit.
 *
 * @example
 * workbookLimitMessage('rows', 5000, 'en') // 'The workbook is too large to read: it has more than 5,000 rows. Send the filled …'
 */
export function workbookLimitMessage(kind: string | undefined, max: number | undefined, lang: Lang): string {
  const what = WHAT[(WORKBOOK_LIMIT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as WorkbookLimitKind) : 'unpackedBytes'];
  const n = max ?? 0;
  const lead = { fi: 'Työkirja on liian suuri luettavaksi', sv: 'Arbetsboken är för stor för att läsas', en: 'The workbook is too large to read' }[lang];
  return `${lead}: ${what[lang](groupThousands(n, lang), n)}. ${ADVICE[lang]}`;
}
