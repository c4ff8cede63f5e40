/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { ApiError, type ApiClient } from '../../addin/api/apiClient';
import { readFormTables } from '../../addin/excel/readFormTables';
import { writeFormSheet } from '../../addin/excel/writeFormSheet';
import { writeReportSheets } from '../../addin/excel/writeReportSheets';
import { formTable } from '../../shared/layouts/formSheet';
import { readResultsPreviewSheet } from '../../shared/layouts/readResultsPreviewSheet';
import { RESULTS_PREVIEW_SHEET, resultsPreviewSheet } from '../../shared/layouts/resultsPreviewSheet';
import { resultsSheets } from '../../shared/layouts/resultsSheets';
import type { RoundView } from '../../shared/schemas/roundViewSchema';
import type { PreviewBody, ResponseBody } from '../../shared/schemas/resultsReviewSchema';
import type { ResultsSnapshot } from '../../shared/schemas/resultsSnapshotSchema';
import { fakeExcel } from './fakeExcel';
import { enterRoundAndToken, renderPane } from './renderPane';

const member = (id: string, name: string) => ({ id, name, contact: null });
const VIEW: RoundView = {
  roundId: 'kevat-2027-abc123', name: 'Kevät 2027', participantKind: 'municipalities',
  themes: [{ id: 'procurement', name: { fi: 'Hankinnat', sv: 'Upphandlingar', en: 'Procurement' } }],
  phases: [], audience: 'participant', self: member('eura', 'Eura'), plan: null,
};
const PREVIEW: PreviewBody = {
  review: { deadline: '2027-03-20', openedAt: '2027-03-06T08:00:00Z', revision: 1 },
  name: 'Eura',
  items: [
    { itemRef: 'sa:procurement', source: 'selfAssessment', themeId: 'procurement', field: 'rating', text: '3', level: 'named', shownName: null },
    { itemRef: 'sa:procurement', source: 'selfAssessment', themeId: 'procurement', field: 'strengths', text: 'Yhteiset kriteerit', level: 'named', shownName: 'Eura' },
    { itemRef: 'report:s1aaaaaa', source: 'report', themeId: 'procurement', field: 'strengths', text: 'Selkeät kriteerit', level: 'summary', shownName: null },
  ],
  response: null,
};
const SNAPSHOT: ResultsSnapshot = {
  version: 1, finalisedAt: '2027-03-21T10:00:00Z',
  round: { name: 'Kevät 2027', participantKind: 'municipalities', participants: ['Aura', 'Eura', 'Ii'], themes: [{ themeId: 'procurement', name: { fi: 'Hankinnat', sv: 'Upphandlingar', en: 'Procurement' } }], phases: [] },
  summary: {
    audience: 'member', participantCount: 3, minGroupSize: 3, models: [], approaches: [],
    themes: [{
      themeId: 'procurement', ratedCount: 3, distribution: [0, 1, 2, 0, 0], currentPractice: [], developmentAreas: [], teamDevelopmentAreas: [],
      strengths: [{ text: 'Yhteiset kriteerit', participantName: 'Eura' }], teamStrengths: [{ text: 'Selkeät kriteerit' }],
    }],
  },
};
const SHEET = 'Tulosten esikatselu';
const FORM = resultsPreviewSheet(PREVIEW, VIEW.themes, 'fi');
const ITEMS = formTable(FORM, RESULTS_PREVIEW_SHEET.itemsTable).row;
const APPROVAL = formTable(FORM, RESULTS_PREVIEW_SHEET.approvalTable).row;

const api = <M extends Partial<ApiClient>>(more: M = {} as M) => ({
  round: jest.fn(async () => VIEW),
  resultsPreview: jest.fn(async () => PREVIEW as PreviewBody | null),
  finalResults: jest.fn(async () => null as ResultsSnapshot | null),
  ...more,
});

async function open(a: ReturnType<typeof api>) {
  const pane = renderPane(a);
  enterRoundAndToken(VIEW.roundId, 'eura.salaisuus');
  fireEvent.click(screen.getByRole('button', { name: 'Näytä oma kierros' }));
  await screen.findByRole('heading', { name: 'Tulokset' });
  return pane;
}
const section = () => screen.getByRole('region', { name: 'Tulokset' });
const click = (name: string) => fireEvent.click(within(section()).getByRole('button', { name }));
const errorTexts = () => within(section()).getAllByRole('listitem').map((li) => li.textContent);

describe('Tulokset during the review', () => {
  it('says until when the review is open and inserts the preview with only the levels at or below each item’s', async () => {
    const pane = await open(api());
    await within(section()).findByText('Katselmointi on auki 20.3.2027 asti.');
    click('Lisää esikatselu välilehdeksi');
    await screen.findByText(`Välilehti ${SHEET} on valmis: 3 kohtaa. Kommentoi tai laske jakamista keltaisissa soluissa, valitse hyväksytkö osuutesi ja valitse sitten Lähetä vastaus.`);
    const sheet = pane.excel.workbook.sheet(SHEET)!;
    const row = (r: number) => [2, 3, 4, 5, 6, 7, 8].map((c) => sheet.cell(r, c).value);
    expect([row(ITEMS + 1), row(ITEMS + 2), row(ITEMS + 3)]).toEqual([
      ['Hankinnat', 'Itsearviointi: kypsyystaso', '3 – Osittain käytössä', 'Yhteenvetoon nimellä', '(ei nimeä)', 'Yhteenvetoon nimellä', ''],
      ['Hankinnat', 'Itsearviointi: vahvuus', 'Yhteiset kriteerit', 'Yhteenvetoon nimellä', 'Eura', 'Yhteenvetoon nimellä', ''],
      ['Hankinnat', 'Palauteraportti: vahvuus', 'Selkeät kriteerit', 'Yhteenvetoon nimettömänä', '(ei nimeä)', 'Yhteenvetoon nimettömänä', ''],
    ]);
    expect([sheet.cell(ITEMS + 1, 7).validation, sheet.cell(ITEMS + 3, 7).validation, sheet.cell(APPROVAL + 1, 3).validation]).toEqual([
      { list: { inCellDropDown: true, source: 'Yhteenvetoon nimellä,Yhteenvetoon nimettömänä,Vain haastatteluryhmä' } },
      { list: { inCellDropDown: true, source: 'Yhteenvetoon nimettömänä,Vain haastatteluryhmä' } },
      { list: { inCellDropDown: true, source: 'Kyllä,Ei' } },
    ]);
    expect([sheet.cell(1, 2).value, sheet.cell(APPROVAL + 1, 2).value, sheet.hiddenColumns.has(1)]).toEqual([SHEET, 'Hyväksyn osuuteni yhteenvedossa', true]);
  });

  it('sends the response read back from the sheet: comments per item, the narrowest lowering, the approval', async () => {
    const saved: ResponseBody = {
      participantId: 'eura', name: 'Eura', status: 'approved', openedAt: '2027-03-06T09:00:00Z', respondedAt: '2027-03-07T10:00:00Z', approve: true,
      comments: [{ itemRef: 'sa:procurement', text: 'Nimi pois, kiitos' }], lowered: { 'sa:procurement': 'summary', 'report:s1aaaaaa': 'team' },
    };
    const a = api({ putResultsResponse: jest.fn(async () => saved) });
    const pane = await open(a);
    await within(section()).findByText('Katselmointi on auki 20.3.2027 asti.');
    click('Lisää esikatselu välilehdeksi');
    await screen.findByText(/on valmis: 3 kohtaa/);
    const sheet = pane.excel.workbook.sheet(SHEET)!;
    sheet.cell(ITEMS + 2, 8).value = 'Nimi pois, kiitos';
    sheet.cell(ITEMS + 2, 7).value = 'Yhteenvetoon nimettömänä';
    sheet.cell(ITEMS + 1, 7).value = 'Vain haastatteluryhmä';
    sheet.cell(ITEMS + 3, 7).value = 'Vain haastatteluryhmä';
    sheet.cell(APPROVAL + 1, 3).value = 'Kyllä';
    click('Lähetä vastaus');
    await screen.findByText('Vastaus lähetetty: hyväksyit osuutesi (kommentteja 1, jakamistasoa laskettu 2 kohdassa). Voit muuttaa vastausta määräaikaan asti.');
    expect(a.putResultsResponse.mock.calls).toEqual([[VIEW.roundId, 'eura.salaisuus', {
      approve: true,
      comments: [{ itemRef: 'sa:procurement', text: 'Nimi pois, kiitos' }],
      lower: [{ itemRef: 'sa:procurement', level: 'team' }, { itemRef: 'report:s1aaaaaa', level: 'team' }],
    }, 'fi']]);
    expect(within(section()).getByText('Vastauksesi lähetettiin 7.3.2027 klo 12.00 (Suomen aika). Voit muuttaa sitä määräaikaan asti.')).toBeTruthy();
  });

  it('lists a raised level and a missing approval at their cells and sends nothing', async () => {
    const a = api({ putResultsResponse: jest.fn(async () => { throw new Error('not sent'); }) });
    const pane = await open(a);
    await within(section()).findByText('Katselmointi on auki 20.3.2027 asti.');
    click('Lisää esikatselu välilehdeksi');
    await screen.findByText(/on valmis/);
    pane.excel.workbook.sheet(SHEET)!.cell(ITEMS + 3, 7).value = 'Yhteenvetoon nimellä';
    click('Lähetä vastaus');
    await screen.findByText('Korjattavaa: 2. Valitse virhe siirtyäksesi soluun.');
    expect(errorTexts()).toEqual([
      `${SHEET}!G${ITEMS + 3} «Laske jakamista»: jakamista voi vain laskea; valitse Yhteenvetoon nimettömänä, Vain haastatteluryhmä.`,
      `${SHEET}!C${APPROVAL + 1} Valitse, hyväksytkö osuutesi: Kyllä, Ei.`,
    ]);
    expect(a.putResultsResponse).not.toHaveBeenCalled();
  });

  it('shows the server’s field errors at the comment cell they are about', async () => {
    const a = api({ putResultsResponse: jest.fn(async () => { throw new ApiError('invalid', 422, [{ path: ['comments', 0, 'text'], code: 'too_long', message: 'Enintään 2000 merkkiä' }]); }) });
    const pane = await open(a);
    await within(section()).findByText('Katselmointi on auki 20.3.2027 asti.');
    click('Lisää esikatselu välilehdeksi');
    await screen.findByText(/on valmis/);
    const sheet = pane.excel.workbook.sheet(SHEET)!;
    sheet.cell(ITEMS + 3, 8).value = 'Pitkä kommentti';
    sheet.cell(APPROVAL + 1, 3).value = 'Ei';
    click('Lähetä vastaus');
    await screen.findByText('Korjattavaa: 1. Valitse virhe siirtyäksesi soluun.');
    expect(errorTexts()).toEqual([`${SHEET}!H${ITEMS + 3} Enintään 2000 merkkiä`]);
  });

  it('asks to insert the preview first when its sheet is not there', async () => {
    await open(api());
    await within(section()).findByText('Katselmointi on auki 20.3.2027 asti.');
    click('Lähetä vastaus');
    await screen.findByText('Tulosten esikatselu -välilehteä ei löydy. Valitse ensin Lisää esikatselu välilehdeksi.');
  });
});

describe('Tulokset after finalising', () => {
  it('says nothing is there yet before a review or a final version', async () => {
    await open(api({ resultsPreview: jest.fn(async () => null) }));
    await within(section()).findByText(/^Katselmointi ei ole auki eikä lopullista yhteenvetoa ole vielä/);
    expect(within(section()).queryByRole('button', { name: 'Lisää esikatselu välilehdeksi' })).toBeNull();
  });

  it('inserts the final summary as read-only sheets', async () => {
    const pane = await open(api({ finalResults: jest.fn(async () => SNAPSHOT) }));
    await within(section()).findByText('Lopullinen yhteenveto, versio 1, vahvistettiin 21.3.2027 klo 12.00 (Suomen aika).');
    expect(within(section()).queryByRole('button', { name: 'Lähetä vastaus' })).toBeNull();
    click('Lisää lopullinen yhteenveto');
    await screen.findByText('Lopullinen yhteenveto (versio 1) on välilehdellä Tulokset. Tallenna työkirja, niin sinulla on se myös tiedostona.');
    expect(pane.excel.workbook.sheetList.map((s) => s.name)).toEqual(['Tulokset', 'Yhteenveto']);
    const texts = [...pane.excel.workbook.sheet('Yhteenveto')!.cells.values()].map((c) => c.value);
    expect([texts.includes('Selkeät kriteerit'), texts.includes('Eura'), texts.some((v) => String(v).startsWith('Koordinaattorin'))]).toEqual([true, true, false]);
  });
});

describe('the results sheets in Excel', () => {
  it('writes the preview in three syncs, reads it back in one, and writes the final summary in one per sheet after one lookup', async () => {
    const excel = fakeExcel();
    expect(await writeFormSheet(excel.run, FORM, 'fi', { dataValidation: true })).toBe(SHEET);
    const values = await readFormTables(excel.run, { items: RESULTS_PREVIEW_SHEET.itemsTable, approval: RESULTS_PREVIEW_SHEET.approvalTable });
    await writeReportSheets(excel.run, resultsSheets(SNAPSHOT, 'fi'));
    expect(excel.syncs).toEqual([3, 1, 3]);
    expect(readResultsPreviewSheet(values, 'fi').response.input).toEqual({ approve: false, comments: [], lower: [] });
  });

  it('fills in the stored comments and approval, in Swedish', () => {
    const form = resultsPreviewSheet({ ...PREVIEW, response: { openedAt: null, respondedAt: '2027-03-07T10:00:00Z', approve: true, comments: [{ itemRef: 'sa:procurement', text: 'Bra' }], lowered: {} } }, VIEW.themes, 'sv');
    const t = formTable(form, RESULTS_PREVIEW_SHEET.itemsTable);
    expect([form.title, t.rows.map((r) => r[7]), formTable(form, RESULTS_PREVIEW_SHEET.approvalTable).rows[0]![2], t.rows[0]![1]]).toEqual(['Förhandsvisning av resultat', ['Bra', '', ''], 'Ja', 'Upphandlingar']);
  });
});
