import { readFormTables, FormSheetMissingError } from '../../addin/excel/readFormTables';
import { writeFormSheet } from '../../addin/excel/writeFormSheet';
import { highlightFormCells, selectFormCell } from '../../addin/excel/locateFormCells';
import { feedbackSheet, FEEDBACK_SHEET } from '../../shared/layouts/feedbackSheet';
import { formColumn, formTable } from '../../shared/layouts/formSheet';
import { readFeedbackSheet } from '../../shared/layouts/readFeedbackSheet';
import { readVisitSheet } from '../../shared/layouts/readVisitSheet';
import { REPORT_COLUMNS, QUESTION_COLUMNS, NOTES_COLUMNS, visitSheet, visitTableNames, type VisitSheetData } from '../../shared/layouts/visitSheet';
import { visitSheetName } from '../../shared/layouts/visitSheetName';
import { INPUT_FILL } from '../../shared/layouts/sheetStyle';
import { fakeExcel } from './fakeExcel';

const THEMES = [
  { id: 'procurement', name: { fi: 'Hankinnat', sv: 'Upphandlingar', en: 'Procurement' } },
  { id: 'energy-audits', name: { fi: 'Energiakatselmukset', sv: 'Energikartläggningar', en: 'Energy audits' } },
];

const DATA: VisitSheetData = {
  hostId: 'aura',
  hostName: 'Aura',
  themes: THEMES,
  details: {
    dates: ['2026-03-10', '2026-03-11'],
    roles: ['Kunnanjohtaja'],
    contact: { name: 'Maija Meikäläinen', role: 'Elinvoimapäällikkö', email: 'maija@aura.example' },
    material: { texts: ['=Aura aloitti 2024.'], links: [{ title: 'Ilmasto-ohjelma', url: 'https://aura.example/ilmasto' }] },
  },
  selfAssessment: [{ themeId: 'procurement', rating: 3, strengths: 'Kriteerit', sharing: 'team' }],
  questions: { themes: [{ themeId: 'procurement', questions: ['Miten kriteerit valitaan?', '+Kuka päättää?'] }], sentAt: null },
  report: {
    themes: [{ themeId: 'procurement', strengths: [{ id: 's1aaaaaa', text: 'Selkeät kriteerit' }], developmentAreas: [{ id: 'd1aaaaaa', text: 'Seuranta puuttuu' }] }],
    summary: 'Hyvä alku.',
    feedbackNotes: '',
  },
};

const NAMES = visitTableNames('aura');

describe('visitSheetName', () => {
  it.each([
    ['Aura', 'fi', '', 'Vierailu – Aura'],
    ['Aura', 'sv', '', 'Besök – Aura'],
    ['Aura', 'en', ' (v5)', 'Visit – Aura (v5)'],
    ['A/B [oy]: *?\\', 'fi', '', 'Vierailu – AB oy'],
    ["'Pori'", 'fi', '', 'Vierailu – Pori'],
    ['Pohjois-Pohjanmaan kaupunkien ilmastoverkosto', 'fi', '', 'Vierailu – Pohjois-Pohjanmaan k'],
    ['Pohjois-Pohjanmaan kaupunkien ilmastoverkosto', 'fi', ' (v12)', 'Vierailu – Pohjois-Pohjan (v12)'],
    ['Kunta 🌲🌲🌲🌲🌲🌲🌲🌲', 'en', '', 'Visit – Kunta 🌲🌲🌲🌲🌲🌲🌲🌲'],
    ['[]', 'fi', '', 'Vierailu – aura'],
  ] as const)('%s (%s%s) → %s', (name, lang, suffix, expected) => {
    const title = visitSheetName(name, 'aura', lang, suffix);
    expect([title, title.length <= 31]).toEqual([expected, true]);
  });
});

describe('the team’s Vierailu sheet', () => {
  it('is written in three syncs with the host’s material as text and input cells yellow', async () => {
    const excel = fakeExcel();
    const form = visitSheet(DATA, 'fi');
    expect(await writeFormSheet(excel.run, form, 'fi', { dataValidation: true })).toBe('Vierailu – Aura');
    expect(excel.syncs).toEqual([3]);
    const sheet = excel.workbook.sheet('Vierailu – Aura')!;
    expect([sheet.cell(1, 2).value, sheet.cell(5, 2).value, sheet.cell(5, 3).value, sheet.cell(7, 3).value]).toEqual([
      'Vierailu: Aura', 'Vierailupäivät', '10.3.2026, 11.3.2026', 'Maija Meikäläinen (Elinvoimapäällikkö), maija@aura.example',
    ]);
    expect([sheet.cell(10, 3).value, sheet.cell(10, 3).formula]).toEqual(['=Aura aloitti 2024.', undefined]);
    const q = formTable(form, NAMES.questions);
    const qCell = sheet.cell(q.row + 1, formColumn(QUESTION_COLUMNS, 'questions'));
    expect([qCell.value, qCell.fill]).toEqual(['Miten kriteerit valitaan?\n+Kuka päättää?', INPUT_FILL]);
    const r = formTable(form, NAMES.report);
    expect(r.rows).toEqual([
      ['s1aaaaaa', 'Hankinnat', 'Selkeät kriteerit', 'Vahvuus'],
      ['', 'Hankinnat', '', 'Vahvuus'],
      ['d1aaaaaa', 'Hankinnat', 'Seuranta puuttuu', 'Kehittämiskohde'],
      ['', 'Hankinnat', '', 'Kehittämiskohde'],
      ['', 'Energiakatselmukset', '', 'Vahvuus'],
      ['', 'Energiakatselmukset', '', 'Kehittämiskohde'],
    ]);
    expect(sheet.cell(r.row + 1, 2).validation).toEqual({ list: { inCellDropDown: true, source: `=$B$${q.row + 1}:$B$${q.row + 2}` } });
    expect(sheet.cell(r.row + 1, 4).validation).toEqual({ list: { inCellDropDown: true, source: 'Vahvuus,Kehittämiskohde' } });
    expect([sheet.hiddenColumns.has(1), sheet.hiddenRows.has(r.row - 1)]).toEqual([true, true]);
  });

  it.each([
    ['sv', 'Besök – Aura', 'Besök: Aura', 'Besöksdatum', '10.3.2026, 11.3.2026', 'Upphandlingar'],
    ['en', 'Visit – Aura', 'Visit: Aura', 'Visit dates', '10/3/2026, 11/3/2026', 'Procurement'],
  ] as const)('in %s: the sheet’s name, title, labels, dates and theme names', async (lang, name, title, label, dates, theme) => {
    const excel = fakeExcel();
    const form = visitSheet(DATA, lang);
    expect(await writeFormSheet(excel.run, form, lang, { dataValidation: true })).toBe(name);
    const sheet = excel.workbook.sheet(name)!;
    const q = formTable(form, NAMES.questions);
    expect([sheet.cell(1, 2).value, sheet.cell(5, 2).value, sheet.cell(5, 3).value, sheet.cell(q.row + 1, 2).value]).toEqual([title, label, dates, theme]);
  });

  it('reads back what the team wrote: ids kept, new rows without ids, in one sync', async () => {
    const excel = fakeExcel();
    const form = visitSheet(DATA, 'fi');
    await writeFormSheet(excel.run, form, 'fi', { dataValidation: true });
    const sheet = excel.workbook.sheet('Vierailu – Aura')!;
    const q = formTable(form, NAMES.questions);
    const r = formTable(form, NAMES.report);
    const n = formTable(form, NAMES.notes);
    sheet.cell(q.row + 2, 3).value = 'Tehdäänkö katselmuksia?\n\n  Kuka seuraa?  ';
    sheet.cell(r.row + 1, 3).value = 'Selkeät ja julkiset kriteerit';
    sheet.cell(r.row + 2, 3).value = 'Johto sitoutunut';
    sheet.cell(r.row + 5, 3).value = 'Katselmukset tehty';
    sheet.cell(n.row + 2, 3).value = 'Palautetilaisuus 12.3.';
    const values = await readFormTables(excel.run, { questions: NAMES.questions, report: NAMES.report, notes: NAMES.notes });
    expect(excel.syncs).toEqual([3, 1]);
    const reading = readVisitSheet(values, NAMES, THEMES, 'fi');
    expect(reading.issues).toEqual([]);
    expect(reading.questions.input).toEqual({ themes: [
      { themeId: 'procurement', questions: ['Miten kriteerit valitaan?', '+Kuka päättää?'] },
      { themeId: 'energy-audits', questions: ['Tehdäänkö katselmuksia?', 'Kuka seuraa?'] },
    ] });
    expect(reading.report.input).toEqual({
      themes: [
        { themeId: 'procurement', strengths: [{ id: 's1aaaaaa', text: 'Selkeät ja julkiset kriteerit' }, { text: 'Johto sitoutunut' }], developmentAreas: [{ id: 'd1aaaaaa', text: 'Seuranta puuttuu' }] },
        { themeId: 'energy-audits', strengths: [{ text: 'Katselmukset tehty' }], developmentAreas: [] },
      ],
      summary: 'Hyvä alku.',
      feedbackNotes: 'Palautetilaisuus 12.3.',
    });
    expect([
      reading.report.cellFor(['themes', 1, 'strengths', 0, 'text'])?.address,
      reading.report.cellFor(['summary'])?.address,
      reading.questions.cellFor(['themes', 1, 'questions', 1])?.address,
      reading.report.cellFor(['themes', 0, 'strengths', 1, 'text'])?.sheet,
    ]).toEqual([`C${r.row + 5}`, `C${n.row + 1}`, `C${q.row + 2}`, 'Vierailu – Aura']);
  });

  it('names a row whose theme or kind it does not know at that cell, and drops a copied row’s repeated id', () => {
    const keys = REPORT_COLUMNS.map((c) => c.key);
    const values = {
      questions: { sheet: 'V', headerRow: 10, keys: QUESTION_COLUMNS.map((c) => c.key), rows: [] },
      report: { sheet: 'V', headerRow: 20, keys, rows: [['x1aaaaaa', 'Vesihuolto', 'A', 'Vahvuus'], ['x2aaaaaa', 'Procurement', 'B', 'Jokin'], ['x3aaaaaa', 'upphandlingar', 'C', 'Styrka'], ['x3aaaaaa', 'Hankinnat', 'D', 'Vahvuus']] },
      notes: { sheet: 'V', headerRow: 30, keys: NOTES_COLUMNS.map((c) => c.key), rows: [] },
    };
    const reading = readVisitSheet(values, NAMES, THEMES, 'fi');
    expect(reading.issues.map((i) => [i.code, i.cell.address, i.message])).toEqual([
      ['unknown_theme', 'B21', 'Teema «Vesihuolto» ei kuulu tähän kierrokseen. Tyhjennä rivin arvio ja tekstit tai pyydä koordinaattoria lisäämään teema.'],
      ['invalid_value', 'D22', '«Laji»: valitse jokin vaihtoehdoista Vahvuus, Kehittämiskohde.'],
    ]);
    expect(reading.report.input.themes).toEqual([{ themeId: 'procurement', strengths: [{ id: 'x3aaaaaa', text: 'C' }, { text: 'D' }], developmentAreas: [] }]);
  });

  it('is replaced in place on a second write (same position, same syncs), and a copy gets its own names', async () => {
    const excel = fakeExcel();
    excel.workbook.worksheets.add('Profiili');
    await writeFormSheet(excel.run, visitSheet(DATA, 'fi'), 'fi', { dataValidation: true });
    excel.workbook.worksheets.add('Muu');
    excel.workbook.sheetList.splice(0, 0, excel.workbook.sheetList.pop()!);
    await writeFormSheet(excel.run, visitSheet({ ...DATA, hostName: 'Auran kunta' }, 'fi'), 'fi', { dataValidation: true });
    await writeFormSheet(excel.run, visitSheet(DATA, 'fi', { version: 5 }), 'fi', { dataValidation: true });
    expect(excel.syncs).toEqual([3, 3, 3]);
    expect(excel.workbook.sheetList.map((s) => s.name)).toEqual(['Muu', 'Profiili', 'Vierailu – Auran kunta', 'Vierailu – Aura (v5)']);
    expect(excel.workbook.tableList.map((t) => t.name)).toEqual([
      'IlmVisitSelf_aura', 'IlmVisitQuestions_aura', 'IlmVisitReport_aura', 'IlmVisitNotes_aura',
      'IlmVisitQuestions_aura_v5', 'IlmVisitReport_aura_v5', 'IlmVisitNotes_aura_v5',
    ]);
  });

  it('reading a sheet that is not there says so', async () => {
    await expect(readFormTables(fakeExcel().run, { questions: NAMES.questions })).rejects.toBeInstanceOf(FormSheetMissingError);
  });

  it('marks error cells and selects one, one sync each', async () => {
    const excel = fakeExcel();
    const form = visitSheet(DATA, 'fi');
    await writeFormSheet(excel.run, form, 'fi', { dataValidation: true });
    const cell = { table: NAMES.report, sheet: 'Vierailu – Aura', row: 40, col: 3, address: 'C40', input: true };
    const marked = await highlightFormCells(excel.run, [], [cell]);
    await highlightFormCells(excel.run, marked, []);
    await selectFormCell(excel.run, cell);
    expect([excel.syncs, excel.workbook.sheet('Vierailu – Aura')!.cell(40, 3).fill, excel.workbook.selected]).toEqual([[3, 1, 1, 1], INPUT_FILL, 'Vierailu – Aura!C40']);
  });
});

describe('the host’s Palauteraportti', () => {
  const report = {
    themes: [{ themeId: 'procurement', strengths: [{ id: 's1aaaaaa', text: 'Selkeät kriteerit' }, { id: 's2aaaaaa', text: '@Johto' }], developmentAreas: [{ id: 'd1aaaaaa', text: 'Seuranta puuttuu' }] }],
    summary: 'Hyvä alku.',
    feedbackNotes: 'Palautetilaisuus 12.3.',
  };
  const data = { themes: THEMES, report, version: 3, releasedAt: '2026-03-12T12:05:00Z', sharing: { s1aaaaaa: 'named' as const } };

  it('shows the released report with a sharing cell per item and reads the choices back', async () => {
    const excel = fakeExcel();
    const form = feedbackSheet(data, 'sv');
    expect(await writeFormSheet(excel.run, form, 'sv', { dataValidation: true })).toBe('Återkopplingsrapport');
    const t = formTable(form, FEEDBACK_SHEET.tableName);
    expect(t.rows).toEqual([
      ['s1aaaaaa', 'Upphandlingar', 'Selkeät kriteerit', 'Styrka', 'Med namn i sammanfattningen'],
      ['s2aaaaaa', 'Upphandlingar', '@Johto', 'Styrka', 'Endast intervjugruppen'],
      ['d1aaaaaa', 'Upphandlingar', 'Seuranta puuttuu', 'Utvecklingsområde', 'Endast intervjugruppen'],
    ]);
    const sheet = excel.workbook.sheet('Återkopplingsrapport')!;
    expect([sheet.cell(3, 2).value, sheet.cell(t.row + 2, 3).formula, sheet.cell(t.row + 1, 5).validation]).toEqual([
      'Publicerad version 3, 12.3.2026 kl. 14.05 (finsk tid).', undefined,
      { list: { inCellDropDown: true, source: 'Endast intervjugruppen,Anonymt i sammanfattningen,Med namn i sammanfattningen' } },
    ]);
    sheet.cell(t.row + 2, 5).value = 'Yhteenvetoon nimettömänä';
    sheet.cell(t.row + 3, 5).value = 'kaikille';
    const values = await readFormTables(excel.run, { report: FEEDBACK_SHEET.tableName });
    const reading = readFeedbackSheet(values.report, 'fi');
    expect(reading.sharing.input).toEqual({ items: { s1aaaaaa: 'named', s2aaaaaa: 'summary' } });
    expect(reading.issues.map((i) => [i.cell.address, i.message])).toEqual([
      [`E${t.row + 3}`, '«Jakamisen taso»: valitse jokin vaihtoehdoista Vain haastatteluryhmä, Yhteenvetoon nimettömänä, Yhteenvetoon nimellä.'],
    ]);
    expect(reading.sharing.cellFor(['items', 's2aaaaaa'])?.address).toBe(`E${t.row + 2}`);
  });
});
