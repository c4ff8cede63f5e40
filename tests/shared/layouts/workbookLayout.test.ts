import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HyperFormula } from 'hyperformula';
import { a1, columnLetter } from '../../../shared/layouts/a1';
import { asSheetText } from '../../../shared/layouts/sheetText';
import { MODEL_COLUMNS, modelColumn, modelRow, modelRowFormulas } from '../../../shared/layouts/modelsLayout';
import { PROFILE_FIELDS, PROFILE_SHEET, profileRow } from '../../../shared/layouts/profileLayout';
import { readWorkbook } from '../../../shared/layouts/readWorkbook';
import { renderWorkbookValues } from '../../../shared/layouts/renderWorkbookValues';
import { parseSubmission } from '../../../shared/schemas/parseSubmission';
import type { Submission } from '../../../shared/schemas/submissionSchema';
import { computeModelScores } from '../../../shared/scoring/scoreModels';

const dir = path.resolve(__dirname, '../../fixtures/submissions');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const load = (f: string): Submission => {
  const r = parseSubmission(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
  if (!r.ok) throw new Error(f);
  return r.value;
};

/** What a workbook can carry: rows without any entry are the same as rows never written. */
function normalize(s: Submission) {
  return {
    participant: s.participant,
    profile: s.profile,
    goalWeights: s.goalWeights,
    roundId: s.roundId,
    participantId: s.participantId,
    models: s.models
      .filter((m) => m.status || m.notes || (m.impact && Object.keys(m.impact).length > 0))
      .map((m) => ({ ...m, impact: m.impact && Object.keys(m.impact).length > 0 ? m.impact : undefined }))
      .sort((a, b) => (a.modelId < b.modelId ? -1 : 1)),
    selfAssessment: [...s.selfAssessment].sort((a, b) => (a.themeId < b.themeId ? -1 : 1)),
  };
}

describe('a1', () => {
  it.each([[1, 'A'], [26, 'Z'], [27, 'AA'], [28, 'AB'], [702, 'ZZ'], [703, 'AAA']])('column %i is %s', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
  });
  it('makes addresses', () => expect(a1(5, 19)).toBe('S5'));
});

describe('asSheetText', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+358 40', "'+358 40"],
    ['- kulutusseuranta', "'- kulutusseuranta"],
    ['@user', "'@user"],
    ['\tsisennys', "'\tsisennys"],
    ['\rrivi', "'\rrivi"],
    ["'lainaus", "''lainaus"],
    ['Hankinnat', 'Hankinnat'],
    ['', ''],
    // Cleaned first (cleanText), so a control character cannot hide a formula from the prefix.
    ['\u0001=SUM(A1)', "'=SUM(A1)"],
    ['Rivi\vtoinen\uFFFF', 'Rivi\ntoinen'],
  ])('%p → %p', (text, expected) => expect(asSheetText(text)).toBe(expected));
});

describe('layout round trip: submission → cells → submission', () => {
  it('leaves out theme rows left empty, so a round without a default theme takes the sheet as made', () => {
    const original = load(fixtures[0]!);
    const kept = original.selfAssessment.filter((i) => i.themeId !== 'energy-audits');
    const values = renderWorkbookValues('fi', { ...original, selfAssessment: kept });
    const reading = readWorkbook(values, { participantId: original.participantId! });
    const roundThemes = kept.map((i) => i.themeId);
    const back = parseSubmission(reading.input, { themeIds: roundThemes });
    expect(back.ok && back.value.selfAssessment.map((i) => i.themeId)).toEqual(roundThemes);
    // A row with content for a theme the round dropped is still an error at its cell.
    const filled = renderWorkbookValues('fi', original);
    const strict = readWorkbook(filled, { participantId: original.participantId! });
    const refused = parseSubmission(strict.input, { themeIds: roundThemes });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.map((e) => [e.code, strict.cellFor(e.path)?.sheet])).toEqual([['unknown_theme', 'selfAssessment']]);
  });

  it.each(fixtures.flatMap((f) => (['fi', 'sv', 'en'] as const).map((lang) => [f, lang])))('%s in %s', (f, lang) => {
    const original = load(f);
    const values = renderWorkbookValues(lang as 'fi', original);
    const reading = readWorkbook(values, { participantId: original.participantId! });
    const back = parseSubmission(reading.input);
    expect(back.ok && normalize(back.value)).toEqual(normalize(original));
  });

  it('points every validation error at its cell', () => {
    const values = renderWorkbookValues('fi', load(fixtures[0]!));
    const profile = [...values.profile];
    profile[PROFILE_FIELDS.findIndex((x) => x.key === 'capacity')] = 7;
    profile[PROFILE_FIELDS.findIndex((x) => x.key === 'name')] = '';
    const models = values.models.map((r) => [...r]);
    models[2]![modelColumn('ownC') - 1] = 'paljon';
    models[4]![modelColumn('status') - 1] = 'Ehkä';
    const reading = readWorkbook({ ...values, profile, models });
    const r = parseSubmission(reading.input);
    expect(r.ok).toBe(false);
    const located = !r.ok && r.errors.map((e) => [e.code, reading.cellFor(e.path)?.sheet, reading.cellFor(e.path)?.address]);
    expect(located).toEqual(expect.arrayContaining([
      ['required', 'profile', `B${profileRow(PROFILE_FIELDS.findIndex((x) => x.key === 'name'))}`],
      ['invalid_value', 'profile', `B${profileRow(PROFILE_FIELDS.findIndex((x) => x.key === 'capacity'))}`],
      ['invalid_type', 'models', `${columnLetter(modelColumn('ownC'))}${modelRow(2)}`],
      ['invalid_value', 'models', `${columnLetter(modelColumn('status'))}${modelRow(4)}`],
    ]));
    expect(PROFILE_SHEET.valueColumn).toBe(2);
  });
});

describe('sheet formulas give the server’s numbers (HyperFormula evaluates the layout’s formulas)', () => {
  it.each(fixtures)('%s', (f) => {
    const s = load(f);
    const values = renderWorkbookValues('fi', s);
    const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
    const profileId = hf.getSheetId(hf.addSheet('Profiili'))!;
    const modelsId = hf.getSheetId(hf.addSheet('Toimintamallit'))!;
    PROFILE_FIELDS.forEach((field, i) => {
      const row = profileRow(i);
      const content = field.input === 'formula' ? field.formula! : values.profile[i];
      hf.setCellContents({ sheet: profileId, row: row - 1, col: PROFILE_SHEET.valueColumn - 1 }, [[content === '' ? null : (content as string | number)]]);
      hf.addNamedExpression(field.name, `=Profiili!$B$${row}`);
    });
    // Capacity and weights are numbers in the sheet (capacity is a 1–3 whole-number input).
    values.models.forEach((cells, i) => {
      const row = modelRow(i);
      const formulas = modelRowFormulas(row);
      const rowContent = MODEL_COLUMNS.map((c, k) => (c.role === 'formula' ? formulas[c.key as keyof typeof formulas] : cells[k] === '' ? null : (cells[k] as string | number)));
      hf.setCellContents({ sheet: modelsId, row: row - 1, col: 0 }, [rowContent]);
    });
    const server = computeModelScores({ capacity: s.profile.capacity, goalWeights: s.goalWeights, models: s.models });
    server.forEach((m, i) => {
      const row = modelRow(i) - 1;
      const get = (key: string) => hf.getCellValue({ sheet: modelsId, row, col: modelColumn(key) - 1 });
      expect(get('goalFit')).toBeCloseTo(m.goalFit, 9);
      expect(get('feasibility')).toBeCloseTo(m.feasibility, 12);
      expect(get('score')).toBeCloseTo(m.score, 9);
    });
    const suggested = hf.getCellValue({ sheet: profileId, row: profileRow(PROFILE_FIELDS.findIndex((x) => x.key === 'suggestedCapacity')) - 1, col: 1 });
    expect(typeof suggested).toBe('number');
  });
});
