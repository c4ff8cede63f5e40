import { snapshotOf } from '../../functions/rounds/resultsData';
import type { RoundSummary } from '../../shared/rounds/combineRound';
import { resultsPage } from '../../shared/layouts/resultsPage';
import { resultsSheets } from '../../shared/layouts/resultsSheets';
import type { Round } from '../../shared/schemas/roundSchema';

// The snapshot's round facts list who took part by name: alphabetical in Finnish (å, ä, ö after z),
// attributed to no text; the page and the about sheet show the list and how many returned answers.
const ROUND = { roundId: 'r1', name: 'Kevät 2027', participantKind: 'municipalities', themes: [], phases: [] } as unknown as Round;
const SUMMARY = { audience: 'member', participantCount: 4, minGroupSize: 3, models: [], themes: [], approaches: [] } as unknown as RoundSummary;
const PEOPLE = ['Öljymäki', 'Åbo', 'Ähtäri', 'Zeta', 'vaasa', 'Aura'].map((name, i) => ({ participantId: `p${i}`, name }));

describe('the round facts of a final results snapshot', () => {
  const s = snapshotOf(ROUND, PEOPLE, SUMMARY, 3, '2027-03-21T10:00:00Z');

  it('lists every participant by name in Finnish alphabetical order, and no id', () => {
    expect(s.round.participants).toEqual(['Aura', 'vaasa', 'Zeta', 'Åbo', 'Ähtäri', 'Öljymäki']);
    expect(JSON.stringify(s)).not.toMatch(/\bp\d\b/);
  });

  it('shows the list in a paragraph of its own on the page, in each language', () => {
    expect(resultsPage(s, 'fi')).toContain('<p>Osallistujat aakkosjärjestyksessä (6): Aura, vaasa, Zeta, Åbo, Ähtäri, Öljymäki. Vastauksensa palauttaneita: 4.</p>');
    expect(resultsPage(s, 'sv')).toContain('<p>Deltagarna i alfabetisk ordning (6): Aura, vaasa, Zeta, Åbo, Ähtäri, Öljymäki. Lämnade in sina svar: 4.</p>');
    expect(resultsPage(s, 'en')).toContain('<p>Participants in alphabetical order (6): Aura, vaasa, Zeta, Åbo, Ähtäri, Öljymäki. Returned their answers: 4.</p>');
  });

  it('gives the about sheet one row of participants joined by ", "', () => {
    const about = resultsSheets(s, 'fi')[0]!;
    const table = about.blocks.find((b) => b.kind === 'table');
    expect(table && table.kind === 'table' ? table.rows.slice(3) : null).toEqual([['Osallistujat', 'Aura, vaasa, Zeta, Åbo, Ähtäri, Öljymäki'], ['Vastauksensa palauttaneita', 4]]);
  });
});
