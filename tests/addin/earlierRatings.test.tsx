/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { createProgressClient } from '../../addin/api/progressClient';
import { selfAssessmentRow } from '../../shared/layouts/selfAssessmentLayout';
import { enterRoundAndToken, renderPane } from './renderPane';

// Progress over rounds in the pane: the participant's own earlier ratings under each theme's name.
const VIEW = {
  roundId: 'syksy-2027-abc123', name: 'Toinen kierros', participantKind: 'municipalities' as const,
  themes: [{ id: 'procurement', name: { fi: 'Hankinnat', sv: 'Upphandling', en: 'Procurement' } }, { id: 'energy-audits', name: { fi: 'Energiakatselmukset', sv: 'Energikartläggningar', en: 'Energy audits' } }],
  phases: [], audience: 'participant' as const, self: { id: 'turku', name: 'Turun kaupunki', contact: null }, plan: null,
};
const EARLIER = { previousRoundId: 'kevat-2027-abc123', previousRoundName: 'Ensimmäinen kierros', submittedAt: '2027-04-01T10:00:00.000Z', ratings: [{ themeId: 'procurement', rating: 2 }] };

describe('earlier ratings in the pane', () => {
  it('writes the participant’s own earlier rating under the theme it rated then', async () => {
    const earlierRatings = jest.fn(async () => EARLIER);
    const { excel } = renderPane({ round: jest.fn(async () => VIEW), earlierRatings });
    enterRoundAndToken('syksy-2027-abc123', 'turku.salaisuus');
    fireEvent.click(screen.getByRole('button', { name: 'Luo tai päivitä välilehdet' }));
    await screen.findByText('Välilehdet ovat valmiit. Täytä keltaiset solut.');
    const sheet = excel.workbook.sheet('Itsearviointi')!;
    expect(earlierRatings.mock.calls).toEqual([['syksy-2027-abc123', 'turku.salaisuus', 'fi']]);
    expect([sheet.cell(selfAssessmentRow(0), 2).value, sheet.cell(selfAssessmentRow(1), 2).value]).toEqual(['Hankinnat\nEdellinen kierros: 2 – Alkuvaiheessa', 'Energiakatselmukset']);
  });

  it('asks the participant’s own route, and reads a 404 as no earlier ratings', async () => {
    const call = jest.fn(async () => { throw Object.assign(new Error('unauthorized'), { status: 404 }); });
    const client = createProgressClient(call);
    expect(await client.earlierRatings('syksy-2027-abc123', 'turku.salaisuus', 'sv')).toBeNull();
    expect(await client.earlierRatings('syksy-2027-abc123', 'coordinator.avain', 'sv')).toBeNull();
    expect(call.mock.calls).toEqual([['GET', 'rounds/syksy-2027-abc123/submissions/turku/earlier', undefined, 'sv', { authorization: 'Bearer turku.salaisuus' }]]);
  });
});
