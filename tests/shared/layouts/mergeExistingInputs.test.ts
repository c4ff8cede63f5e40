import { mergeExistingInputs } from '../../../shared/layouts/mergeExistingInputs';
import { SELF_ASSESSMENT_COLUMNS } from '../../../shared/layouts/selfAssessmentLayout';

const keys = SELF_ASSESSMENT_COLUMNS.map((c) => c.key);
const row = (themeId: string, rating: string) => SELF_ASSESSMENT_COLUMNS.map((c) => (c.key === 'themeId' ? themeId : c.key === 'rating' ? rating : c.key === 'sharing' ? 'Vain tiimi' : ''));

describe('mergeExistingInputs for a round’s themes', () => {
  it('makes exactly the round’s rows, keeps an answered row of a dropped theme at the end and drops an empty one', () => {
    const existing = {
      profileByName: {},
      selfAssessment: { keys, rows: [row('procurement', '3 – Osittain käytössä'), row('energy-audits', '2 – Alkuvaiheessa'), row('strategy-link', '')] },
    };
    const merged = mergeExistingInputs('fi', existing, ['procurement', { id: 'oma-lahiruoka', name: { fi: 'Lähiruoka' } }]);
    const theme = keys.indexOf('theme');
    const rating = keys.indexOf('rating');
    expect(merged.selfAssessment.map((r) => [r[0], r[theme], r[rating]])).toEqual([
      ['procurement', 'Hankinnat', '3 – Osittain käytössä'],
      ['oma-lahiruoka', 'Lähiruoka', ''],
      ['energy-audits', 'Energiakatselmukset', '2 – Alkuvaiheessa'],
    ]);
  });
});
