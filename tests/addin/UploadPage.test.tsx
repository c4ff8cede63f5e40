/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { createApiClient } from '../../addin/api/apiClient';
import { UploadPage } from '../../addin/upload/UploadPage';
import { problemBody } from './serverBodies';

// jsdom has no layout engine; Fluent's MessageBar only measures with it, so a do-nothing observer will do.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

const API = 'http://api.test/api';
const TOKEN = 'p-turku.SECRET';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A fetch answer as the page's client reads it (jsdom has no Response). */
function answer(status: number, body: unknown): Response {
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: () => null },
    json: async () => body,
    blob: async () => new Blob(['xlsx'], { type: XLSX }),
  } as unknown as Response;
}

function setup(answers: Response[]) {
  const fetchMock = jest.fn(async (_url: string, _init?: RequestInit) => answers.shift() ?? answer(500, {}));
  render(<UploadPage api={createApiClient(API, fetchMock as unknown as typeof fetch)} initialLang="fi" initialRoundId="kevat-abc" />);
  fireEvent.change(screen.getByLabelText(/Kutsutunniste/), { target: { value: ` ${TOKEN} ` } });
  return fetchMock;
}

function chooseFile(label = 'Täytetty tiedosto (.xlsx)'): void {
  const file = new File(['filled'], 'tayttetty.xlsx', { type: XLSX });
  fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
}

describe('UploadPage', () => {
  it('sends the file with the token to the participant’s import route and lists a 422’s errors by sheet and cell', async () => {
    const fetchMock = setup([answer(422, problemBody(422, 'Tiedoissa on virheitä', {
      errors: [
        { path: ['profile', 'capacity'], code: 'out_of_range', message: 'Profiili!B11: Kapasiteetti on 1–5.', sheet: 'Profiili', cell: 'B11' },
        { path: ['selfAssessment'], code: 'too_few', message: 'Itsearvioinnista puuttuu rivejä.' },
      ],
    }))]);
    expect(screen.getByLabelText(/Kierroksen tunnus/)).toHaveProperty('value', 'kevat-abc');
    chooseFile();
    fireEvent.click(screen.getByRole('button', { name: 'Lähetä' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tiedostossa on korjattavaa: 2.');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Välilehti Profiili, solu B11Kapasiteetti on 1–5.', 'Itsearvioinnista puuttuu rivejä.']);

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/rounds/kevat-abc/submissions/p-turku/import`);
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'content-type': XLSX, 'accept-language': 'fi' });
    expect(init?.body).toBeInstanceOf(File);
    // The token never goes into a URL.
    expect(fetchMock.mock.calls.every(([u]) => !String(u).includes('SECRET'))).toBe(true);
  });

  it('confirms the stored version in Helsinki time', async () => {
    setup([answer(201, { version: 2, submittedAt: '2026-03-12T12:05:00.000Z' })]);
    chooseFile();
    fireEvent.click(screen.getByRole('button', { name: 'Lähetä' }));
    expect(await screen.findByText('Tallennettu: versio 2, 12.3.2026 klo 14.05 (Suomen aika)')).toBeTruthy();
  });

  it('explains a status in words with what to do, in the language chosen', async () => {
    setup([answer(413, problemBody(413, 'Pyyntö on liian suuri', { detail: 'Tiedostossa on yli 200 000 solua.' }))]);
    fireEvent.click(screen.getByRole('button', { name: 'Svenska' }));
    chooseFile('Ifylld fil (.xlsx)');
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Filen är för stor eller har för mycket innehåll (Tiedostossa on yli 200 000 solua.).');
    expect(document.documentElement.lang).toBe('sv');
  });

  it('downloads the participant’s own template from the round route; a token that does not open the round is said so', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((b: Blob) => { created.push(b); return 'blob:x'; });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const fetchMock = setup([answer(200, null), answer(404, problemBody(404, 'Ei löytynyt'))]);

    fireEvent.click(screen.getByRole('button', { name: 'Lataa pohja (.xlsx)' }));
    expect(await screen.findByText(/Pohja ladattiin tiedostoon ilmastoyhteistyo-kevat-abc-fi\.xlsx/)).toBeTruthy();
    expect(fetchMock.mock.calls[0]![0]).toBe(`${API}/rounds/kevat-abc/template.xlsx?lang=fi`);
    expect(fetchMock.mock.calls[0]![1]?.headers).toMatchObject({ authorization: `Bearer ${TOKEN}` });

    // No general template instead: a 404 means the round code or the token is wrong.
    fireEvent.click(screen.getByRole('button', { name: 'Lataa pohja (.xlsx)' }));
    expect(await screen.findByText('Pohjan lataus epäonnistui. Kierrosta tai osallistujaa ei löytynyt. Tarkista kierroksen tunnus ja kutsutunniste kutsusta.')).toBeTruthy();
    expect(fetchMock.mock.calls).toHaveLength(2);
    expect(created).toHaveLength(1);
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });
});
