import { reportItemIds, sharingOf, withItemIds } from '../../functions/rounds/reportItems';
import { ifMatchAccepts } from '../../functions/storage/visitRows';

describe('report item ids', () => {
  const input = {
    themes: [
      { themeId: 'procurement', strengths: [{ id: 'keep0001', text: 'A' }, { text: 'B' }], developmentAreas: [{ id: 'keep0001', text: 'C' }] },
    ],
    summary: 'S',
    feedbackNotes: '',
  };

  it('keeps the ids sent, gives new items an id and a repeated id a new one', () => {
    const out = withItemIds(input);
    const [a, b, c] = reportItemIds(out);
    expect([a, b, c].map((id) => /^[a-z0-9]{8}$/.test(id ?? ''))).toEqual([true, true, true]);
    expect([a, new Set([a, b, c]).size, out.themes[0]!.strengths.map((i) => i.text), out.summary]).toEqual(['keep0001', 3, ['A', 'B'], 'S']);
  });

  it('gives every item its level, team unless chosen', () => {
    const out = withItemIds(input);
    const [a, b, c] = reportItemIds(out) as [string, string, string];
    expect(sharingOf(out, { [a]: 'named', gone0001: 'summary' })).toEqual({ [a]: 'named', [b]: 'team', [c]: 'team' });
  });
});

describe('ifMatchAccepts', () => {
  it.each([
    ['"r2"', '"r2"', true],
    ['W/"r2"', '"r2"', true],
    ['"r1", "r2"', '"r2"', true],
    ['"r1"', '"r2"', false],
    ['*', undefined, true],
    ['"r1"', undefined, false],
  ])('%s against %s → %s', (header, current, expected) => {
    expect(ifMatchAccepts(header, current)).toBe(expected);
  });
});
