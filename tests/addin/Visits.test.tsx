/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { ApiError } from '../../addin/api/apiClient';
import type { RoundView } from '../../shared/schemas/roundViewSchema';
import { enterRoundAndToken, renderPane } from './renderPane';

const member = (id: string, name: string) => ({ id, name, contact: null });
const VIEW: RoundView = {
  roundId: 'kevat-2027-abc123', name: 'Kevät 2027', participantKind: 'municipalities',
  themes: [
    { id: 'procurement', name: { fi: 'Hankinnat', sv: 'Upphandlingar', en: 'Procurement' } },
    { id: 'energy-audits', name: { fi: 'Energiakatselmukset', sv: 'Energikartläggningar', en: 'Energy audits' } },
  ],
  phases: [], audience: 'participant', self: member('eura', 'Eura'),
  plan: {
    visitedBy: { order: 2, slot: 1, team: [member('ii', 'Ii'), member('oulu', 'Oulu')], visitDate: null },
    visits: [{ order: 1, slot: 1, host: member('aura', 'Aura'), with: member('ii', 'Ii'), visitDate: '2026-03-10' }],
  },
};
const DETAILS = {
  hostId: 'aura', dates: ['2026-03-10'], roles: ['Kunnanjohtaja'], contact: null,
  material: { texts: ['Aura aloitti yritysyhteistyön 2024.'], links: [] }, revision: 1, updatedAt: '2026-03-01T10:00:00Z',
};
const REPORT = {
  hostId: 'aura', version: 1, savedAt: '2026-03-12T10:00:00Z', savedBy: 'ii', release: null, updatedSinceRelease: false, sharing: { s1aaaaaa: 'team' as const },
  report: { themes: [{ themeId: 'procurement', strengths: [{ id: 's1aaaaaa', text: 'Selkeät kriteerit' }], developmentAreas: [] }], summary: 'Hyvä alku.', feedbackNotes: '' },
};
const REF = { roundId: 'kevat-2027-abc123', token: 'eura.salaisuus', hostId: 'aura' };
const SHEET = 'Vierailu – Aura';

const teamApi = () => ({
  round: jest.fn(async () => VIEW),
  visitDetails: jest.fn(async () => ({ body: DETAILS, etag: '"r1"' })),
  visitSelfAssessment: jest.fn(async () => null),
  visitQuestions: jest.fn(async () => null),
  visitReport: jest.fn(async () => ({ body: REPORT, etag: '"v1"' })),
});

/** The pane with the round shown ("Näytä oma kierros"), so "Vierailut" is there. */
async function open(api: Parameters<typeof renderPane>[0]) {
  const pane = renderPane(api);
  enterRoundAndToken(VIEW.roundId, 'eura.salaisuus');
  fireEvent.click(screen.getByRole('button', { name: 'Näytä oma kierros' }));
  await screen.findByRole('heading', { name: 'Vierailut' });
  return pane;
}
const visitGroup = () => screen.getByRole('group', { name: 'Vierailu: Aura (ryhmässä kanssasi: Ii)' });
const click = (name: string) => fireEvent.click(within(visitGroup()).getByRole('button', { name }));
/** The row of a report-table text cell by its text (column C). */
const rowOf = (pane: ReturnType<typeof renderPane>, sheet: string, text: string) =>
  [...pane.excel.workbook.sheet(sheet)!.cells.entries()].find(([, c]) => c.value === text)![0].split(',').map(Number)[0]!;

describe('Vierailut, as a member of the interview team', () => {
  it('inserts the Vierailu sheet from the four reads and keeps the report’s ETag for the next save', async () => {
    const api = teamApi();
    const pane = await open(api);
    click('Lisää tai päivitä Vierailu-välilehti');
    await screen.findByText(`Välilehti ${SHEET} on valmis. Kirjoita kysymykset keltaisiin soluihin ja lähetä ne isännälle.`);
    expect(api.visitDetails.mock.calls).toEqual([[REF, 'fi']]);
    expect(pane.excel.workbook.sheetList.map((s) => s.name)).toEqual([SHEET]);
    expect(window.localStorage.getItem('ilmastoyhteistyo.visitEtag.kevat-2027-abc123.aura')).toBe('"v1"');
  });

  it('a refresh renews the host’s part and keeps what the team typed (and the ETag it had)', async () => {
    const api = teamApi();
    const pane = await open(api);
    click('Lisää tai päivitä Vierailu-välilehti');
    await screen.findByText(/on valmis/);
    pane.excel.workbook.sheet(SHEET)!.cell(rowOf(pane, SHEET, 'Selkeät kriteerit'), 3).value = 'Selkeät ja julkiset kriteerit';
    api.visitDetails.mockResolvedValue({ body: { ...DETAILS, roles: ['Kunnanjohtaja', 'Hankintapäällikkö'] }, etag: '"r2"' });
    api.visitReport.mockResolvedValue({ body: { ...REPORT, version: 2 }, etag: '"v2"' });
    click('Lisää tai päivitä Vierailu-välilehti');
    await screen.findByText(`Välilehden ${SHEET} isännän tiedot päivitettiin. Kysymykset ja raportti säilyivät sellaisina kuin ne olivat välilehdellä.`);
    expect([
      rowOf(pane, SHEET, 'Selkeät ja julkiset kriteerit') > 0,
      rowOf(pane, SHEET, 'Kunnanjohtaja, Hankintapäällikkö') > 0,
      pane.excel.workbook.sheetList.map((s) => s.name),
      window.localStorage.getItem('ilmastoyhteistyo.visitEtag.kevat-2027-abc123.aura'),
    ]).toEqual([true, true, [SHEET], '"v1"']);
  });

  it('shows each visit’s status when the section opens: questions not sent, the report saved but not released', async () => {
    const api = teamApi();
    await open(api);
    await within(visitGroup()).findByText(/Kysymyksiä ei ole vielä lähetetty isännälle\./);
    expect(within(visitGroup()).getByText(/Raportin versio/).textContent).toBe(
      'Kysymyksiä ei ole vielä lähetetty isännälle.Raportin versio 1, tallentanut Ii 12.3.2026 klo 12.00 (Suomen aika). Sitä ei ole vielä julkaistu isännälle.',
    );
    expect(api.visitReport.mock.calls).toEqual([[REF, 'fi']]);
  });

  it('reads the status again after a command that did not read it; a refresh of the sheet gives it without another read', async () => {
    const api = { ...teamApi(), releaseVisitReport: jest.fn(async () => ({ version: 1, releasedAt: '2026-03-12T13:30:00Z' })) };
    await open(api);
    await within(visitGroup()).findByText(/Sitä ei ole vielä julkaistu/);
    api.visitQuestions.mockResolvedValue({ hostId: 'aura', themes: [], sent: true, sentAt: '2026-03-05T10:00:00Z', revision: 1, updatedAt: '2026-03-05T10:00:00Z' } as never);
    api.visitReport.mockResolvedValue({ body: { ...REPORT, release: { version: 1, releasedAt: '2026-03-12T13:30:00Z' } }, etag: '"v1"' } as never);
    click('Julkaise raportti isännälle');
    await within(visitGroup()).findByText(/Raportin versio 1 on julkaistu isännälle/);
    expect(within(visitGroup()).getByText(/on julkaistu isännälle/).textContent).toBe(
      'Kysymykset on lähetetty isännälle 5.3.2026 klo 12.00 (Suomen aika).Raportin versio 1 on julkaistu isännälle 12.3.2026 klo 15.30 (Suomen aika).',
    );
    // The other member saves version 2; this member refreshes the Vierailu sheet, which reads the report anyway.
    api.visitReport.mockResolvedValue({ body: { ...REPORT, version: 2, release: { version: 1, releasedAt: '2026-03-12T13:30:00Z' }, updatedSinceRelease: true }, etag: '"v2"' } as never);
    click('Lisää tai päivitä Vierailu-välilehti');
    await within(visitGroup()).findByText(/Uudempi versio 2 on tallennettu, mutta sitä ei ole julkaistu\./);
    await screen.findByText(/on valmis/);
    expect(api.visitReport).toHaveBeenCalledTimes(3);
  });

  it('a slow first read does not overwrite the status a later read gave', async () => {
    let answerFirst: (value: unknown) => void = () => undefined;
    const api = { ...teamApi(), releaseVisitReport: jest.fn(async () => ({ version: 1, releasedAt: '2026-03-12T13:30:00Z' })) };
    api.visitReport.mockImplementationOnce(() => new Promise((resolve) => { answerFirst = resolve; }) as never);
    api.visitReport.mockResolvedValue({ body: { ...REPORT, release: { version: 1, releasedAt: '2026-03-12T13:30:00Z' } }, etag: '"v1"' } as never);
    await open(api);
    click('Julkaise raportti isännälle');
    await within(visitGroup()).findByText(/Raportin versio 1 on julkaistu isännälle/);
    await act(async () => answerFirst({ body: REPORT, etag: '"v1"' }));
    expect(within(visitGroup()).getByText(/Raportin versio/).textContent).toMatch(/on julkaistu isännälle 12\.3\.2026 klo 15\.30/);
  });

  it('sends the questions typed in the sheet, with sent: true', async () => {
    const putVisitQuestions = jest.fn(async () => ({ hostId: 'aura', themes: [], sent: true, sentAt: '2026-03-05T10:00:00Z', revision: 1, updatedAt: '2026-03-05T10:00:00Z' }));
    const pane = await open({ ...teamApi(), putVisitQuestions });
    click('Lisää tai päivitä Vierailu-välilehti');
    await screen.findByText(/on valmis/);
    const row = rowOf(pane, SHEET, 'Energiakatselmukset');
    pane.excel.workbook.sheet(SHEET)!.cell(row, 3).value = 'Kuka tekee katselmukset?\nMiten tuloksia seurataan?';
    click('Lähetä kysymykset');
    await screen.findByText('Kysymykset lähetettiin isännälle (2). Voit yhä muokata ja lähettää niitä: isäntä näkee muutokset.');
    expect(putVisitQuestions.mock.calls).toEqual([[REF, { themes: [{ themeId: 'energy-audits', questions: ['Kuka tekee katselmukset?', 'Miten tuloksia seurataan?'] }], sent: true }, 'fi']]);
  });

  it('saves the report with If-Match and writes the new items’ ids back into the sheet', async () => {
    const saved = { ...REPORT.report, themes: [{ themeId: 'procurement', strengths: [{ id: 's1aaaaaa', text: 'Selkeät kriteerit' }, { id: 'n2bbbbbb', text: 'Johto sitoutunut' }], developmentAreas: [] }] };
    const putVisitReport = jest.fn(async () => ({ body: { version: 2, savedAt: '2026-03-12T11:00:00Z', report: saved }, etag: '"v2"' }));
    const pane = await open({ ...teamApi(), putVisitReport });
    click('Lisää tai päivitä Vierailu-välilehti');
    await screen.findByText(/on valmis/);
    const sheet = pane.excel.workbook.sheet(SHEET)!;
    const blank = rowOf(pane, SHEET, 'Selkeät kriteerit') + 1;
    sheet.cell(blank, 3).value = 'Johto sitoutunut';
    click('Tallenna raportti');
    await screen.findByText('Raportti tallennettiin: versio 2. Julkaise se isännälle, kun se on valmis.');
    expect(putVisitReport.mock.calls).toEqual([[REF, { themes: [{ themeId: 'procurement', strengths: [{ id: 's1aaaaaa', text: 'Selkeät kriteerit' }, { text: 'Johto sitoutunut' }], developmentAreas: [] }], summary: 'Hyvä alku.', feedbackNotes: '' }, 'fi', '"v1"']]);
    const rewritten = pane.excel.workbook.sheet(SHEET)!;
    expect(rewritten.cell(rowOf(pane, SHEET, 'Johto sitoutunut'), 1).value).toBe('n2bbbbbb');
    expect(window.localStorage.getItem('ilmastoyhteistyo.visitEtag.kevat-2027-abc123.aura')).toBe('"v2"');
  });

  it('a 412 puts the other member’s version on a second sheet, keeps this one as typed, and the next save builds on it', async () => {
    const theirs = { ...REPORT, version: 3, savedBy: 'ii', report: { ...REPORT.report, summary: 'Iin versio' } };
    const api = teamApi();
    const putVisitReport = jest.fn().mockRejectedValueOnce(new ApiError('stale', 412)).mockResolvedValueOnce({ body: { version: 4, savedAt: '2026-03-12T12:00:00Z', report: REPORT.report }, etag: '"v4"' });
    const pane = await open({ ...api, putVisitReport });
    click('Lisää tai päivitä Vierailu-välilehti');
    await screen.findByText(/on valmis/);
    const sheet = pane.excel.workbook.sheet(SHEET)!;
    sheet.cell(rowOf(pane, SHEET, 'Hyvä alku.'), 3).value = 'Euran versio';
    api.visitReport.mockResolvedValue({ body: theirs, etag: '"v3"' });
    click('Tallenna raportti');
    await screen.findByText('Toinen ryhmäläinen tallensi raportin sillä välin (versio 3). Se on välilehdellä Vierailu – Aura (v3). Kopioi omalle välilehdellesi, mitä siitä haluat säilyttää, ja tallenna uudelleen: mitään ei menetetty.');
    expect(pane.excel.workbook.sheetList.map((s) => s.name)).toEqual([SHEET, 'Vierailu – Aura (v3)']);
    expect([rowOf(pane, SHEET, 'Euran versio') > 0, rowOf(pane, 'Vierailu – Aura (v3)', 'Iin versio') > 0]).toEqual([true, true]);
    click('Tallenna raportti');
    await screen.findByText(/Raportti tallennettiin: versio 4/);
    expect(putVisitReport.mock.calls.map((c) => [(c[1] as { summary: string }).summary, c[3]])).toEqual([['Euran versio', '"v1"'], ['Euran versio', '"v3"']]);
  });

  it('a 422 is listed at its cell, and the link selects it', async () => {
    const putVisitReport = jest.fn(async () => {
      throw new ApiError('invalid', 422, [{ path: ['themes', 0, 'strengths', 0, 'text'], code: 'too_long', message: '«Teksti» on liian pitkä: enintään 1000 merkkiä. (themes[0].strengths[0].text)' }]);
    });
    const pane = await open({ ...teamApi(), putVisitReport });
    click('Lisää tai päivitä Vierailu-välilehti');
    await screen.findByText(/on valmis/);
    click('Tallenna raportti');
    await screen.findByText('Korjattavaa: 1. Valitse virhe siirtyäksesi soluun.');
    const row = rowOf(pane, SHEET, 'Selkeät kriteerit');
    const link = screen.getByRole('button', { name: `${SHEET}!C${row}` });
    expect(link.closest('li')!.textContent).toBe(`${SHEET}!C${row} «Teksti» on liian pitkä: enintään 1000 merkkiä.`);
    expect(pane.excel.workbook.sheet(SHEET)!.cell(row, 3).fill).toBe('#F4B6B6');
    fireEvent.click(link);
    await screen.findByRole('button', { name: 'Lisää tai päivitä Vierailu-välilehti' });
    expect(pane.excel.workbook.selected).toBe(`${SHEET}!C${row}`);
  });

  it('without the sheet, saving says to insert it first; release names the version released', async () => {
    await open({ ...teamApi(), releaseVisitReport: jest.fn(async () => ({ version: 1, releasedAt: '2026-03-12T12:00:00Z' })) });
    click('Tallenna raportti');
    await screen.findByText('Vierailu-välilehteä ei löydy. Lisää se ensin painikkeella «Lisää tai päivitä Vierailu-välilehti».');
    click('Julkaise raportti isännälle');
    await screen.findByText('Raportin versio 1 julkaistiin isännälle (Aura). Jos muokkaat raporttia vielä, tallenna ja julkaise uudelleen.');
  });
});

describe('Vierailut, as the host', () => {
  const hostGroup = () => screen.getByRole('group', { name: 'Isäntänä: vierailun tiedot ja palauteraportti' });
  const hostClick = (name: string) => fireEvent.click(within(hostGroup()).getByRole('button', { name }));
  const OWN = { ...REF, hostId: 'eura' };

  it('edits the visit details in the form and saves them with If-Match', async () => {
    const putVisitDetails = jest.fn(async () => ({ body: { ...DETAILS, hostId: 'eura', dates: ['2026-03-12'], revision: 2 }, etag: '"r2"' }));
    await open({ ...teamApi(), putVisitDetails });
    hostClick('Muokkaa vierailun tietoja');
    const dates = await screen.findByLabelText('Vierailupäivät');
    expect((dates as HTMLInputElement).value).toBe('10.3.2026');
    fireEvent.change(dates, { target: { value: '12.3.2026' } });
    fireEvent.change(screen.getByLabelText('Linkit (yksi riviä kohden: otsikko | https://…)'), { target: { value: 'Ilmasto-ohjelma | https://eura.example/ilmasto' } });
    hostClick('Tallenna vierailun tiedot');
    await screen.findByText('Vierailun tiedot tallennettiin. Ryhmä näkee ne, kun se lisää tai päivittää Vierailu-välilehtensä.');
    expect(putVisitDetails.mock.calls).toEqual([[OWN, {
      dates: ['2026-03-12'], roles: ['Kunnanjohtaja'], contact: null,
      material: { texts: ['Aura aloitti yritysyhteistyön 2024.'], links: [{ title: 'Ilmasto-ohjelma', url: 'https://eura.example/ilmasto' }] },
    }, 'fi', '"r1"']]);
  });

  it('shows the team’s questions once sent, by theme name; before that says they are not sent', async () => {
    const sent = { hostId: 'eura', themes: [{ themeId: 'energy-audits', questions: ['Kuka tekee katselmukset?'] }], sent: true, sentAt: '2026-03-05T10:00:00Z', revision: 2, updatedAt: '2026-03-05T10:00:00Z' };
    // The host's own visit answers null, then the sent questions; the visit it makes (Aura) answers null.
    const own = jest.fn().mockResolvedValueOnce(null).mockResolvedValueOnce(sent);
    const api = { ...teamApi(), visitQuestions: jest.fn(async (ref: { hostId: string }) => (ref.hostId === 'eura' ? own() : null)) };
    await open(api);
    hostClick('Näytä ryhmän kysymykset');
    await screen.findByText('Ryhmä ei ole vielä lähettänyt kysymyksiään. Katso myöhemmin uudelleen.');
    hostClick('Näytä ryhmän kysymykset');
    await screen.findByRole('heading', { name: 'Ryhmän kysymykset' });
    expect([within(hostGroup()).getByText('Energiakatselmukset').tagName, within(hostGroup()).getByRole('listitem').textContent]).toEqual(['SPAN', 'Kuka tekee katselmukset?']);
    expect(api.visitQuestions.mock.calls.filter(([ref]) => ref.hostId === 'eura')).toEqual([[OWN, 'fi'], [OWN, 'fi']]);
  });

  it('before release: says the report is not there yet; after: inserts it and sends the sharing chosen in the sheet', async () => {
    const api = { ...teamApi(), visitReport: jest.fn(async () => null), putReportSharing: jest.fn(async () => ({ hostId: 'eura', version: 1, sharing: { s1aaaaaa: 'named' as const }, updatedAt: '2026-03-13T10:00:00Z' })) };
    const pane = await open(api);
    hostClick('Lisää palauteraportti välilehdeksi');
    await screen.findByText('Ryhmä ei ole vielä julkaissut palauteraporttia. Kun se on julkaistu, lisää se tästä.');
    api.visitReport.mockResolvedValue({ body: { ...REPORT, hostId: 'eura', release: { version: 1, releasedAt: '2026-03-12T12:00:00Z' } }, etag: '"v1"' } as never);
    hostClick('Lisää palauteraportti välilehdeksi');
    await screen.findByText(/Palauteraportin versio 1 on välilehdellä Palauteraportti/);
    const row = rowOf(pane, 'Palauteraportti', 'Selkeät kriteerit');
    pane.excel.workbook.sheet('Palauteraportti')!.cell(row, 5).value = 'Yhteenvetoon nimellä';
    hostClick('Lähetä jakamisvalinnat');
    await screen.findByText('Jakamisvalinnat tallennettiin: 1 kohta menee kierroksen yhteenvetoon.');
    expect(api.putReportSharing.mock.calls).toEqual([[OWN, { items: { s1aaaaaa: 'named' } }, 'fi']]);
  });
});
