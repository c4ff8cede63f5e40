/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ApiClient } from '../../addin/api/apiClient';
import { App } from '../../addin/components/App';
import { createHostActions } from '../../addin/excel/officeHost';
import { fakeExcel } from './fakeExcel';

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

function setup() {
  window.localStorage.clear();
  window.localStorage.setItem('ilmastoyhteistyo.mode', 'coordinator');
  const host = createHostActions(fakeExcel().run, true, true);
  const api = {
    createRound: jest.fn(async () => ({ roundId: 'kevat-2026-abc', coordinatorKey: 'kevat-2026-abc.KEY', participants: [{ participantId: 'turku', name: 'Turku', inviteToken: 'turku.T' }] })),
    addParticipants: jest.fn(async () => [{ participantId: 'espoo', name: 'Espoo', inviteToken: 'espoo.T' }]),
  } as unknown as ApiClient;
  render(<App host={host} api={api} initialLang="fi" dark={false} storage={window.localStorage} />);
  return api;
}

async function createRound() {
  fireEvent.change(screen.getByLabelText('Kierrosten luontiavain'), { target: { value: 'creation-key' } });
  fireEvent.change(screen.getByLabelText(/Kierroksen nimi/), { target: { value: 'Kevät 2026' } });
  fireEvent.change(screen.getByLabelText('Osallistujat (yksi nimi riville)'), { target: { value: 'Turku' } });
  await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Luo kierros' })); });
  await screen.findByText('Kevät 2026 (kevat-2026-abc)');
}

describe('CoordinatorPane', () => {
  it('Vaihda kierrosta empties the create form (the creation key stays)', async () => {
    setup();
    await createRound();
    fireEvent.click(screen.getByRole('button', { name: 'Vaihda kierrosta' }));
    expect((screen.getByLabelText(/Kierroksen nimi/) as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Osallistujat (yksi nimi riville)') as HTMLTextAreaElement).value).toBe('');
    expect((screen.getByLabelText('Kierrosten luontiavain') as HTMLInputElement).value).toBe('creation-key');
  });

  it('creates a round with own themes (one a line) after the ticked defaults', async () => {
    const api = setup();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hankinnat' }));
    fireEvent.change(screen.getByLabelText(/Omat teemat/), { target: { value: 'Lähiruoka julkisissa keittiöissä\n\nKuljetusten päästöt' } });
    await createRound();
    const themes = (api.createRound as jest.Mock).mock.calls[0][1].themes as { id: string; name?: unknown }[];
    expect([themes.length, themes.some((t) => t.id === 'procurement'), themes.slice(-2)]).toEqual([8, false, [
      { id: 'oma-lahiruoka-julkisissa-keittioissa', name: { fi: 'Lähiruoka julkisissa keittiöissä' } },
      { id: 'oma-kuljetusten-paastot', name: { fi: 'Kuljetusten päästöt' } },
    ]]);
  });

  it('says "1 osallistuja" in the singular', async () => {
    setup();
    await createRound();
    fireEvent.change(screen.getByLabelText('Osallistujat (yksi nimi riville)'), { target: { value: 'Espoo' } });
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Lisää osallistujat' })); });
    expect((await screen.findByRole('status')).textContent).toContain('Lisätty 1 osallistuja. Kopioi kutsu nyt: tunnistetta ei näytetä uudelleen.');
  });
});
