/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ApiError, type ApiClient } from '../../addin/api/apiClient';
import { App } from '../../addin/components/App';
import { createHostActions } from '../../addin/excel/officeHost';
import { fakeExcel } from './fakeExcel';

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

function setup(more: Partial<ApiClient> = {}) {
  window.localStorage.clear();
  window.localStorage.setItem('ilmastoyhteistyo.mode', 'coordinator');
  const host = createHostActions(fakeExcel().run, true, true);
  const api = {
    createRound: jest.fn(async () => ({ roundId: 'kevat-2026-abc', coordinatorKey: 'kevat-2026-abc.KEY', participants: [{ participantId: 'turku', name: 'Turku', inviteToken: 'turku.T' }] })),
    addParticipants: jest.fn(async () => [{ participantId: 'espoo', name: 'Espoo', inviteToken: 'espoo.T' }]),
    ...more,
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

  describe('D. Kierroksen teemat', () => {
    const named = (themes: { id: string; name?: Record<string, string> }[]) => ({ themes: themes.map((t) => ({ id: t.id, name: { fi: t.name?.fi ?? t.id, sv: t.name?.fi ?? t.id, en: t.name?.fi ?? t.id } })) });
    const saved = () => jest.fn(async (_r: string, _k: string, body: { themes: { id: string; name?: Record<string, string> }[] }) => named(body.themes));
    const unticked = (name: string) => fireEvent.click(screen.getByRole('checkbox', { name }));

    it('unticks a default theme, adds an own one and saves them with the coordinator key', async () => {
      const api = setup({ updateThemes: saved() });
      await createRound();
      unticked('Hankinnat');
      fireEvent.change(screen.getByLabelText(/Omat teemat/), { target: { value: 'Lähiruoka' } });
      await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Tallenna teemat' })); });
      const [roundId, key, body, lang] = (api.updateThemes as jest.Mock).mock.calls[0];
      expect([roundId, key, lang, body.themes.map((t: { id: string }) => t.id), body.themes[6]]).toEqual(['kevat-2026-abc', 'kevat-2026-abc.KEY', 'fi', [
        'organisation-and-responsibilities', 'cross-administrative-coordination', 'strategy-link', 'energy-audits', 'consumption-monitoring', 'training-and-communication', 'oma-lahiruoka',
      ], { id: 'oma-lahiruoka', name: { fi: 'Lähiruoka' } }]);
      expect((await screen.findByRole('status')).textContent).toContain('Teemat tallennettiin: kierroksella on nyt 7 teemaa.');
      // The saved own theme is now a tick of the round, and the new-theme box is empty.
      expect([(screen.getByRole('checkbox', { name: 'Lähiruoka' }) as HTMLInputElement).checked, (screen.getByLabelText(/Omat teemat/) as HTMLTextAreaElement).value]).toEqual([true, '']);
    });

    it('an opened round shows its own themes ticked and keeps their ids and names when saved', async () => {
      const coordinatorData = jest.fn(async () => ({ round: { roundId: 'kevat-2026-abc', name: 'Kevät 2026', themes: [{ id: 'procurement' }, { id: 'oma-kuljetukset', name: { sv: 'Transporter' } }] }, participants: [] }));
      const api = setup({ updateThemes: saved(), coordinatorData } as unknown as Partial<ApiClient>);
      fireEvent.change(screen.getAllByLabelText('Kierroksen tunnus').find((el) => el.closest('section')?.contains(screen.getByLabelText('Koordinaattoriavain')))!, { target: { value: 'kevat-2026-abc' } });
      fireEvent.change(screen.getByLabelText('Koordinaattoriavain'), { target: { value: 'kevat-2026-abc.KEY' } });
      await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Avaa kierros' })); });
      expect([(screen.getByRole('checkbox', { name: 'Hankinnat' }) as HTMLInputElement).checked, (screen.getByRole('checkbox', { name: 'Energiakatselmukset' }) as HTMLInputElement).checked, (screen.getByRole('checkbox', { name: 'Transporter' }) as HTMLInputElement).checked]).toEqual([true, false, true]);
      unticked('Hankinnat');
      await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Tallenna teemat' })); });
      expect((api.updateThemes as jest.Mock).mock.calls[0][2]).toEqual({ themes: [{ id: 'oma-kuljetukset', name: { sv: 'Transporter' } }] });
      expect((await screen.findByRole('status')).textContent).toContain('Teemat tallennettiin: kierroksella on nyt 1 teema.');
    });

    it('409: says the removed theme already has ratings and that nothing was changed', async () => {
      setup({ updateThemes: jest.fn(async () => { throw new ApiError('invalid', 409, [], 'Teemaa «Hankinnat» ei voi poistaa: siitä on jo lähetetty arvio (Turku). Pidä teema kierroksella.'); }) });
      await createRound();
      unticked('Hankinnat');
      await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Tallenna teemat' })); });
      expect((await screen.findByRole('alert')).textContent).toContain(
        'Teemoja ei muutettu, koska poistamastasi teemasta on jo lähetetty arvio. Mitään ei tallennettu. Teemaa «Hankinnat» ei voi poistaa: siitä on jo lähetetty arvio (Turku). Pidä teema kierroksella.',
      );
      expect((screen.getByRole('checkbox', { name: 'Hankinnat' }) as HTMLInputElement).checked).toBe(false);
    });

    it('422: lists the errors', async () => {
      const errors = [{ path: ['themes', 7, 'name'], code: 'too_long' as const, message: '«Teeman nimi» on liian pitkä: enintään 200 merkkiä.' }];
      setup({ updateThemes: jest.fn(async () => { throw new ApiError('invalid', 422, errors); }) });
      await createRound();
      await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Tallenna teemat' })); });
      expect((await screen.findByRole('alert')).textContent).toContain('Teemoja ei tallennettu. Korjaa kohdan D virheet (1) ja tallenna uudelleen.');
      expect(screen.getByRole('list', { name: 'Teemojen virheet' }).textContent).toBe('«Teeman nimi» on liian pitkä: enintään 200 merkkiä.');
    });

    it('asks for at least one theme and sends nothing when every tick is removed', async () => {
      const api = setup({ updateThemes: saved() });
      await createRound();
      for (const name of ['Organisointi ja vastuut', 'Poikkihallinnollinen koordinointi ja yhteistyö', 'Liittäminen strategiaan ja ohjelmiin', 'Hankinnat', 'Energiakatselmukset', 'Kulutusseuranta', 'Koulutus ja tiedotus']) unticked(name);
      await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Tallenna teemat' })); });
      expect((await screen.findByRole('alert')).textContent).toContain('Valitse vähintään yksi teema.');
      expect((api.updateThemes as jest.Mock).mock.calls).toHaveLength(0);
    });
  });
});
