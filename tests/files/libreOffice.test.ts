/**
 * The xlsx files opened in a second spreadsheet program: LibreOffice Calc recalculates every
 * formula of the participant's sheets (goal fit, feasibility, score, suggested capacity) and must get
 * the server's numbers; texts a participant wrote must come back as the same plain strings, never
 * as formulas or numbers; the template and the coordinator workbook must open at all.
 */
import type ExcelJS from 'exceljs';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';
import { writeReportXlsx } from '../../functions/xlsx/writeReportXlsx';
import { CATALOG_DATA as CATALOG } from '../../shared/catalog/catalogData';
import { DEFAULT_THEMES } from '../../shared/catalog/themes';
import type { Lang } from '../../shared/i18n/lang';
import { coordinatorSheets } from '../../shared/layouts/coordinatorSheets';
import { MODEL_COLUMNS, modelColumn, modelRow, MODELS_SHEET } from '../../shared/layouts/modelsLayout';
import { PROFILE_FIELDS, PROFILE_SHEET, profileRow } from '../../shared/layouts/profileLayout';
import type { ReportSheet } from '../../shared/layouts/reportSheet';
import { SELF_ASSESSMENT_SHEET, selfAssessmentColumn, selfAssessmentRow } from '../../shared/layouts/selfAssessmentLayout';
import { SELF_ASSESSMENT_TEXT_FIELDS, type Submission } from '../../shared/schemas/submissionSchema';
import { suggestCapacity } from '../../shared/scoring/feasibility';
import { computeModelScores } from '../../shared/scoring/scoreModels';
import { convertWithLibreOffice } from '../helpers/libreOffice';
import { makeSubmission } from '../helpers/makeSubmission';
import { withVisits } from './visitRoundData';
import { coordinatorDataFor, loadFixtures, loadWorkbook, sheet } from './xlsxTestData';

const fixtures = loadFixtures();
const THEME_IDS = DEFAULT_THEMES.map((t) => t.id);

/** Texts a spreadsheet could take for a formula, a number or a control (SYSTEM.md: = + - @, tab, CR). */
const RISKY = [
  '=HYPERLINK("http://example.invalid/x","klikkaa")',
  '+358 40 123 4567',
  '-1',
  '@SUM(A1)',
  '\t=1+1',
  '\r=2+2',
  '=1+1',
  '-2+3',
  '+A1*2',
  '=cmd|\' /C calc\'!A0',
  '0012',
  '1e5',
  'TRUE',
  '_x0041_ is not A',
] as const;

// --- the workbooks, all converted by one LibreOffice run -------------------------------------------------

interface ScoreCase {
  name: string;
  lang: Lang;
  submission: Submission;
}

const withCapacityFigures = (staffFte: number | undefined, budgetEurPerYear: number | undefined, capacity: 1 | 2 | 3): Submission => {
  const s = makeSubmission();
  return { ...s, profile: { ...s.profile, capacity, ...(staffFte !== undefined ? { staffFte } : {}), ...(budgetEurPerYear !== undefined ? { budgetEurPerYear } : {}) } };
};

const scoreCases: ScoreCase[] = [
  ...fixtures.map((f) => ({ name: `fi-${f.name}`, lang: 'fi' as const, submission: f.submission })),
  { name: `sv-${fixtures[2]!.name}`, lang: 'sv', submission: fixtures[2]!.submission },
  { name: `en-${fixtures[2]!.name}`, lang: 'en', submission: fixtures[2]!.submission },
  // The suggested-capacity thresholds (0.5 and 2 effective FTE) from both sides, and each figure alone.
  { name: 'cap-a', lang: 'fi', submission: withCapacityFigures(0.2, 5000, 1) },
  { name: 'cap-b', lang: 'fi', submission: withCapacityFigures(0.5, 0, 3) },
  { name: 'cap-c', lang: 'en', submission: withCapacityFigures(0.49, undefined, 2) },
  { name: 'cap-d', lang: 'fi', submission: withCapacityFigures(1.5, 30000, 1) },
  { name: 'cap-e', lang: 'sv', submission: withCapacityFigures(undefined, 119_999, 3) },
  { name: 'cap-f', lang: 'fi', submission: withCapacityFigures(1.999, 60, 2) },
  { name: 'cap-g', lang: 'fi', submission: withCapacityFigures(undefined, undefined, 2) },
];

/** No weight at all (the schema refuses it, but a half-filled sheet has it): the sheet shows no goal fit or score. */
const zeroWeights: Submission = { ...fixtures[0]!.submission, goalWeights: { A: 0, B: 0, C: 0, D: 0, E: 0 } };

/** A participant who typed risky texts everywhere a text goes, named as if it were a formula. */
function riskySubmission(): Submission {
  const base = makeSubmission({ participant: { name: '=HYPERLINK("http://example.invalid","Kunta")', kind: 'municipality' } });
  return {
    ...base,
    models: CATALOG.models.slice(0, RISKY.length).map((m, i) => ({ modelId: m.id, status: 'considering' as const, notes: RISKY[i]! })),
    selfAssessment: THEME_IDS.map((themeId, t) => ({
      themeId,
      rating: 1 + (t % 5),
      sharing: 'named' as const,
      currentPractice: RISKY[(t * 4) % RISKY.length]!,
      strengths: RISKY[(t * 4 + 1) % RISKY.length]!,
      developmentAreas: RISKY[(t * 4 + 2) % RISKY.length]!,
      evidence: RISKY[(t * 4 + 3) % RISKY.length]!,
    })),
  };
}
const risky = riskySubmission();

/** A round whose participants include the risky one (sharing `named`) and names that start like formulas. */
const riskyRound = coordinatorDataFor(
  { roundId: 'kets-2026-syksy', name: '=Kierros+1', participantKind: 'mixed', themes: THEME_IDS.map((id) => ({ id })), phases: [{ phaseId: 'organise', start: '2026-09-01', end: '2026-09-30' }] },
  [
    { participantId: 'evil', name: '=HYPERLINK("http://example.invalid","Kunta")', submission: risky },
    { participantId: 'plus', name: '+358 Oy', submission: { ...fixtures[1]!.submission, participant: { ...fixtures[1]!.submission.participant, name: '+358 Oy' } } },
    { participantId: 'minus', name: '-1', submission: { ...fixtures[3]!.submission, participant: { ...fixtures[3]!.submission.participant, name: '-1' } } },
    { participantId: 'at', name: '@Kunta', submission: null },
  ],
);
const riskySheets = coordinatorSheets(riskyRound, 'fi');
/** The same round with its visits: risky report texts on the Visits, Report texts and Summary sheets. */
const riskyVisitSheets = coordinatorSheets(withVisits(riskyRound, RISKY), 'fi');

const plainRound = coordinatorDataFor(
  { roundId: 'kets-2026-kevat', name: 'KETS kevät 2026', participantKind: 'municipalities', themes: THEME_IDS.map((id) => ({ id })), phases: [] },
  fixtures.map((f, i) => ({ participantId: `p${i}`, name: f.submission.participant.name, submission: f.submission })),
);

let converted: Record<string, ExcelJS.Workbook>;

beforeAll(async () => {
  const files: Record<string, Buffer> = {};
  for (const c of scoreCases) files[c.name] = await participantXlsx(c.lang, { submission: c.submission });
  files['zero-weights'] = await participantXlsx('fi', { submission: zeroWeights });
  files['risky-participant'] = await participantXlsx('fi', { submission: risky });
  files['risky-coordinator'] = await writeReportXlsx(riskySheets);
  files['risky-visits'] = await writeReportXlsx(riskyVisitSheets);
  for (const lang of ['fi', 'sv', 'en'] as const) {
    files[`template-${lang}`] = await participantXlsx(lang);
    files[`coordinator-${lang}`] = await writeReportXlsx(coordinatorSheets(plainRound, lang));
  }
  const out = await convertWithLibreOffice(files);
  converted = {};
  for (const [name, bytes] of Object.entries(out)) converted[name] = await loadWorkbook(bytes);
}, 120_000);

// --- (a) formulas ---------------------------------------------------------------------------------------

/** A formula cell's result as LibreOffice computed it; fails for anything that is not a formula. */
function formulaResult(cell: ExcelJS.Cell): unknown {
  const v = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
  if (!v || typeof v !== 'object' || !('formula' in v || 'sharedFormula' in v)) throw new Error(`${cell.address} is not a formula: ${JSON.stringify(v)}`);
  return v.result ?? '';
}

const near = (actual: unknown, expected: number) => typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9;

describe('LibreOffice recalculates the models sheet to the server’s numbers', () => {
  it.each(scoreCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const ws = sheet(converted[c.name]!, MODELS_SHEET.title[c.lang]);
    // The hidden key row still names the columns where the layout puts them.
    expect(MODEL_COLUMNS.map((col) => ws.getRow(MODELS_SHEET.headerRow - 1).getCell(modelColumn(col.key)).value)).toEqual(MODEL_COLUMNS.map((col) => col.key));
    const server = computeModelScores({ capacity: c.submission.profile.capacity, goalWeights: c.submission.goalWeights, models: c.submission.models });
    const mismatches: string[] = [];
    server.forEach((m, i) => {
      const row = ws.getRow(modelRow(i));
      expect(row.getCell(modelColumn('modelId')).value).toBe(CATALOG.models[i]!.id);
      const got = {
        goalFit: formulaResult(row.getCell(modelColumn('goalFit'))),
        feasibility: formulaResult(row.getCell(modelColumn('feasibility'))),
        score: formulaResult(row.getCell(modelColumn('score'))),
      };
      for (const key of ['goalFit', 'feasibility', 'score'] as const) {
        if (!near(got[key], m[key])) mismatches.push(`${m.modelId} ${key}: sheet ${JSON.stringify(got[key])}, server ${m[key]}`);
      }
    });
    expect(mismatches).toEqual([]);
  });

  it('shows an empty goal fit and score (not 0, not an error) where no goal has a weight', () => {
    const ws = sheet(converted['zero-weights']!, MODELS_SHEET.title.fi);
    const server = computeModelScores({ capacity: zeroWeights.profile.capacity, goalWeights: zeroWeights.goalWeights, models: zeroWeights.models });
    server.forEach((m, i) => {
      const row = ws.getRow(modelRow(i));
      expect([formulaResult(row.getCell(modelColumn('goalFit'))), formulaResult(row.getCell(modelColumn('score')))]).toEqual(['', '']);
      expect(near(formulaResult(row.getCell(modelColumn('feasibility'))), m.feasibility)).toBe(true);
    });
  });

  it.each(scoreCases.map((c) => [c.name, c] as const))('suggested capacity on the Profile: %s', (_name, c) => {
    const ws = sheet(converted[c.name]!, PROFILE_SHEET.title[c.lang]);
    const index = PROFILE_FIELDS.findIndex((f) => f.key === 'suggestedCapacity');
    const { staffFte, budgetEurPerYear } = c.submission.profile;
    const expected = staffFte === undefined && budgetEurPerYear === undefined ? '' : suggestCapacity(staffFte, budgetEurPerYear);
    expect(formulaResult(ws.getCell(profileRow(index), PROFILE_SHEET.valueColumn))).toBe(expected);
  });

  it('covers every suggested level and both empty and filled figures', () => {
    const levels = scoreCases.map((c) => (c.submission.profile.staffFte === undefined && c.submission.profile.budgetEurPerYear === undefined ? '' : suggestCapacity(c.submission.profile.staffFte, c.submission.profile.budgetEurPerYear)));
    expect(new Set(levels)).toEqual(new Set(['', 1, 2, 3]));
    expect(new Set(scoreCases.map((c) => c.submission.profile.capacity))).toEqual(new Set([1, 2, 3]));
  });
});

// --- (b) texts stay texts ---------------------------------------------------------------------------------

/** The cell must be a plain string equal to `expected`: not a formula, not a number, not rich text. */
function expectPlainText(ws: ExcelJS.Worksheet, row: number, col: number, expected: string, where: string): string | undefined {
  const value = ws.getCell(row, col).value;
  if (typeof value === 'string' && value === expected) return undefined;
  return `${ws.name}!${ws.getCell(row, col).address} (${where}): expected ${JSON.stringify(expected)}, got ${JSON.stringify(value)}`;
}

/** Compares every declared cell of every report sheet with what LibreOffice gives back. */
function compareDeclared(wb: ExcelJS.Workbook, sheets: readonly ReportSheet[]): string[] {
  const problems: string[] = [];
  for (const s of sheets) {
    const ws = sheet(wb, s.title);
    for (const b of s.blocks) {
      if (b.kind === 'line') {
        const p = expectPlainText(ws, b.row, 1, b.text, 'line');
        if (p) problems.push(p);
      } else if (b.kind === 'table') {
        b.rows.forEach((r, ri) =>
          r.forEach((v, ci) => {
            const cell = ws.getCell(b.row + 1 + ri, ci + 1);
            if (typeof v === 'string' && v !== '') {
              const p = expectPlainText(ws, b.row + 1 + ri, ci + 1, v, `${b.name}.${b.columns[ci]!.key}`);
              if (p) problems.push(p);
            } else if (typeof v === 'number' && cell.value !== v) {
              problems.push(`${ws.name}!${cell.address}: expected the number ${v}, got ${JSON.stringify(cell.value)}`);
            } else if ((v === null || v === '') && cell.value !== null && cell.value !== '') {
              problems.push(`${ws.name}!${cell.address}: expected empty, got ${JSON.stringify(cell.value)}`);
            }
          }),
        );
      }
    }
  }
  return problems;
}

describe('texts a participant wrote come back from LibreOffice as the same strings', () => {
  it('on the participant’s own sheets (name, notes, every self-assessment text)', () => {
    const wb = converted['risky-participant']!;
    const problems: (string | undefined)[] = [];
    const profile = sheet(wb, PROFILE_SHEET.title.fi);
    problems.push(expectPlainText(profile, profileRow(PROFILE_FIELDS.findIndex((f) => f.key === 'name')), PROFILE_SHEET.valueColumn, risky.participant.name, 'name'));
    const models = sheet(wb, MODELS_SHEET.title.fi);
    risky.models.forEach((m) => {
      const i = CATALOG.models.findIndex((x) => x.id === m.modelId);
      problems.push(expectPlainText(models, modelRow(i), modelColumn('notes'), m.notes!, `${m.modelId} notes`));
    });
    const self = sheet(wb, SELF_ASSESSMENT_SHEET.title.fi);
    risky.selfAssessment.forEach((item, i) => {
      for (const field of SELF_ASSESSMENT_TEXT_FIELDS) problems.push(expectPlainText(self, selfAssessmentRow(i), selfAssessmentColumn(field), item[field]!, `${item.themeId} ${field}`));
    });
    expect(problems.filter(Boolean)).toEqual([]);
    // Every risky text was actually written somewhere (the checks above are not vacuous).
    const written = new Set([...risky.models.map((m) => m.notes), ...risky.selfAssessment.flatMap((i) => SELF_ASSESSMENT_TEXT_FIELDS.map((f) => i[f]))]);
    expect(RISKY.filter((t) => !written.has(t))).toEqual([]);
  });

  it('in the coordinator workbook: every declared cell, names and texts that look like formulas included', () => {
    expect(compareDeclared(converted['risky-coordinator']!, riskySheets)).toEqual([]);
  });

  it('in the coordinator workbook with visits: the Visits and Report texts sheets and the Summary’s team findings', () => {
    expect(riskyVisitSheets.map((s) => s.title).slice(-2)).toEqual(['Vierailut', 'Raporttien tekstit']);
    expect(converted['risky-visits']!.worksheets.map((w) => w.name)).toEqual(riskyVisitSheets.map((s) => s.title));
    expect(compareDeclared(converted['risky-visits']!, riskyVisitSheets)).toEqual([]);
  });

  it('the risky texts and names are really on the Combined and Summary sheets (as strings)', () => {
    const wb = converted['risky-coordinator']!;
    const strings = (title: string) => {
      const out = new Set<string>();
      sheet(wb, title).eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && out.add(cell.value))));
      return out;
    };
    const combined = strings('Yhdistetty aineisto');
    const summary = strings('Yhteenveto');
    const shownOnSummary = (t: string) => t.trim();
    const texts = risky.selfAssessment.flatMap((i) => SELF_ASSESSMENT_TEXT_FIELDS.map((f) => i[f]!));
    expect(texts.filter((t) => !combined.has(t))).toEqual([]);
    const summaryTexts = risky.selfAssessment.flatMap((i) => (['currentPractice', 'strengths', 'developmentAreas'] as const).map((f) => shownOnSummary(i[f]!)));
    expect(summaryTexts.filter((t) => !summary.has(t))).toEqual([]);
    // Named texts carry the participant's name, itself a would-be formula.
    expect(summary.has(risky.participant.name)).toBe(true);
    for (const name of riskyRound.participants.map((p) => p.name)) expect([name, strings('Osallistujat').has(name)]).toEqual([name, true]);
    expect(strings('Kierros').has('=Kierros+1')).toBe(true);
  });
});

// --- (c) the files open ----------------------------------------------------------------------------------

describe('LibreOffice opens the template and the coordinator workbook', () => {
  it.each(['fi', 'sv', 'en'] as const)('template in %s', (lang) => {
    const wb = converted[`template-${lang}`]!;
    expect(wb.worksheets.map((w) => w.name)).toEqual([PROFILE_SHEET.title[lang], MODELS_SHEET.title[lang], SELF_ASSESSMENT_SHEET.title[lang]]);
    expect(wb.definedNames.getRanges('IlmCapacity').ranges).toEqual([`${PROFILE_SHEET.title[lang]}!$B$${profileRow(PROFILE_FIELDS.findIndex((f) => f.key === 'capacity'))}`]);
    const models = sheet(wb, MODELS_SHEET.title[lang]);
    expect(models.getCell(modelRow(CATALOG.models.length - 1), modelColumn('modelId')).value).toBe(CATALOG.models.at(-1)!.id);
    // An empty template has no weights yet: goal fit and score stay empty rather than #DIV/0!.
    expect(formulaResult(models.getCell(modelRow(0), modelColumn('goalFit')))).toBe('');
  });

  it.each(['fi', 'sv', 'en'] as const)('coordinator workbook in %s', (lang) => {
    const wb = converted[`coordinator-${lang}`]!;
    const expected = coordinatorSheets(plainRound, lang).map((s) => s.title);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expected);
    expect(compareDeclared(wb, coordinatorSheets(plainRound, lang))).toEqual([]);
  });

  it('names the sheets as the brief says in Finnish', () => {
    expect(converted['coordinator-fi']!.worksheets.map((w) => w.name)).toEqual(['Kierros', 'Osallistujat', 'Yhteenveto', 'Yhdistetty aineisto', 'Haastattelut']);
  });
});
