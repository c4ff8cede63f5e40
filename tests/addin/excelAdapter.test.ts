import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createOrUpdateSheets } from '../../addin/excel/createOrUpdateSheets';
import { readInputSheets, SheetsMissingError } from '../../addin/excel/readInputSheets';
import { MODEL_COLUMNS, modelColumn, modelRow } from '../../shared/layouts/modelsLayout';
import { PROFILE_FIELDS, profileRow } from '../../shared/layouts/profileLayout';
import { readWorkbook } from '../../shared/layouts/readWorkbook';
import { selfAssessmentColumn, selfAssessmentRow } from '../../shared/layouts/selfAssessmentLayout';
import { parseSubmission } from '../../shared/schemas/parseSubmission';
import type { Submission } from '../../shared/schemas/submissionSchema';
import { writeRecommendations } from '../../addin/excel/writeRecommendations';
import { pickLanguage } from '../../shared/i18n/pickLanguage';
import { recommend } from '../../shared/recommendation/recommend';
import { type Choice, choiceLabels, PARTICIPANT_KIND_CHOICES, RATING_CHOICES, SHARING_CHOICES, STATUS_CHOICES, YES_NO } from '../../shared/layouts/choices';
import { COLLECTION_MEMBERS, FakeNamedItemForTest, FakeRange, FakeTable, FakeWorksheet, fakeExcel, NAMED_ITEM_MEMBERS, RANGE_MEMBERS, TABLE_MEMBERS, WORKSHEET_MEMBERS } from './fakeExcel';

const fixture = JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/submissions/mid-size-town.json'), 'utf8'));

/** Types a value into a sheet cell as a user would (through the fake, outside any batch). */
function type(workbook: ReturnType<typeof fakeExcel>['workbook'], sheet: string, row: number, col: number, value: string | number) {
  workbook.sheet(sheet)!.cell(row, col).value = value;
}

describe('the fake follows the Excel API', () => {
  it.each([
    ['Range', FakeRange.prototype, RANGE_MEMBERS],
    ['Worksheet', FakeWorksheet.prototype, WORKSHEET_MEMBERS],
    ['Table', FakeTable.prototype, TABLE_MEMBERS],
    ['NamedItem', FakeNamedItemForTest.prototype, NAMED_ITEM_MEMBERS],
  ])('%s defines only members that @types/office-js has', (_name, proto, listed) => {
    const own = Object.getOwnPropertyNames(proto).filter((k) => k !== 'constructor' && !['bounds', 'each', 'write', 'read', 'cell', 'need'].includes(k));
    for (const member of own) expect(listed as readonly string[]).toContain(member);
  });

  it('lists the collection members it fakes', () => {
    expect(Object.keys(fakeExcel().workbook.worksheets).sort()).toEqual([...COLLECTION_MEMBERS.worksheets].sort());
    expect(Object.keys(fakeExcel().workbook.tables).sort()).toEqual([...COLLECTION_MEMBERS.tables].sort());
    expect(Object.keys(fakeExcel().workbook.names).sort()).toEqual([...COLLECTION_MEMBERS.names].sort());
  });
});

describe('createOrUpdateSheets', () => {
  it('creates the three sheets in three syncs with names, tables, formulas and dropdowns', async () => {
    const excel = fakeExcel();
    const result = await createOrUpdateSheets(excel.run, { lang: 'fi', dataValidation: true });
    expect(result).toEqual({ created: ['Profiili', 'Toimintamallit', 'Itsearviointi'], updated: [] });
    expect(excel.syncs).toEqual([3]);
    expect(excel.workbook.tableList.map((t) => t.name)).toEqual(['IlmModels', 'IlmSelfAssessment']);
    expect([...excel.workbook.nameList.keys()]).toEqual(PROFILE_FIELDS.map((f) => f.name));
    const models = excel.workbook.sheet('Toimintamallit')!;
    expect(models.cell(modelRow(0), modelColumn('name')).value).toBe('Maankäyttö, kaavoitus, liikenneyhteydet ja energiaratkaisut');
    expect(models.cell(modelRow(34), modelColumn('score')).formula).toMatch(/^=IF\(/);
    expect(models.cell(modelRow(0), modelColumn('status')).validation).toEqual({ list: { inCellDropDown: true, source: 'Käytössä,Suunnitteilla,Harkinnassa,Ei ajankohtainen' } });
    expect(models.cell(modelRow(0), modelColumn('ownA')).validation).toEqual({ wholeNumber: { formula1: 1, formula2: 5, operator: 'Between' } });
    expect(models.frozenRows).toBe(4);
    expect(excel.workbook.active).toBe('Profiili');
  });

  it('makes the sheets without dropdowns when data validation is not supported', async () => {
    const excel = fakeExcel();
    await createOrUpdateSheets(excel.run, { lang: 'sv', dataValidation: false });
    expect(excel.workbook.sheet('Verksamhetsmodeller')!.cell(modelRow(0), modelColumn('status')).validation).toBeUndefined();
  });

  it('keeps every entry when run again, also in another language, in the same three syncs', async () => {
    const excel = fakeExcel();
    await createOrUpdateSheets(excel.run, { lang: 'fi', dataValidation: true });
    const capacityRow = profileRow(PROFILE_FIELDS.findIndex((f) => f.key === 'capacity'));
    type(excel.workbook, 'Profiili', capacityRow, 2, 3);
    type(excel.workbook, 'Toimintamallit', modelRow(5), modelColumn('status'), 'Käytössä');
    type(excel.workbook, 'Toimintamallit', modelRow(5), modelColumn('ownB'), 5);
    type(excel.workbook, 'Itsearviointi', selfAssessmentRow(1), selfAssessmentColumn('strengths'), '=VAARALLINEN()');
    const result = await createOrUpdateSheets(excel.run, { lang: 'en', dataValidation: true });
    expect(result.updated).toEqual(['Profile', 'Operating models', 'Self-assessment']);
    expect(excel.syncs).toEqual([3, 3]);
    expect(excel.workbook.sheetList.map((s) => s.name)).toEqual(['Profile', 'Operating models', 'Self-assessment']);
    expect(excel.workbook.sheet('Profile')!.cell(capacityRow, 2).value).toBe(3);
    const models = excel.workbook.sheet('Operating models')!;
    expect(models.cell(modelRow(5), modelColumn('status')).value).toBe('In use');
    expect(models.cell(modelRow(5), modelColumn('ownB')).value).toBe(5);
    const strengths = excel.workbook.sheet('Self-assessment')!.cell(selfAssessmentRow(1), selfAssessmentColumn('strengths'));
    expect([strengths.value, strengths.formula]).toEqual(['=VAARALLINEN()', undefined]);
  });

  it('uses the same number of syncs for 7 or 20 themes', async () => {
    const small = fakeExcel();
    await createOrUpdateSheets(small.run, { lang: 'fi', dataValidation: true });
    const large = fakeExcel();
    await createOrUpdateSheets(large.run, { lang: 'fi', dataValidation: true, themeIds: Array.from({ length: 20 }, (_, i) => `teema-${i}`) });
    expect(large.workbook.sheet('Itsearviointi')!.cell(selfAssessmentRow(19), selfAssessmentColumn('themeId')).value).toBe('teema-19');
    expect(large.syncs).toEqual(small.syncs);
  });
});

describe('re-runs and damaged workbooks', () => {
  it('runs create three times and recommendations twice: table names are freed before they are reused', async () => {
    const excel = fakeExcel();
    for (const lang of ['fi', 'fi', 'sv'] as const) await createOrUpdateSheets(excel.run, { lang, dataValidation: true });
    const parsed = parseSubmission(fixture) as { ok: true; value: Submission };
    const rec = pickLanguage(recommend(parsed.value), 'sv');
    await writeRecommendations(excel.run, rec, 'sv');
    await writeRecommendations(excel.run, rec, 'sv');
    expect(excel.workbook.sheetList.map((s) => s.name)).toEqual(['Profil', 'Verksamhetsmodeller', 'Självvärdering', 'Rekommendationer']);
    expect(excel.workbook.tableList.map((t) => t.name).sort()).toEqual(['IlmModels', 'IlmRecApproaches', 'IlmRecModels', 'IlmSelfAssessment']);
    expect(excel.syncs).toEqual([3, 3, 3, 2, 3]);
  });

  it('rebuilds after the user deleted the Profile sheet (its names point at #REF!)', async () => {
    const excel = fakeExcel();
    await createOrUpdateSheets(excel.run, { lang: 'fi', dataValidation: true });
    excel.workbook.sheet('Profiili')!.delete();
    await expect(readInputSheets(excel.run)).rejects.toBeInstanceOf(SheetsMissingError);
    const result = await createOrUpdateSheets(excel.run, { lang: 'fi', dataValidation: true });
    expect(result).toEqual({ created: ['Profiili'], updated: ['Toimintamallit', 'Itsearviointi'] });
    expect((await readInputSheets(excel.run)).profile).toHaveLength(PROFILE_FIELDS.length);
  });

  it('takes a free title when a user sheet has the same name in another case', async () => {
    const excel = fakeExcel();
    excel.workbook.worksheets.add('profiili');
    await createOrUpdateSheets(excel.run, { lang: 'fi', dataValidation: true });
    expect(excel.workbook.sheetList.map((s) => s.name)).toEqual(['profiili', 'Profiili (2)', 'Toimintamallit', 'Itsearviointi']);
  });

  it('rewrites typed texts without what a saved file cannot hold: a pasted vertical tab becomes a line break', async () => {
    const excel = fakeExcel();
    await createOrUpdateSheets(excel.run, { lang: 'fi', dataValidation: true });
    const nameRow = profileRow(PROFILE_FIELDS.findIndex((f) => f.key === 'name'));
    type(excel.workbook, 'Profiili', nameRow, 2, 'Kunta\u0001\uFFFF');
    type(excel.workbook, 'Toimintamallit', modelRow(2), modelColumn('notes'), '\u0002=1+1');
    type(excel.workbook, 'Itsearviointi', selfAssessmentRow(0), selfAssessmentColumn('strengths'), 'Rivi\vtoinen\uD800');
    await createOrUpdateSheets(excel.run, { lang: 'fi', dataValidation: true });
    const notes = excel.workbook.sheet('Toimintamallit')!.cell(modelRow(2), modelColumn('notes'));
    expect([
      excel.workbook.sheet('Profiili')!.cell(nameRow, 2).value,
      [notes.value, notes.formula],
      excel.workbook.sheet('Itsearviointi')!.cell(selfAssessmentRow(0), selfAssessmentColumn('strengths')).value,
    ]).toEqual(['Kunta', ['=1+1', undefined], 'Rivi\ntoinen']);
  });

  it('formats text inputs as text before writing, so "00123" stays text', async () => {
    const excel = fakeExcel();
    await createOrUpdateSheets(excel.run, { lang: 'fi', dataValidation: true });
    expect(excel.workbook.sheet('Toimintamallit')!.cell(modelRow(0), modelColumn('notes')).numberFormat).toBe('@');
    expect(excel.workbook.sheet('Itsearviointi')!.cell(selfAssessmentRow(0), selfAssessmentColumn('strengths')).numberFormat).toBe('@');
    expect(excel.workbook.sheet('Profiili')!.cell(profileRow(PROFILE_FIELDS.findIndex((f) => f.key === 'name')), 2).numberFormat).toBe('@');
  });
});

describe('dropdown labels', () => {
  it.each(['fi', 'sv', 'en'] as const)('contain no comma in %s (Excel splits list sources on commas)', (lang) => {
    const all = [STATUS_CHOICES, SHARING_CHOICES, RATING_CHOICES, YES_NO, PARTICIPANT_KIND_CHOICES] as readonly (readonly Choice<string | number | boolean>[])[];
    for (const choices of all) for (const label of choiceLabels(choices, lang)) expect(label).not.toContain(',');
  });
});

describe('readInputSheets', () => {
  it('reads in one sync, and what was typed comes back as a valid submission', async () => {
    const excel = fakeExcel();
    await createOrUpdateSheets(excel.run, { lang: 'fi', dataValidation: true });
    const row = (key: string) => profileRow(PROFILE_FIELDS.findIndex((f) => f.key === key));
    type(excel.workbook, 'Profiili', row('name'), 2, fixture.participant.name);
    type(excel.workbook, 'Profiili', row('kind'), 2, 'Kunta');
    type(excel.workbook, 'Profiili', row('capacity'), 2, 2);
    for (const k of ['existingCooperation', 'wantsCommitments', 'frontrunnerBase', 'badgesPlanned']) type(excel.workbook, 'Profiili', row(k), 2, 'Ei');
    for (const g of ['A', 'B', 'C', 'D', 'E']) type(excel.workbook, 'Profiili', row(`weight${g}`), 2, 3);
    type(excel.workbook, 'Toimintamallit', modelRow(3), modelColumn('status'), 'Suunnitteilla');
    const values = await readInputSheets(excel.run);
    expect(excel.syncs).toEqual([3, 1]);
    const parsed = parseSubmission(readWorkbook(values).input);
    expect(parsed.ok && parsed.value.models.find((m) => m.modelId === 'permits-and-authority')!.status).toBe('planned');
    expect(values.models[0]).toHaveLength(MODEL_COLUMNS.length);
  });

  it('says the sheets are missing in an empty workbook', async () => {
    await expect(readInputSheets(fakeExcel().run)).rejects.toBeInstanceOf(SheetsMissingError);
  });
});
