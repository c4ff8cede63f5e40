/**
 * Files saved by other programs: our template filled and saved by openpyxl (absolute relationship
 * targets, inline strings, numbers typed as text, formulas without calculated values), the same file
 * opened and saved by LibreOffice (shared strings, calculated formulas), and Excel's shared formulas.
 * Each is read back to the exact values that were typed.
 */
import JSZip from 'jszip';
import { readParticipantXlsx } from '../../functions/xlsx/readXlsx';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';
import { CATALOG_DATA as CATALOG } from '../../shared/catalog/catalogData';
import { DEFAULT_THEMES } from '../../shared/catalog/themes';
import { a1 } from '../../shared/layouts/a1';
import { modelColumn, modelRow, MODELS_SHEET } from '../../shared/layouts/modelsLayout';
import { PROFILE_FIELDS, PROFILE_SHEET, profileRow } from '../../shared/layouts/profileLayout';
import { readWorkbook } from '../../shared/layouts/readWorkbook';
import { selfAssessmentColumn, selfAssessmentRow, SELF_ASSESSMENT_SHEET } from '../../shared/layouts/selfAssessmentLayout';
import { parseSubmission } from '../../shared/schemas/parseSubmission';
import { convertWithLibreOffice } from '../helpers/libreOffice';
import { editWithOpenpyxl, type CellEdit } from '../helpers/openpyxl';
import { zipEntries } from './xlsxTestData';

const PROFILE = PROFILE_SHEET.title.fi;
const MODELS = MODELS_SHEET.title.fi;
const SELF = SELF_ASSESSMENT_SHEET.title.fi;
const profileCell = (name: string) => a1(profileRow(PROFILE_FIELDS.findIndex((f) => f.name === name)), PROFILE_SHEET.valueColumn);
const modelCell = (modelId: string, key: string) => a1(modelRow(CATALOG.models.findIndex((m) => m.id === modelId)), modelColumn(key));
const selfCell = (row: number, key: string) => a1(selfAssessmentRow(row), selfAssessmentColumn(key));

/** What a person (or a script) types: numbers as text where a spreadsheet user might, labels in any case. */
const EDITS: CellEdit[] = [
  { sheet: PROFILE, cell: profileCell('IlmName'), value: 'Openpyxl-kunta' },
  { sheet: PROFILE, cell: profileCell('IlmKind'), value: 'Kunta' },
  { sheet: PROFILE, cell: profileCell('IlmPopulation'), value: '12 500' },
  { sheet: PROFILE, cell: profileCell('IlmStaffFte'), value: '0,5' },
  { sheet: PROFILE, cell: profileCell('IlmBudget'), value: '30000' },
  { sheet: PROFILE, cell: profileCell('IlmCapacity'), value: '2' },
  { sheet: PROFILE, cell: profileCell('IlmExistingCooperation'), value: 'Kyllä' },
  { sheet: PROFILE, cell: profileCell('IlmWantsCommitments'), value: 'Ei' },
  { sheet: PROFILE, cell: profileCell('IlmFrontrunnerBase'), value: 'ei' },
  { sheet: PROFILE, cell: profileCell('IlmBadgesPlanned'), value: 'Kyllä' },
  { sheet: PROFILE, cell: profileCell('IlmWeightA'), value: '3' },
  { sheet: PROFILE, cell: profileCell('IlmWeightB'), value: 2 },
  { sheet: PROFILE, cell: profileCell('IlmWeightC'), value: '1,5' },
  { sheet: PROFILE, cell: profileCell('IlmWeightD'), value: '0' },
  { sheet: PROFILE, cell: profileCell('IlmWeightE'), value: '4' },
  { sheet: PROFILE, cell: profileCell('IlmRoundCode'), value: 'kets-2026-syksy' },
  { sheet: MODELS, cell: modelCell('diploma', 'status'), value: 'Käytössä' },
  { sheet: MODELS, cell: modelCell('diploma', 'ownA'), value: '4' },
  { sheet: MODELS, cell: modelCell('diploma', 'notes'), value: 'Muistiinpano' },
  { sheet: MODELS, cell: modelCell(CATALOG.models[0]!.id, 'status'), value: 'Suunnitteilla' },
  { sheet: MODELS, cell: modelCell(CATALOG.models[0]!.id, 'ownD'), value: 5 },
  { sheet: SELF, cell: selfCell(0, 'rating'), value: '3' },
  { sheet: SELF, cell: selfCell(0, 'strengths'), value: 'Vahvuus' },
  { sheet: SELF, cell: selfCell(0, 'sharing'), value: 'Yhteenvetoon nimettömänä' },
  { sheet: SELF, cell: selfCell(2, 'rating'), value: '5 – Edelläkävijä' },
  { sheet: SELF, cell: selfCell(2, 'currentPractice'), value: 'Käytäntö' },
];

const EXPECTED = {
  schemaVersion: 1,
  roundId: 'kets-2026-syksy',
  participant: { name: 'Openpyxl-kunta', kind: 'municipality', population: 12500 },
  profile: { staffFte: 0.5, budgetEurPerYear: 30000, capacity: 2, facts: { existingCooperation: true, wantsCommitments: false, frontrunnerBase: false, badgesPlanned: true } },
  goalWeights: { A: 3, B: 2, C: 1.5, D: 0, E: 4 },
  models: CATALOG.models.map((m, i) =>
    m.id === 'diploma' ? { modelId: 'diploma', status: 'in-use', impact: { A: 4 }, notes: 'Muistiinpano' } : i === 0 ? { modelId: m.id, status: 'planned', impact: { D: 5 } } : { modelId: m.id },
  ),
  selfAssessment: [
    { themeId: DEFAULT_THEMES[0]!.id, rating: 3, strengths: 'Vahvuus', sharing: 'summary' },
    { themeId: DEFAULT_THEMES[2]!.id, rating: 5, currentPractice: 'Käytäntö', sharing: 'team' },
  ],
};

async function submissionOf(bytes: Buffer) {
  const file = await readParticipantXlsx(bytes);
  if (!file.ok) return file;
  const parsed = parseSubmission(readWorkbook(file.values).input, { themeIds: DEFAULT_THEMES.map((t) => t.id) });
  return parsed.ok ? parsed.value : parsed.errors;
}

/** A sheet's XML with some cells replaced, re-zipped as a spreadsheet program would. */
async function withCells(bytes: Buffer, part: string, cells: Record<string, string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file(part)!.async('string');
  for (const [address, inner] of Object.entries(cells)) {
    const re = new RegExp(`<c r="${address}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
    expect(xml).toMatch(re);
    xml = xml.replace(re, (_m, attrs: string) => `<c r="${address}"${attrs.replace(/\s*t="[^"]*"/, '')}>${inner}</c>`);
  }
  zip.file(part, xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

let viaOpenpyxl: Buffer;
let viaLibreOffice: Buffer;

beforeAll(async () => {
  viaOpenpyxl = editWithOpenpyxl(await participantXlsx('fi'), EDITS);
  viaLibreOffice = (await convertWithLibreOffice({ openpyxl: viaOpenpyxl })).openpyxl!;
}, 120_000);

describe('a template saved by another program reads back as typed', () => {
  it('openpyxl: absolute targets, inline strings, numbers as text, formulas without values', async () => {
    const parts = zipEntries(viaOpenpyxl);
    expect(parts.get('xl/worksheets/_rels/sheet2.xml.rels')).toContain('Target="/xl/tables/table1.xml"');
    expect(parts.has('xl/sharedStrings.xml')).toBe(false);
    const profile = parts.get('xl/worksheets/sheet1.xml')!;
    expect(profile).toMatch(new RegExp(`<c r="${profileCell('IlmPopulation')}"[^>]*t="inlineStr"><is><t>12 500</t></is></c>`));
    expect(profile).toMatch(new RegExp(`<c r="${profileCell('IlmSuggestedCapacity')}"[^>]*><f>[^<]+</f><v\\s*/?>(</v>)?</c>`));
    expect(await submissionOf(viaOpenpyxl)).toEqual(EXPECTED);
  });

  it('LibreOffice, after openpyxl: shared strings and calculated formulas', async () => {
    const parts = zipEntries(viaLibreOffice);
    expect(parts.get('xl/sharedStrings.xml')).toContain('<t xml:space="preserve">12 500</t>');
    // Calculated from the typed text: N("0,5") is 0 to a spreadsheet, so the suggestion is 1.
    expect(parts.get('xl/worksheets/sheet1.xml')).toMatch(new RegExp(`<c r="${profileCell('IlmSuggestedCapacity')}"[^>]*><f[^>]*>[^<]+</f><v>1</v></c>`));
    expect(await submissionOf(viaLibreOffice)).toEqual(EXPECTED);
  });

  it('Excel’s shared formulas: answers read from their calculated values', async () => {
    const [k5, k6, k7] = [0, 1, 2].map((i) => a1(modelRow(i), modelColumn('ownA')));
    const bytes = await withCells(await participantXlsx('fi'), 'xl/worksheets/sheet2.xml', {
      [k5!]: `<f t="shared" ref="${k5}:${k7}" si="0">1+2</f><v>3</v>`,
      [k6!]: '<f t="shared" si="0"/><v>3</v>',
      [k7!]: '<f t="shared" si="0"/><v>3</v>',
    });
    const file = await readParticipantXlsx(bytes);
    if (!file.ok) throw new Error(JSON.stringify(file));
    expect((readWorkbook(file.values).input.models as object[]).slice(0, 4)).toEqual([
      ...CATALOG.models.slice(0, 3).map((m) => ({ modelId: m.id, impact: { A: 3 } })),
      { modelId: CATALOG.models[3]!.id },
    ]);
  });

  it('names every answer cell whose formula has no calculated value, instead of reading it as empty', async () => {
    const [k5, k6] = [0, 1].map((i) => a1(modelRow(i), modelColumn('ownA')));
    const shared = await withCells(await participantXlsx('fi'), 'xl/worksheets/sheet2.xml', {
      [k5!]: `<f t="shared" ref="${k5}:${k6}" si="0">1+2</f>`,
      [k6!]: '<f t="shared" si="0"/>',
    });
    expect(await readParticipantXlsx(shared)).toEqual({ ok: false, code: 'formula_without_value', cells: [{ sheet: MODELS, address: k5 }, { sheet: MODELS, address: k6 }] });
    const typed = editWithOpenpyxl(viaOpenpyxl, [{ sheet: PROFILE, cell: profileCell('IlmBudget'), value: '=1000*30' }]);
    expect(await readParticipantXlsx(typed)).toEqual({ ok: false, code: 'formula_without_value', cells: [{ sheet: PROFILE, address: profileCell('IlmBudget') }] });
    // LibreOffice calculates it on saving: then it is an ordinary answer.
    const calculated = (await convertWithLibreOffice({ typed })).typed!;
    expect(await submissionOf(calculated)).toEqual(EXPECTED);
  }, 120_000);
});
