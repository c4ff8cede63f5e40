import { sheetLabel } from '../../../shared/layouts/sheetLabels';
import { makeIssue } from '../../../shared/schemas/fieldIssue';

describe('one label source for sheets and messages', () => {
  it.each([
    [['participant', 'name'], 'fi', 'Osallistujan nimi'],
    [['participant', 'name'], 'sv', 'Deltagarens namn'],
    [['profile', 'capacity'], 'en', 'Capacity level (1–3)'],
    [['models', 4, 'status'], 'fi', 'Tilanne'],
    [['models', 4, 'impact', 'A'], 'fi', 'Oma A'],
    [['selfAssessment', 2, 'rating'], 'sv', 'Mognadsnivå'],
    [['models', 4], 'fi', undefined],
    [['schemaVersion'], 'fi', undefined],
  ] as const)('%j in %s → %s', (path, lang, label) => {
    expect(sheetLabel(path, lang)).toBe(label);
  });

  it('messages name a field exactly as its sheet does; own impact and goal weight differ', () => {
    expect([
      makeIssue(['participant', 'name'], 'required').message.fi,
      makeIssue(['models', 1, 'impact', 'A'], 'out_of_range', { min: 1, max: 5 }).message.fi,
      makeIssue(['goalWeights', 'A'], 'out_of_range', { min: 0, max: 5 }).message.fi.startsWith('«Oma A»'),
    ]).toEqual(['«Osallistujan nimi» on pakollinen.', '«Oma A»: arvon on oltava välillä 1–5.', false]);
  });
});
