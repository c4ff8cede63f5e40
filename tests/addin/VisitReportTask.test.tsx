/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { createApiClient } from '../../addin/api/apiClient';
import { UploadPage } from '../../addin/upload/UploadPage';
import { problemBody, SERVER_BODIES } from './serverBodies';

// jsdom has no layout engine; Fluent's MessageBar only measures with it, so a do-nothing observer will do.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

const API = 'http://api.test/api';
const TOKEN = 'eura.SECRET';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const member = (id: string, name: string) => ({ id, name, contact: null });
const ROUND = { ...SERVER_BODIES.round, self: member('eura', 'Eura'), plan: null };
const VIEW = {
  ...ROUND,
  plan: {
    visitedBy: null,
    visits: [
      { order: 1, slot: 1, host: member('aura', 'Aura'), with: member('ii', 'Ii'), visitDate: null },
      { order: 2, slot: 1, host: member('oulu', 'Oulu'), with: member('pori', 'Pori'), visitDate: '2026-04-02' },
    ],
  },
};

function answer(status: number, body: unknown): Response {
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: () => null },
    json: async () => body,
    blob: async () => new Blob(['xlsx'], { type: XLSX }),
  } as unknown as Response;
}

function setup(answers: Response[], lang: 'fi' | 'sv' = 'fi') {
  const fetchMock = jest.fn(async (_url: string, _init?: RequestInit) => answers.shift() ?? answer(500, {}));
  render(<UploadPage api={createApiClient(API, fetchMock as unknown as typeof fetch)} initialLang={lang} initialRoundId="kevat-abc" />);
  fireEvent.change(screen.getByLabelText(lang === 'fi' ? /Kutsutunniste/ : /Inbjudningskod/), { target: { value: TOKEN } });
  return fetchMock;
}

describe('the interview team’s report form on the upload page', () => {
  it('finds the hosts by the token, downloads the chosen host’s form and sends it back: errors by cell, a stale form, the stored version', async () => {
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const fetchMock = setup([
      answer(200, VIEW),
      answer(200, null),
      answer(422, problemBody(422, 'Tiedoissa on virheitä', { errors: [{ path: ['themes', 0, 'strengths', 0, 'text'], code: 'too_long', sheet: 'Vierailu – Oulu', cell: 'C41', message: 'Vierailu – Oulu!C41: «Havainto» on liian pitkä: enintään 1000 merkkiä.' }] })),
      answer(412, problemBody(412, 'Tieto on muuttunut välillä', { detail: 'stale' })),
      answer(201, { version: 4, savedAt: '2026-04-03T07:30:00.000Z', report: { themes: [], summary: '', feedbackNotes: '' }, questions: { changed: true, revision: 3 } }),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Hae vierailuni' }));
    const oulu = await screen.findByRole('radio', { name: 'Oulu (ryhmässä kanssasi: Pori)' });
    expect(screen.getByRole('radio', { name: 'Aura (ryhmässä kanssasi: Ii)' })).toHaveProperty('checked', true);
    fireEvent.click(oulu);

    fireEvent.click(screen.getByRole('button', { name: 'Lataa raporttilomake (.xlsx)' }));
    expect(await screen.findByText('Lomake ladattiin tiedostoon vierailu-kevat-abc-oulu-fi.xlsx. Täytä se ja lähetä alla.')).toBeTruthy();
    expect(fetchMock.mock.calls.map(([u]) => u)).toEqual([`${API}/rounds/kevat-abc`, `${API}/rounds/kevat-abc/visits/oulu/report.xlsx?lang=fi`]);
    expect(fetchMock.mock.calls[1]![1]?.headers).toMatchObject({ authorization: `Bearer ${TOKEN}` });

    fireEvent.change(screen.getByLabelText('Täytetty raporttilomake (.xlsx)'), { target: { files: [new File(['filled'], 'oulu.xlsx', { type: XLSX })] } });
    const sendButton = screen.getByRole('button', { name: 'Lähetä raportti' });
    fireEvent.click(sendButton);
    await screen.findByText('Tiedostossa on korjattavaa: 1. Korjaa nämä solut, tallenna ja lähetä tiedosto uudelleen.');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Välilehti Vierailu – Oulu, solu C41«Havainto» on liian pitkä: enintään 1000 merkkiä.']);
    const [url, init] = fetchMock.mock.calls[2]!;
    expect([url, init?.method]).toEqual([`${API}/rounds/kevat-abc/visits/oulu/report/import`, 'POST']);
    expect(init?.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'content-type': XLSX, 'accept-language': 'fi' });

    fireEvent.click(sendButton);
    expect(await screen.findByText('Toinen ryhmäläinen tallensi raportin sen jälkeen, kun latasit lomakkeen. Tästä tiedostosta ei tallennettu mitään eikä mitään kadonnut: lataa lomake uudelleen, siirrä muutoksesi siihen ja lähetä se.')).toBeTruthy();

    fireEvent.click(sendButton);
    expect(await screen.findByText('Tallennettu: raportin versio 4, 3.4.2026 klo 10.30 (Suomen aika)')).toBeTruthy();
    expect(screen.getByText(/Myös muuttuneet kysymykset tallennettiin \(niitä ei lähetetty isännälle\)\./)).toBeTruthy();
    expect(fetchMock.mock.calls.every(([u]) => !String(u).includes('SECRET'))).toBe(true);
    click.mockRestore();
  });

  it('releases the stored report to the host; before anything is stored it says to send the form first', async () => {
    const fetchMock = setup([
      answer(200, VIEW),
      answer(404, problemBody(404, 'Ei löytynyt', { detail: 'Julkaistavaa palauteraporttia ei ole vielä: kirjoita raportti ensin.' })),
      answer(200, { version: 2, releasedAt: '2026-04-03T08:00:00.000Z' }),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Hae vierailuni' }));
    await screen.findByRole('radio', { name: 'Aura (ryhmässä kanssasi: Ii)' });
    fireEvent.click(screen.getByRole('button', { name: 'Julkaise raportti isännälle' }));
    expect(await screen.findByText('Raporttia ei julkaistu. Raporttia ei ole vielä tallennettu: lähetä täytetty lomake ensin.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Julkaise raportti isännälle' }));
    expect(await screen.findByText('Julkaistu isännälle (Aura): raportin versio 2, 3.4.2026 klo 11.00 (Suomen aika).')).toBeTruthy();
    expect(fetchMock.mock.calls.slice(1).map(([u, init]) => [u, init?.method])).toEqual([
      [`${API}/rounds/kevat-abc/visits/aura/report/release`, 'POST'],
      [`${API}/rounds/kevat-abc/visits/aura/report/release`, 'POST'],
    ]);
  });

  it('says in words when there is no plan yet, and when the token is on no team (in Swedish)', async () => {
    setup([answer(200, ROUND), answer(200, { ...ROUND, plan: { visitedBy: null, visits: [] } })], 'sv');
    fireEvent.click(screen.getByRole('button', { name: 'Hämta mina besök' }));
    expect(await screen.findByText('Intervjuplanen har inte gjorts ännu. Koordinatorn meddelar när grupperna är klara.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hämta mina besök' }));
    expect(await screen.findByText('Ni är inte med i någon intervjugrupp i den här omgången.')).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
  });
});
