/**
 * Sharing levels in the files themselves (SYSTEM.md "Sharing levels"): every text a participant wrote
 * carries a unique marker naming its author, level and field; the coordinator workbook and the shared
 * recommended-model sheet are built, written to .xlsx bytes and searched — cell by cell with exceljs
 * and, for "nowhere", in every XML part of the zip.
 */
import { writeReportXlsx } from '../../functions/xlsx/writeReportXlsx';
import { CATALOG_DATA as CATALOG } from '../../shared/catalog/catalogData';
import { DEFAULT_THEMES } from '../../shared/catalog/themes';
import type { Lang } from '../../shared/i18n/lang';
import { coordinatorSheets } from '../../shared/layouts/coordinatorSheets';
import { REPORT_TABLES } from '../../shared/layouts/reportTables';
import { sharedModelsSheet } from '../../shared/layouts/sharedModelsSheet';
import type { ReportSheet } from '../../shared/layouts/reportSheet';
import { sharedModelsData } from '../../shared/rounds/coordinatorData';
import type { SharingLevel, Submission } from '../../shared/schemas/submissionSchema';
import { makeSubmission } from '../helpers/makeSubmission';
import { coordinatorDataFor, declaredTable, loadWorkbook, partsContaining, sheetCells, zipEntries } from './xlsxTestData';

const THEME_IDS = DEFAULT_THEMES.map((t) => t.id);
const LEVELS: readonly SharingLevel[] = ['team', 'summary', 'named'];
const TEXT_FIELDS = ['currentPractice', 'strengths', 'developmentAreas', 'evidence'] as const;
/** Every marker starts with this; nothing else in a file does. */
const PREFIX = 'QJX';

interface Marker {
  text: string;
  participantId: string;
  level: SharingLevel | 'notes';
  field: (typeof TEXT_FIELDS)[number] | 'notes';
}

const PARTICIPANTS = [
  { participantId: 'alfa', name: 'Alfaniemen kunta' },
  { participantId: 'beta', name: 'Betalan kaupunki' },
  { participantId: 'gamma', name: 'Gammasen Konepaja Oy' },
  { participantId: 'delta', name: 'Deltajoen seutukunta' },
];

const markers: Marker[] = [];

function submissionFor(p: (typeof PARTICIPANTS)[number], index: number): Submission {
  const base = makeSubmission({ participant: { name: p.name, kind: index === 2 ? 'company' : 'municipality' } });
  const mark = (level: Marker['level'], field: Marker['field'], where: string) => {
    const text = `${PREFIX}${p.participantId}${level}${field}${where}Z`;
    markers.push({ text, participantId: p.participantId, level, field });
    return text;
  };
  return {
    ...base,
    goalWeights: { A: 1 + index, B: 2, C: 0, D: 5 - index, E: 1 },
    models: CATALOG.models.map((m, i) => ({
      modelId: m.id,
      status: (['in-use', 'planned', 'considering', 'not-relevant'] as const)[(i + index) % 4]!,
      impact: { A: 1 + ((i + index) % 5), D: 1 + ((i * 2 + index) % 5) },
      ...(i % 4 === index ? { notes: mark('notes', 'notes', `m${i}`) } : {}),
    })),
    selfAssessment: THEME_IDS.map((themeId, t) => {
      const level = LEVELS[(t + index) % 3]!;
      return {
        themeId,
        rating: 1 + ((t + index) % 5),
        sharing: level,
        ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, mark(level, f, `t${t}`)])),
      };
    }),
  };
}

const submissions = PARTICIPANTS.map((p, i) => submissionFor(p, i));
const data = coordinatorDataFor(
  { roundId: 'kets-2026-syksy', name: 'KETS syksy 2026', participantKind: 'mixed', themes: THEME_IDS.map((id) => ({ id })), phases: [] },
  PARTICIPANTS.map((p, i) => ({ ...p, submission: submissions[i]! })),
);
const NAMES = PARTICIPANTS.map((p) => p.name);

const of = (pred: (m: Marker) => boolean) => markers.filter(pred).map((m) => m.text);
const notes = of((m) => m.level === 'notes');
const team = of((m) => m.level === 'team');
/** What the summary may show: summary and named texts, but never evidence. */
const summaryVisible = of((m) => (m.level === 'summary' || m.level === 'named') && m.field !== 'evidence');

describe.each(['fi', 'en'] as Lang[])('the coordinator workbook (%s)', (lang) => {
  let sheets: ReportSheet[];
  let bytes: Buffer;
  let cells: Map<string, ReturnType<typeof sheetCells>>;
  const title = (key: ReportSheet['key']) => sheets.find((s) => s.key === key)!.title;

  beforeAll(async () => {
    sheets = coordinatorSheets(data, lang);
    bytes = await writeReportXlsx(sheets);
    const wb = await loadWorkbook(bytes);
    cells = new Map(wb.worksheets.map((ws) => [ws.name, sheetCells(ws)]));
  });

  /** The sheets whose cells contain `needle`. */
  const sheetsWith = (needle: string) => [...cells].filter(([, list]) => list.some((c) => c.text.includes(needle))).map(([name]) => name);

  it('has the markers to look for (every level, every field, notes)', () => {
    expect(new Set(markers.map((m) => `${m.level}/${m.field}`)).size).toBe(3 * 4 + 1);
    expect(notes.length).toBeGreaterThanOrEqual(PARTICIPANTS.length);
    expect(sheets.map((s) => s.key)).toEqual(['round', 'participants', 'summary', 'combined', 'interviews']);
    if (lang === 'fi') expect(title('combined')).toBe('Yhdistetty aineisto');
  });

  it('carries no model note anywhere in the file', () => {
    const entries = zipEntries(bytes);
    expect(entries.size).toBeGreaterThan(5);
    expect(notes.flatMap((n) => partsContaining(entries, n).map((part) => `${n} in ${part}`))).toEqual([]);
    expect(notes.flatMap((n) => sheetsWith(n))).toEqual([]);
  });

  it('shows team-level texts on the Combined sheet only, inside its table', () => {
    const combined = cells.get(title('combined'))!;
    const { table } = declaredTable(sheets, REPORT_TABLES.combined);
    const last = table.row + table.rows.length;
    for (const t of team) {
      expect([t, sheetsWith(t)]).toEqual([t, [title('combined')]]);
      const hits = combined.filter((c) => c.text === t);
      expect(hits).toHaveLength(1);
      expect(hits[0]!.row).toBeGreaterThan(table.row);
      expect(hits[0]!.row).toBeLessThanOrEqual(last);
    }
    // Every text of every level is in the coordinator's combined data (nothing is lost there).
    const combinedTexts = new Set(combined.map((c) => c.text));
    expect(of((m) => m.level !== 'notes').filter((t) => !combinedTexts.has(t))).toEqual([]);
  });

  it('shows on the Summary exactly the summary and named texts (no team texts, no evidence)', () => {
    const summary = cells.get(title('summary'))!;
    const found = summary.filter((c) => c.text.startsWith(PREFIX)).map((c) => c.text).sort();
    expect(found).toEqual([...summaryVisible].sort());
  });

  it('names a participant on the Summary only beside its own named texts', () => {
    const summary = cells.get(title('summary'))!;
    const { table } = declaredTable(sheets, REPORT_TABLES.texts);
    const textCol = table.columns.findIndex((c) => c.key === 'text') + 1;
    const nameCol = table.columns.findIndex((c) => c.key === 'participant') + 1;
    const textAt = (row: number) => summary.find((c) => c.row === row && c.col === textCol)?.text;
    const nameCells = summary.filter((c) => NAMES.some((n) => c.text.includes(n)));
    expect(nameCells.length).toBeGreaterThan(0);
    for (const c of nameCells) {
      const p = PARTICIPANTS.find((x) => c.text === x.name);
      const marker = markers.find((m) => m.text === textAt(c.row));
      expect({ at: c.address, col: c.col, text: c.text, besideLevel: marker?.level, besideAuthor: marker?.participantId }).toEqual({
        at: c.address, col: nameCol, text: p?.name, besideLevel: 'named', besideAuthor: p?.participantId,
      });
    }
    // …and every named text does carry its author's name; summary-level texts carry none.
    for (const m of markers.filter((x) => x.field !== 'evidence' && x.field !== 'notes' && (x.level === 'named' || x.level === 'summary'))) {
      const row = summary.find((c) => c.text === m.text)!.row;
      const name = summary.find((c) => c.row === row && c.col === nameCol)?.text ?? '';
      expect([m.text, name]).toEqual([m.text, m.level === 'named' ? PARTICIPANTS.find((p) => p.participantId === m.participantId)!.name : '']);
    }
  });

  it('keeps participant names off the Summary’s other tables', () => {
    const texts = cells.get(title('summary'))!;
    const { table } = declaredTable(sheets, REPORT_TABLES.texts);
    const outside = texts.filter((c) => NAMES.some((n) => c.text.includes(n)) && (c.row <= table.row || c.row > table.row + table.rows.length));
    expect(outside).toEqual([]);
  });
});

describe.each(['fi', 'sv', 'en'] as Lang[])('the shared recommended-model sheet (%s)', (lang) => {
  let bytes: Buffer;
  beforeAll(async () => {
    // As GET /api/rounds/{roundId}/recommended-models builds it: the members' view of the round.
    const shared = sharedModelsSheet(sharedModelsData(submissions), data.round.name, lang);
    bytes = await writeReportXlsx([shared]);
  });

  it('holds the round’s numbers (the file is not empty)', async () => {
    const wb = await loadWorkbook(bytes);
    const all = sheetCells(wb.worksheets[0]!);
    expect(all.filter((c) => typeof c.value === 'number').length).toBeGreaterThan(35);
    expect(all.some((c) => c.text === CATALOG.models[0]!.name[lang])).toBe(true);
  });

  it('contains no participant name and no participant text anywhere', () => {
    const entries = zipEntries(bytes);
    const leaks = [...NAMES, ...markers.map((m) => m.text), PREFIX].flatMap((needle) => partsContaining(entries, needle).map((part) => `${needle} in ${part}`));
    expect(leaks).toEqual([]);
  });
});
