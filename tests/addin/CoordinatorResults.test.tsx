/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ApiError, type ApiClient } from '../../addin/api/apiClient';
import type { Publication, ResponseList } from '../../addin/api/resultsClient';
import { CoordinatorResults } from '../../addin/components/CoordinatorResults';
import { fakeClient } from './renderPane';

const ROUND = { roundId: 'kevat-2027-abc123', key: 'kevat-2027-abc123.KEY', themes: [{ id: 'procurement', name: { fi: 'Hankinnat', sv: 'Upphandlingar', en: 'Procurement' } }] };
const response = (participantId: string, name: string, status: ResponseList['responses'][number]['status'], more: Partial<ResponseList['responses'][number]> = {}) => ({
  participantId, name, status, openedAt: null, respondedAt: null, approve: null, comments: [], lowered: {}, ...more,
});
const LIST: ResponseList = {
  review: { deadline: '2099-01-31', openedAt: '2027-03-06T08:00:00Z', revision: 1 },
  responses: [
    response('aura', 'Aura', 'approved', { approve: true, respondedAt: '2027-03-07T08:00:00Z' }),
    response('eura', 'Eura', 'commented', { approve: false, comments: [{ itemRef: 'sa:procurement', text: 'Nimi pois', themeId: 'procurement' }, { itemRef: 'report:s1aaaaaa', text: 'Liian suora', themeId: 'procurement', field: 'developmentAreas' }, { itemRef: 'report:s2bbbbbb', text: 'Ennen tallennettu' }], lowered: { 'report:s1aaaaaa': 'team' } }),
    response('ii', 'Ii', 'not-opened'),
  ],
  publication: null,
};
const PUBLICATION: Publication = {
  publicId: 'AbCdEfGhIjKlMnOpQrStUv', version: 1, publishedAt: '2027-03-22T08:00:00Z', path: '/api/public/results/AbCdEfGhIjKlMnOpQrStUv',
  pageUrl: 'http://localhost:7071/api/public/results/AbCdEfGhIjKlMnOpQrStUv.html', xlsxUrl: 'http://localhost:7071/api/public/results/AbCdEfGhIjKlMnOpQrStUv.xlsx',
};
const SNAPSHOT = { version: 1, finalisedAt: '2027-03-21T10:00:00Z' };

const PUBLISHED: ResponseList = { ...LIST, publication: { publicId: PUBLICATION.publicId, path: PUBLICATION.path, publishedAt: PUBLICATION.publishedAt, pageUrl: PUBLICATION.pageUrl, xlsxUrl: PUBLICATION.xlsxUrl } };

function setup(api: Partial<ApiClient> = {}) {
  const client = fakeClient({ resultsResponses: jest.fn(async () => LIST), finalResults: jest.fn(async () => null), ...api });
  render(<FluentProvider theme={webLightTheme}><CoordinatorResults api={client} lang="fi" round={ROUND} /></FluentProvider>);
  return client;
}
const disabled = (name: string) => (screen.getByRole('button', { name }) as HTMLButtonElement).disabled;
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('CoordinatorResults', () => {
  it('follows the responses: status and comment count per participant, the comments readable', async () => {
    setup();
    await screen.findByText('Katselmointi auki 31.1.2099 asti, avattu 6.3.2027 klo 10.00 (Suomen aika).');
    // The open review's deadline, to keep or move.
    await waitFor(() => expect((screen.getByLabelText('Katselmoinnin määräaika') as HTMLInputElement).value).toBe('2099-01-31'));
    expect([screen.queryByRole('button', { name: 'Avaa katselmointi' }), screen.getAllByRole('button', { name: 'Muuta määräaikaa' }).length]).toEqual([null, 1]);
    const rows = within(screen.getByRole('table', { name: 'Osallistujien vastaukset' })).getAllByRole('row').map((r) => [...within(r).queryAllByRole('columnheader'), ...within(r).queryAllByRole('cell')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Osallistuja', 'Tila'],
      ['Aura', 'Hyväksynyt'],
      ['Eura', 'KommentoinutKommentteja 3, jakamistasoa laskettu 1 kohdassa'],
      ['Ii', 'Ei avannut'],
    ]);
    const details = screen.getByText('Kommentit: Eura').closest('details')!;
    expect(within(details).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Itsearviointi: Hankinnat: Nimi pois',
      'Palauteraportti, Hankinnat: kehittämiskohde: Liian suora',
      // A comment stored before comments kept their theme: still no id.
      'Palauteraportin kohta: Ennen tallennettu',
    ]);
    expect([screen.queryByLabelText('Julkinen linkki'), disabled('Peru julkaisu')]).toEqual([null, true]);
    click('Päivitä vastaukset');
    await screen.findByText('Vastanneita 2/3, hyväksyneitä 1. Kun olet lukenut kommentit, vahvista lopullinen yhteenveto.');
  });

  it('shows the public link the API reports with the responses, and none once the API says withdrawn', async () => {
    const resultsResponses = jest.fn(async () => PUBLISHED);
    setup({ resultsResponses, finalResults: jest.fn(async () => ({ ...SNAPSHOT, round: {}, summary: {} }) as never) });
    const field = (await screen.findByLabelText('Julkinen linkki')) as HTMLInputElement;
    expect([field.value, disabled('Peru julkaisu')]).toEqual(['http://localhost:7071/api/public/results/AbCdEfGhIjKlMnOpQrStUv.html', false]);
    expect(screen.getByText('Sama yhteenveto myös Excel-tiedostona: http://localhost:7071/api/public/results/AbCdEfGhIjKlMnOpQrStUv.xlsx')).toBeTruthy();
    resultsResponses.mockResolvedValueOnce(LIST);
    click('Päivitä vastaukset');
    await screen.findByText('Vastanneita 2/3, hyväksyneitä 1. Kun olet lukenut kommentit, vahvista lopullinen yhteenveto.');
    expect([screen.queryByLabelText('Julkinen linkki'), disabled('Peru julkaisu'), resultsResponses.mock.calls]).toEqual([null, true, [[ROUND.roundId, ROUND.key, 'fi'], [ROUND.roundId, ROUND.key, 'fi']]]);
  });

  it('opens the review with the deadline chosen, and refuses a day in the past', async () => {
    const client = setup({ resultsResponses: jest.fn(async () => ({ review: null, responses: [], publication: null })), openReview: jest.fn(async () => LIST.review!) });
    await screen.findByText('Katselmointia ei ole avattu. Valitse määräaika ja Avaa katselmointi.');
    expect((screen.getByRole('button', { name: 'Vahvista lopullinen yhteenveto' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Katselmoinnin määräaika'), { target: { value: '2020-01-01' } });
    click('Avaa katselmointi');
    await screen.findByText('Valitse määräajaksi tämä päivä tai myöhempi päivä.');
    fireEvent.change(screen.getByLabelText('Katselmoinnin määräaika'), { target: { value: '2099-01-31' } });
    click('Avaa katselmointi');
    await screen.findByText('Katselmointi on auki 31.1.2099 asti. Kerro osallistujille, että he voivat nyt avata Tulokset-osion ja lähettää vastauksensa. Seuraa vastauksia alta.');
    expect((client.openReview as jest.Mock).mock.calls).toEqual([[ROUND.roundId, ROUND.key, '2099-01-31', 'fi']]);
  });

  it('moves the deadline of an open review and says so, not that it opened', async () => {
    const client = setup({ openReview: jest.fn(async () => ({ ...LIST.review!, deadline: '2099-02-28' })) });
    await screen.findByText(/^Katselmointi auki/);
    await waitFor(() => expect((screen.getByLabelText('Katselmoinnin määräaika') as HTMLInputElement).value).toBe('2099-01-31'));
    fireEvent.change(screen.getByLabelText('Katselmoinnin määräaika'), { target: { value: '2099-02-28' } });
    click('Muuta määräaikaa');
    await screen.findByText('Katselmoinnin määräaika on nyt 28.2.2099. Vastaukset ja jakamisen rajaukset säilyvät; kerro uusi päivä osallistujille.');
    expect((client.openReview as jest.Mock).mock.calls).toEqual([[ROUND.roundId, ROUND.key, '2099-02-28', 'fi']]);
  });

  it('finalises, publishes, copies the link and withdraws', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const client = setup({
      finaliseResults: jest.fn(async () => SNAPSHOT), publishResults: jest.fn(async () => PUBLICATION), withdrawResults: jest.fn(async () => undefined),
    });
    await screen.findByText(/^Katselmointi auki/);
    click('Vahvista lopullinen yhteenveto');
    await screen.findByText('Lopullinen yhteenveto vahvistettiin: versio 1, 21.3.2027 klo 12.00 (Suomen aika). Jäsenet voivat nyt lisätä sen Tulokset-osiosta. Voit julkaista sen avoimella linkillä.');
    click('Julkaise avoimesti');
    await screen.findByText('Yhteenveto (versio 1) on julkaistu. Kopioi linkki ja jaa se: sivu toimii ilman kirjautumista eikä seuraa lukijoita.');
    expect((screen.getByLabelText('Julkinen linkki') as HTMLInputElement).value).toBe(PUBLICATION.pageUrl);
    click('Kopioi linkki');
    await screen.findByText('Linkki kopioitiin leikepöydälle.');
    expect(writeText.mock.calls).toEqual([[PUBLICATION.pageUrl]]);
    click('Peru julkaisu');
    await screen.findByText('Julkaisu peruttiin: linkki ei enää toimi. Voit julkaista yhteenvedon uudelleen.');
    expect([screen.queryByLabelText('Julkinen linkki'), disabled('Peru julkaisu'), (client.withdrawResults as jest.Mock).mock.calls]).toEqual([null, true, [[ROUND.roundId, ROUND.key, 'fi']]]);
  });

  it('selects the link in its field when the clipboard refuses', async () => {
    Object.assign(navigator, { clipboard: { writeText: jest.fn(async () => { throw new Error('denied'); }) } });
    setup({ resultsResponses: jest.fn(async () => PUBLISHED) });
    const field = (await screen.findByLabelText('Julkinen linkki')) as HTMLInputElement;
    fireEvent.click(screen.getByRole('button', { name: 'Kopioi linkki' }));
    await screen.findByText('Kopiointi ei onnistunut. Linkki on valittuna kentässä: kopioi se itse (Ctrl+C).');
    expect([field.readOnly, field.selectionStart, field.selectionEnd]).toEqual([true, 0, PUBLICATION.pageUrl.length]);
  });

  it('says to finalise first when there is nothing to publish', async () => {
    setup({ finalResults: jest.fn(async () => ({ ...SNAPSHOT, round: {}, summary: {} }) as never), publishResults: jest.fn(async () => { throw new ApiError('invalid', 409); }) });
    await screen.findByText('Lopullinen yhteenveto: versio 1, 21.3.2027 klo 12.00 (Suomen aika).');
    click('Julkaise avoimesti');
    await screen.findByText('Julkaistavaa ei ole: vahvista ensin lopullinen yhteenveto.');
  });
});
