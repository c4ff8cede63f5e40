/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ApiError, type ApiClient } from '../../addin/api/apiClient';
import { App } from '../../addin/components/App';
import { createHostActions } from '../../addin/excel/officeHost';
import { PROFILE_FIELDS, profileRow } from '../../shared/layouts/profileLayout';
import { selfAssessmentRow } from '../../shared/layouts/selfAssessmentLayout';
import { fakeExcel } from './fakeExcel';
import { noProgressClient, unusedResultsClient, unusedVisitClient } from './renderPane';

// jsdom has no layout engine; Fluent's MessageBar only measures with it, so a do-nothing observer will do.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

function setup(api: Partial<ApiClient> = {}, dataValidation = true, supported = true) {
  const excel = fakeExcel();
  const host = createHostActions(excel.run, dataValidation, supported);
  const unused = () => jest.fn(async () => { throw new Error('not used'); });
  const client: ApiClient = {
    validate: jest.fn(async () => []),
    recommend: unused(),
    submit: jest.fn(async () => ({ version: 1, submittedAt: '2026-11-24T10:00:00.000Z', etag: '"v1"' })),
    createRound: unused(),
    addParticipants: unused(),
    coordinatorData: unused(),
    interviewPlan: unused(),
    updateThemes: unused(),
    recommendedModels: unused(),
    // The connected round: its themes decide how Check judges the rows.
    round: jest.fn(async (roundId: string) => ({
      roundId, name: 'Kevät 2027', participantKind: 'municipalities' as const,
      themes: [{ id: 'procurement', name: { fi: 'Hankinnat', sv: 'Upphandlingar', en: 'Procurement' } }, { id: 'oma-lahiruoka', name: { fi: 'Lähiruoka', sv: 'Lähiruoka', en: 'Lähiruoka' } }],
      phases: [], audience: 'participant' as const, self: { id: 'turku', name: 'Turun kaupunki', contact: null }, plan: null,
    })),
    workbookXlsx: unused(),
    roundTemplate: unused(),
    importXlsx: unused(),
    ...unusedVisitClient(),
    ...unusedResultsClient(),
    ...noProgressClient(),
    ...api,
  };
  const utils = render(<App host={host} api={client} initialLang="fi" dark={false} storage={window.localStorage} />);
  return { excel, client, ...utils };
}

describe('App', () => {
  beforeEach(() => window.localStorage.clear());

  it('outside Excel says so and offers no commands', () => {
    render(<App host={null} api={{} as ApiClient} initialLang="sv" dark={false} />);
    expect(screen.getByText(/Det här åtgärdsfönstret fungerar i Excel/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Skapa eller uppdatera flikarna' })).toBeNull();
  });

  it('creates the sheets and tells the next step', async () => {
    const { excel } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Luo tai päivitä välilehdet' }));
    await screen.findByText('Välilehdet ovat valmiit. Täytä keltaiset solut.');
    expect(excel.workbook.sheetList.map((s) => s.name)).toEqual(['Profiili', 'Toimintamallit', 'Itsearviointi']);
  });

  it('lists the server’s errors by cell; choosing one selects the cell', async () => {
    const { excel } = setup({
      validate: jest.fn(async () => [{ path: ['participant', 'name'], code: 'required' as const, message: '«Nimi» on pakollinen. (participant.name)' }]),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Luo tai päivitä välilehdet' }));
    await screen.findByText(/Välilehdet ovat valmiit/);
    fireEvent.click(screen.getByRole('button', { name: 'Tarkista' }));
    const link = await screen.findByRole('button', { name: 'Profiili!B5' });
    expect(screen.getByText(/«Nimi» on pakollinen\.$/)).toBeTruthy();
    await act(async () => { fireEvent.click(link); });
    await waitFor(() => expect(excel.workbook.selected).toBe('Profiili!B5'));
    expect(excel.workbook.sheet('Profiili')!.cell(5, 2).fill).toBe('#F4B6B6');
  });

  it('says what to do when the service cannot be reached', async () => {
    setup({ validate: jest.fn(async () => { throw new ApiError('offline', 0); }) });
    fireEvent.click(screen.getByRole('button', { name: 'Luo tai päivitä välilehdet' }));
    await screen.findByText(/Välilehdet ovat valmiit/);
    fireEvent.click(screen.getByRole('button', { name: 'Tarkista' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Palveluun ei saada yhteyttä');
  });

  it('asks to create the sheets first when they are missing', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Tarkista' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Luo ne ensin kohdasta 1');
  });

  it('warns on Excel without data validation', () => {
    setup({}, false);
    expect(screen.getByText(/ExcelApi 1.8/)).toBeTruthy();
  });

  it('explains and offers no commands on Excel older than ExcelApi 1.7', () => {
    setup({}, false, false);
    expect(screen.getByRole('alert').textContent).toContain('liian vanha');
    expect((screen.getByRole('button', { name: 'Luo tai päivitä välilehdet' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('switches language', () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'Create or update sheets' })).toBeTruthy();
  });

  describe('submit', () => {
    const roundRow = profileRow(PROFILE_FIELDS.findIndex((f) => f.key === 'roundId'));

    async function ready(api: Partial<ApiClient> = {}) {
      const env = setup(api);
      fireEvent.click(screen.getByRole('button', { name: 'Luo tai päivitä välilehdet' }));
      await screen.findByText(/Välilehdet ovat valmiit/);
      // Both pane modes stay mounted; the participant's round field is the one beside the token.
      const field = screen.getAllByLabelText('Kierroksen tunnus').find((el) => el.closest('section')?.contains(screen.getByLabelText('Kutsutunniste')));
      fireEvent.change(field!, { target: { value: 'kevat-2027-abc123' } });
      fireEvent.change(screen.getByLabelText('Kutsutunniste'), { target: { value: 'turku.salaisuus' } });
      return env;
    }

    it('writes the pane’s round code into an empty Profile cell, as text, and submits', async () => {
      const { excel, client } = await ready();
      fireEvent.click(screen.getByRole('button', { name: 'Lähetä' }));
      await screen.findAllByText(/Lähetetty: versio 1/);
      const cell = excel.workbook.sheet('Profiili')!.cell(roundRow, 2);
      expect([cell.value, cell.numberFormat, (client.submit as jest.Mock).mock.calls[0][0]]).toEqual(['kevat-2027-abc123', '@', 'kevat-2027-abc123']);
      // Checked before sending by the round's own themes, not the catalogue's seven.
      expect((client.validate as jest.Mock).mock.calls[0][2]).toEqual(['procurement', 'oma-lahiruoka']);
    });

    it('a different round code in the sheet is an error at its cell, and nothing is sent', async () => {
      const { excel, client } = await ready();
      excel.workbook.sheet('Profiili')!.cell(roundRow, 2).value = 'syksy-2026-def456';
      fireEvent.click(screen.getByRole('button', { name: 'Lähetä' }));
      expect(await screen.findByRole('button', { name: `Profiili!B${roundRow}` })).toBeTruthy();
      expect(screen.getByText('«Vertaisoppimiskierroksen tunnus» on taulukossa syksy-2026-def456, mutta ruudussa kevat-2027-abc123. Korjaa toinen, jotta molemmat ovat samaa kierrosta.')).toBeTruthy();
      expect((client.submit as jest.Mock).mock.calls).toHaveLength(0);
    });

    it('lists a 422 from submit at its cells, like Check', async () => {
      await ready({
        submit: jest.fn(async () => { throw new ApiError('invalid', 422, [{ path: ['participant', 'name'], code: 'required' as const, message: '«Nimi» on pakollinen. (participant.name)' }]); }),
      });
      fireEvent.click(screen.getByRole('button', { name: 'Lähetä' }));
      expect(await screen.findByRole('button', { name: 'Profiili!B5' })).toBeTruthy();
      expect(screen.getByText(/«Nimi» on pakollinen\.$/)).toBeTruthy();
      expect(screen.getByText('Korjattavaa: 1. Valitse virhe siirtyäksesi soluun.')).toBeTruthy();
    });

    it('says what happened and what to do on 409', async () => {
      await ready({ submit: jest.fn(async () => { throw new ApiError('invalid', 409); }) });
      fireEvent.click(screen.getByRole('button', { name: 'Lähetä' }));
      expect(await screen.findByText('Samaan aikaan tallennettiin muita versioita, eikä tätä ehditty tallentaa. Lähetä uudelleen hetken päästä.')).toBeTruthy();
    });
  });

  /** Oma kierros needs no sheets: only the round code and the token of step 3. */
  async function roundFields(api: Partial<ApiClient> = {}) {
    const env = setup(api);
    const field = screen.getAllByLabelText('Kierroksen tunnus').find((el) => el.closest('section')?.contains(screen.getByLabelText('Kutsutunniste')));
    fireEvent.change(field!, { target: { value: 'kevat-2027-abc123' } });
    fireEvent.change(screen.getByLabelText('Kutsutunniste'), { target: { value: 'turku.salaisuus' } });
    return env;
  }

  it('once the round is shown, the sheets carry exactly its themes, own names included', async () => {
    const view = {
      roundId: 'kevat-2027-abc123', name: 'Omat teemat', participantKind: 'municipalities' as const,
      themes: [
        { id: 'procurement', name: { fi: 'Hankinnat', sv: 'Upphandlingar', en: 'Procurement' } },
        { id: 'oma-lahiruoka', name: { fi: 'Lähiruoka', sv: 'Lähiruoka', en: 'Lähiruoka' } },
      ],
      phases: [], audience: 'participant' as const, self: { id: 'turku', name: 'Turun kaupunki', contact: null }, plan: null,
    };
    const { excel } = await roundFields({ round: jest.fn(async () => view) });
    fireEvent.click(screen.getByRole('button', { name: 'Näytä oma kierros' }));
    await screen.findByRole('heading', { name: 'Mitä seuraavaksi' });
    fireEvent.click(screen.getByRole('button', { name: 'Luo tai päivitä välilehdet' }));
    await screen.findByText(/Välilehdet ovat valmiit/);
    const sheet = excel.workbook.sheet('Itsearviointi')!;
    expect([selfAssessmentRow(0), selfAssessmentRow(1), selfAssessmentRow(2)].map((r) => sheet.cell(r, 2).value)).toEqual(['Hankinnat', 'Lähiruoka', '']);
  });

  it('Oma kierros: the button fetches the round with the pane’s code and token and shows it', async () => {
    const view = {
      roundId: 'kevat-2027-abc123', name: 'Kevään 2027 vertaiskierros', participantKind: 'municipalities' as const, themes: [],
      phases: [{ phaseId: 'prepare', start: '2020-01-01', end: '2099-12-31' }], audience: 'participant' as const,
      self: { id: 'turku', name: 'Turun kaupunki', contact: null }, plan: null,
    };
    const { client } = await roundFields({ round: jest.fn(async () => view) });
    fireEvent.click(screen.getByRole('button', { name: 'Näytä oma kierros' }));
    expect(await screen.findByRole('heading', { name: 'Mitä seuraavaksi' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Oma kierros' }).textContent).toContain('Kevään 2027 vertaiskierros');
    expect((client.round as jest.Mock).mock.calls[0]).toEqual(['kevat-2027-abc123', 'turku.salaisuus', 'fi']);
    expect(screen.getByText('Nyt: Valmistelu ja itsearviointi, 1.1.2020–31.12.2099')).toBeTruthy();
    expect(screen.getByText('Haastattelusuunnitelmaa ei ole vielä – koordinaattori julkaisee sen.')).toBeTruthy();
    // The view holds every language: switching needs no new request.
    fireEvent.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(screen.getByText('Nu: Förberedelser och självutvärdering, 1.1.2020–31.12.2099')).toBeTruthy();
    expect(screen.getByText('Intervjuplanen finns inte ännu – koordinatorn publicerar den.')).toBeTruthy();
    }, 15_000);

  it('Oma kierros: a token that does not open the round gets the unauthorized notice', async () => {
    await roundFields({ round: jest.fn(async () => { throw new ApiError('unauthorized', 404); }) });
    fireEvent.click(screen.getByRole('button', { name: 'Näytä oma kierros' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Kutsutunniste ei kelpaa tälle kierrokselle. Tarkista tunnus ja kutsutunniste.');
    expect(screen.queryByRole('heading', { name: 'Mitä seuraavaksi' })).toBeNull();
  });

  it('keeps the invite token in browser storage, never in the workbook', async () => {
    const { excel } = setup();
    fireEvent.change(screen.getByLabelText('Kutsutunniste'), { target: { value: 'turku.salaisuus' } });
    expect(window.localStorage.getItem('ilmastoyhteistyo.inviteToken')).toBe('turku.salaisuus');
    fireEvent.click(screen.getByRole('button', { name: 'Luo tai päivitä välilehdet' }));
    await screen.findByText(/Välilehdet ovat valmiit/);
    const everything = JSON.stringify(excel.workbook.sheetList.map((s) => [...s.cells.values()]));
    expect(everything).not.toContain('salaisuus');
  });
});
