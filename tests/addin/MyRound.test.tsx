/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { MyRound, formatRange, helsinkiToday } from '../../addin/components/MyRound';
import type { Lang } from '../../shared/i18n/lang';
import type { RoundView } from '../../shared/schemas/roundViewSchema';

const PHASES = [
  { phaseId: 'organise', start: '2026-11-24', end: '2027-01-25' },
  { phaseId: 'prepare', start: '2027-01-26', end: '2027-03-22' },
  { phaseId: 'visits', start: '2027-03-23', end: '2027-05-31' },
];

const VIEW: RoundView = {
  roundId: 'kevat-2027-abc123',
  name: 'Kevään 2027 vertaiskierros',
  participantKind: 'municipalities',
  themes: [],
  phases: PHASES,
  audience: 'participant',
  self: { id: 'p-turku', name: 'Turun kaupunki', contact: null },
  plan: {
    visitedBy: { order: 1, slot: 1, team: [{ id: 'p-oulu', name: 'Oulun kaupunki', contact: null }, { id: 'p-vaasa', name: 'Vaasan kaupunki', contact: null }], visitDate: null },
    visits: [
      { order: 3, slot: 2, host: { id: 'p-vaasa', name: 'Vaasan kaupunki', contact: null }, with: { id: 'p-oulu', name: 'Oulun kaupunki', contact: null }, visitDate: '2027-04-14' },
    ],
  },
};

function show(lang: Lang, today: string, view: RoundView = VIEW) {
  return render(<FluentProvider theme={webLightTheme}><MyRound view={view} lang={lang} today={today} /></FluentProvider>).container;
}

describe('Oma kierros', () => {
  it('fi: the current phase with its dates, the self-assessment due date, both kinds of visit by name', () => {
    const region = show('fi', '2027-02-10');
    expect(screen.getByText('Kevään 2027 vertaiskierros')).toBeTruthy();
    expect(screen.getByText('Osallistujana: Turun kaupunki')).toBeTruthy();
    expect(screen.getByText('Nyt: Valmistelu ja itsearviointi, 26.1.–22.3.2027')).toBeTruthy();
    expect(screen.getByText('Seuraava askel: täytä itsearviointi ja lähetä se (kohta 3) viimeistään 22.3.2027.')).toBeTruthy();
    expect(screen.queryByText(/Haastattelusuunnitelmaa ei ole/)).toBeNull();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Mitä seuraavaksi', 'Vaiheet', 'Vierailu luoksenne', 'Vierailunne muiden luo']);
    const phases = within(region.querySelector('ol')!).getAllByRole('listitem').map((li) => li.textContent);
    expect(phases).toEqual([
      'Osallistujien organisointi: 24.11.2026–25.1.2027',
      'Valmistelu ja itsearviointi: 26.1.–22.3.2027 (nyt)',
      'Vertaisoppimisvierailut: 23.3.–31.5.2027',
    ]);
    expect(screen.getByText('Vierailijat: Oulun kaupunki ja Vaasan kaupunki')).toBeTruthy();
    expect(screen.getByText('Päivä: ei vielä sovittu')).toBeTruthy();
    expect(screen.getByText('Vaasan kaupunki, mukana Oulun kaupunki – Päivä: 14.4.2027')).toBeTruthy();
    // Names only: no participant id reaches the pane's text.
    expect(region.textContent).not.toMatch(/p-(turku|oulu|vaasa)/);
  });

  it('fi: once submitted, the stored version instead of the to-do; contact persons, or the ask to name one', () => {
    const anna = { name: 'Anna Virtanen', role: 'ilmastokoordinaattori', email: 'anna.virtanen@vaasa.fi' };
    const view: RoundView = {
      ...VIEW,
      self: { id: 'p-turku', name: 'Turun kaupunki', contact: { name: 'Timo Turkulainen', email: 'timo@turku.fi' } },
      plan: { ...VIEW.plan!, visits: [{ ...VIEW.plan!.visits[0]!, host: { ...VIEW.plan!.visits[0]!.host, contact: anna } }] },
      submission: { version: 2, submittedAt: '2027-02-09T08:30:00.000Z' },
    };
    show('fi', '2027-02-10', view);
    expect(screen.getByText('Itsearviointi on lähetetty: versio 2, 9.2.2027 klo 10.30 (Suomen aika). Korjatun version voi lähettää 22.3.2027 asti.')).toBeTruthy();
    expect(screen.queryByText(/Seuraava askel: täytä/)).toBeNull();
    expect(screen.getByText('Yhteyshenkilönne: Timo Turkulainen, timo@turku.fi')).toBeTruthy();
    expect(screen.queryByText(/Nimetkää oman vierailunne/)).toBeNull();
    expect(screen.getByText(/Yhteyshenkilö: Anna Virtanen \(ilmastokoordinaattori\), anna.virtanen@vaasa.fi/)).toBeTruthy();
  });

  it('sv: without a contact person the pane asks for one', () => {
    show('sv', '2027-02-10');
    expect(screen.getByText('Ange kontaktpersonen för ert eget besök på Profil-flikens nedersta rader (namn, roll, e-post) och skicka.')).toBeTruthy();
  });

  it('sv: without a plan, before the round starts: the next phase and that the coordinator publishes the plan', () => {
    show('sv', '2026-11-01', { ...VIEW, plan: null });
    expect(screen.getByText('Härnäst: Organisering av deltagarna, börjar 24.11.2026')).toBeTruthy();
    expect(screen.getByText('Nästa steg: fyll i självutvärderingen och skicka den (steg 3) senast 22.3.2027.')).toBeTruthy();
    expect(screen.getByText('Intervjuplanen finns inte ännu – koordinatorn publicerar den.')).toBeTruthy();
    expect(screen.getByText('Som deltagare: Turun kaupunki')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Besöket hos er' })).toBeNull();
  });

  it('sv: in the visits phase the phase’s own description is the next step; after the last phase says so', () => {
    show('sv', '2027-04-01');
    expect(screen.getByText('Nu: Kamratlärandebesök, 23.3.–31.5.2027')).toBeTruthy();
    expect(screen.getByText(/^Varje deltagare får i tur och ordning ett besök/)).toBeTruthy();
    expect(screen.getByText('Besökare: Oulun kaupunki och Vaasan kaupunki')).toBeTruthy();
    expect(screen.getByText('Vaasan kaupunki, tillsammans med Oulun kaupunki – Datum: 14.4.2027')).toBeTruthy();
    document.body.innerHTML = '';
    show('sv', '2027-06-01');
    expect(screen.getByText('Alla omgångens faser har avslutats.')).toBeTruthy();
  });

  it('dates: d.m.yyyy, the year once within a year; today is a Helsinki day', () => {
    expect(formatRange('2026-12-30', '2027-01-02', 'fi')).toBe('30.12.2026–2.1.2027');
    expect(formatRange('2027-01-26', '2027-03-22', 'en')).toBe('26/1/2027–22/3/2027');
    expect(helsinkiToday(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
  });
});
