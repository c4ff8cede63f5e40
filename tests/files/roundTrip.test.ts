/**
 * A filled template read back: the exceljs writer → readParticipantXlsx → readWorkbook →
 * parseSubmission gives the very submission that filled it, straight from exceljs and after
 * LibreOffice has opened and saved the file. A wrong value is reported at its sheet and cell.
 */
import ExcelJS from 'exceljs';
import { readParticipantXlsx } from '../../functions/xlsx/readXlsx';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';
import { CATALOG_DATA as CATALOG } from '../../shared/catalog/catalogData';
import { DEFAULT_THEMES } from '../../shared/catalog/themes';
import type { Lang } from '../../shared/i18n/lang';
import { MODELS_SHEET } from '../../shared/layouts/modelsLayout';
import { PROFILE_SHEET } from '../../shared/layouts/profileLayout';
import { readWorkbook } from '../../shared/layouts/readWorkbook';
import { SELF_ASSESSMENT_SHEET } from '../../shared/layouts/selfAssessmentLayout';
import { parseSubmission } from '../../shared/schemas/parseSubmission';
import type { Submission } from '../../shared/schemas/submissionSchema';
import { convertWithLibreOffice } from '../helpers/libreOffice';
import { makeSubmission } from '../helpers/makeSubmission';
import { loadFixtures, loadWorkbook, sheet } from './xlsxTestData';

const fixtures = loadFixtures();
const THEME_IDS = DEFAULT_THEMES.map((t) => t.id);

/** What the import route does with a file, up to the validated submission or the errors with their cells. */
async function importFile(bytes: Buffer, participantId: string | undefined, themeIds: readonly string[] = THEME_IDS) {
  const file = await readParticipantXlsx(bytes);
  if (!file.ok) throw new Error(`not read: ${JSON.stringify(file)}`);
  const reading = readWorkbook(file.values, participantId ? { participantId } : {});
  const parsed = parseSubmission(reading.input, { themeIds });
  if (parsed.ok) return { ok: true as const, value: parsed.value };
  return {
    ok: false as const,
    errors: parsed.errors.map((e) => {
      const cell = reading.cellFor(e.path);
      return { code: e.code, path: e.path.join('/'), at: cell ? `${file.sheetNames[cell.sheet]}!${cell.address}` : '(no cell)' };
    }),
  };
}

/** Opens a file with exceljs, lets `edit` change it (as a person would in a spreadsheet) and saves it. */
async function editXlsx(bytes: Buffer, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = await loadWorkbook(bytes);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The cell a workbook name points at, found from the file itself (not from the layout). */
function namedCell(wb: ExcelJS.Workbook, name: string): { ws: ExcelJS.Worksheet; address: string } {
  const range = wb.definedNames.getRanges(name).ranges[0]!;
  const [sheetPart, address] = range.split('!') as [string, string];
  return { ws: sheet(wb, sheetPart.replace(/^'(.*)'$/, '$1')), address: address.replace(/\$/g, '') };
}

/** The cell of a table column (by the hidden key row) in the row whose key column holds `id`. */
function tableCell(ws: ExcelJS.Worksheet, idKey: string, id: string, key: string): ExcelJS.Cell {
  for (let r = 1; r <= 10; r += 1) {
    const keys = (ws.getRow(r).values as unknown[]).map((v) => String(v ?? ''));
    const idCol = keys.indexOf(idKey);
    const col = keys.indexOf(key);
    if (idCol < 0 || col < 0) continue;
    for (let b = r + 2; b <= ws.rowCount; b += 1) if (ws.getRow(b).getCell(idCol).value === id) return ws.getRow(b).getCell(col);
  }
  throw new Error(`no ${key} for ${id} on ${ws.name}`);
}

/** Texts that a spreadsheet or an XML layer could change. */
const TRICKY = ['=HYPERLINK("http://example.invalid","x")', '+358 40 123', '-1', '@SUM(A1)', '\tsisennetty', '\r=2+2', '_x0041_ ei ole A', 'rivi 1\nrivi 2', '  välilyönnit  ', '0012', 'TRUE', 'Å ä ö € – “”'];

function trickySubmission(): Submission {
  const base = makeSubmission({ participant: { name: '=Kunta()', kind: 'company', population: 120 } });
  return {
    ...base,
    roundId: 'kets-2026-syksy',
    participantId: 'tricky',
    profile: { ...base.profile, staffFte: 0.35, budgetEurPerYear: 12_345.5 },
    models: CATALOG.models.map((m, i) => ({
      modelId: m.id,
      ...(i % 5 === 4 ? {} : { status: (['in-use', 'planned', 'considering', 'not-relevant'] as const)[i % 4]! }),
      ...(i < TRICKY.length ? { notes: TRICKY[i]! } : {}),
      ...(i % 3 === 0 ? { impact: { A: 1 + (i % 5), C: 5 } } : {}),
    })),
    selfAssessment: THEME_IDS.map((themeId, t) => ({
      themeId,
      ...(t === 6 ? {} : { rating: 1 + (t % 5) }),
      sharing: (['team', 'summary', 'named'] as const)[t % 3]!,
      currentPractice: TRICKY[t % TRICKY.length]!,
      strengths: TRICKY[(t + 5) % TRICKY.length]!,
      ...(t % 2 === 0 ? { developmentAreas: TRICKY[(t + 9) % TRICKY.length]! } : {}),
      evidence: 'x'.repeat(4000),
    })),
  };
}

interface Case {
  name: string;
  lang: Lang;
  submission: Submission;
}

const cases: Case[] = [
  ...fixtures.map((f) => ({ name: `fi-${f.name}`, lang: 'fi' as const, submission: f.submission })),
  { name: `sv-${fixtures[0]!.name}`, lang: 'sv', submission: fixtures[0]!.submission },
  { name: `en-${fixtures[5]!.name}`, lang: 'en', submission: fixtures[5]!.submission },
  { name: 'fi-tricky', lang: 'fi', submission: trickySubmission() },
];

const original: Record<string, Buffer> = {};
let viaLibreOffice: Record<string, Buffer>;

/** Wrong values, each written into a filled fi file where a person would type it. */
const BAD: { name: string; edit: (wb: ExcelJS.Workbook) => string; expected: { code: string; path: string } }[] = [
  {
    name: 'capacity-7',
    edit: (wb) => {
      const c = namedCell(wb, 'IlmCapacity');
      c.ws.getCell(c.address).value = 7;
      return `${c.ws.name}!${c.address}`;
    },
    expected: { code: 'invalid_value', path: 'profile/capacity' },
  },
  {
    name: 'status-label',
    edit: (wb) => {
      const cell = tableCell(sheet(wb, MODELS_SHEET.title.fi), 'modelId', 'diploma', 'status');
      cell.value = 'Ehkä joskus';
      return `${MODELS_SHEET.title.fi}!${cell.address}`;
    },
    expected: { code: 'invalid_value', path: `models/${CATALOG.models.findIndex((m) => m.id === 'diploma')}/status` },
  },
  {
    name: 'own-impact-9',
    edit: (wb) => {
      const cell = tableCell(sheet(wb, MODELS_SHEET.title.fi), 'modelId', CATALOG.models[20]!.id, 'ownC');
      cell.value = 9;
      return `${MODELS_SHEET.title.fi}!${cell.address}`;
    },
    expected: { code: 'out_of_range', path: 'models/20/impact/C' },
  },
  {
    name: 'rating-text',
    edit: (wb) => {
      const cell = tableCell(sheet(wb, SELF_ASSESSMENT_SHEET.title.fi), 'themeId', 'procurement', 'rating');
      cell.value = 'kuusi';
      return `${SELF_ASSESSMENT_SHEET.title.fi}!${cell.address}`;
    },
    expected: { code: 'invalid_type', path: `selfAssessment/${THEME_IDS.indexOf('procurement')}/rating` },
  },
  {
    name: 'sharing-label',
    edit: (wb) => {
      const cell = tableCell(sheet(wb, SELF_ASSESSMENT_SHEET.title.fi), 'themeId', 'energy-audits', 'sharing');
      cell.value = 'Kaikille';
      return `${SELF_ASSESSMENT_SHEET.title.fi}!${cell.address}`;
    },
    expected: { code: 'invalid_value', path: `selfAssessment/${THEME_IDS.indexOf('energy-audits')}/sharing` },
  },
  {
    name: 'weight-word',
    edit: (wb) => {
      const c = namedCell(wb, 'IlmWeightD');
      c.ws.getCell(c.address).value = 'paljon';
      return `${c.ws.name}!${c.address}`;
    },
    expected: { code: 'invalid_type', path: 'goalWeights/D' },
  },
];
const badFiles: Record<string, { bytes: Buffer; at: string }> = {};
let badViaLibreOffice: Record<string, Buffer>;

beforeAll(async () => {
  for (const c of cases) original[c.name] = await participantXlsx(c.lang, { submission: c.submission });
  for (const b of BAD) {
    let at = '';
    const bytes = await editXlsx(original[`fi-${fixtures[3]!.name}`]!, (wb) => (at = b.edit(wb)));
    badFiles[b.name] = { bytes, at };
  }
  const out = await convertWithLibreOffice({ ...original, ...Object.fromEntries(BAD.map((b) => [`bad-${b.name}`, badFiles[b.name]!.bytes])) });
  viaLibreOffice = Object.fromEntries(cases.map((c) => [c.name, out[c.name]!]));
  badViaLibreOffice = Object.fromEntries(BAD.map((b) => [b.name, out[`bad-${b.name}`]!]));
}, 120_000);

describe('a filled template reads back as the submission that filled it', () => {
  it.each(cases.map((c) => [c.name, c] as const))('written by exceljs: %s', async (name, c) => {
    const back = await importFile(original[name]!, c.submission.participantId);
    expect(back).toEqual({ ok: true, value: c.submission });
  });

  it.each(cases.map((c) => [c.name, c] as const))('after LibreOffice opened and saved it: %s', async (name, c) => {
    const back = await importFile(viaLibreOffice[name]!, c.submission.participantId);
    expect(back).toEqual({ ok: true, value: c.submission });
  });

  it('has every field of a submission in the sheets (nothing the fixtures carry is dropped)', () => {
    // The fixtures use every top-level section and round/participant ids; readWorkbook gets the
    // participant id from the route, everything else from cells.
    const keys = new Set(fixtures.flatMap((f) => Object.keys(f.submission)));
    expect([...keys].sort()).toEqual(['goalWeights', 'models', 'participant', 'participantId', 'profile', 'roundId', 'schemaVersion', 'selfAssessment']);
    expect(fixtures.some((f) => f.submission.models.some((m) => m.notes))).toBe(true);
  });

  it('reads an empty template as no answers: every model present, empty theme rows left out, nothing invented', async () => {
    const bytes = await participantXlsx('sv');
    const file = await readParticipantXlsx(bytes);
    if (!file.ok) throw new Error(JSON.stringify(file));
    const input = readWorkbook(file.values).input as { models: object[]; selfAssessment: object[]; profile: object; goalWeights: object };
    expect(input.models).toEqual(CATALOG.models.map((m) => ({ modelId: m.id })));
    expect(input.selfAssessment).toEqual([]);
    expect([input.profile, input.goalWeights]).toEqual([{ facts: {} }, {}]);
  });
});

describe('a wrong value is reported at its sheet and cell', () => {
  it.each(BAD.map((b) => [b.name, b] as const))('%s', async (name, b) => {
    const { bytes, at } = badFiles[name]!;
    expect(at).toMatch(/^(Profiili|Toimintamallit|Itsearviointi)![A-Z]+\d+$/);
    for (const file of [bytes, badViaLibreOffice[name]!]) {
      const result = await importFile(file, 'p1');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toEqual([{ ...b.expected, at }]);
    }
  });

  it('points at the Profile sheet’s value column for the capacity', () => {
    expect(badFiles['capacity-7']!.at).toBe(`${PROFILE_SHEET.title.fi}!B11`);
  });
});
