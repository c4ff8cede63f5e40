import fc from 'fast-check';
import { localizeIssue } from '../../../shared/schemas/fieldIssue';
import { parseSubmission } from '../../../shared/schemas/parseSubmission';
import { makeSubmissionInput } from '../../helpers/makeSubmission';

const codesOf = (input: unknown, themeIds?: string[]) => {
  const r = parseSubmission(input, themeIds ? { themeIds } : {});
  return r.ok ? [] : r.errors.map((e) => [e.path, e.code]);
};

describe('parseSubmission', () => {
  it('accepts a valid submission and applies the default sharing level', () => {
    const input = makeSubmissionInput({ selfAssessment: [{ themeId: 'energy-audits', rating: 2 }] });
    const r = parseSubmission(input);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.selfAssessment[0]!.sharing).toBe('team');
  });

  it('does not mutate its input', () => {
    const input = makeSubmissionInput();
    const copy = JSON.parse(JSON.stringify(input));
    parseSubmission(input);
    expect(input).toEqual(copy);
  });

  it.each([
    ['all-zero weights', { goalWeights: { A: 0, B: 0, C: 0, D: 0, E: 0 } }, [[['goalWeights'], 'weights_all_zero']]],
    ['weight above 5', { goalWeights: { A: 6, B: 0, C: 0, D: 0, E: 0 } }, [[['goalWeights', 'A'], 'out_of_range']]],
    ['unknown model', { models: [{ modelId: 'ilmastobussi' }] }, [[['models', 0, 'modelId'], 'unknown_model']]],
    ['duplicated model row', { models: [{ modelId: 'diploma' }, { modelId: 'events' }, { modelId: 'diploma' }] }, [[['models', 2, 'modelId'], 'duplicate_model']]],
    ['unknown theme', { selfAssessment: [{ themeId: 'vesihuolto' }] }, [[['selfAssessment', 0, 'themeId'], 'unknown_theme']]],
    ['duplicated theme', { selfAssessment: [{ themeId: 'procurement' }, { themeId: 'procurement' }] }, [[['selfAssessment', 1, 'themeId'], 'duplicate_theme']]],
    ['rating out of range', { selfAssessment: [{ themeId: 'procurement', rating: 6 }] }, [[['selfAssessment', 0, 'rating'], 'out_of_range']]],
    ['rating zero', { selfAssessment: [{ themeId: 'procurement', rating: 0 }] }, [[['selfAssessment', 0, 'rating'], 'out_of_range']]],
    ['over-long text', { selfAssessment: [{ themeId: 'procurement', strengths: 'x'.repeat(4001) }] }, [[['selfAssessment', 0, 'strengths'], 'too_long']]],
    ['impact not an integer', { models: [{ modelId: 'events', impact: { A: 3.5 } }] }, [[['models', 0, 'impact', 'A'], 'not_integer']]],
    ['impact out of range', { models: [{ modelId: 'events', impact: { B: 9 } }] }, [[['models', 0, 'impact', 'B'], 'out_of_range']]],
    ['bad status', { models: [{ modelId: 'events', status: 'käytössä' }] }, [[['models', 0, 'status'], 'invalid_value']]],
    ['capacity as text', { profile: { capacity: 'kaksi', facts: { existingCooperation: true, wantsCommitments: false, frontrunnerBase: false, badgesPlanned: false } } }, [[['profile', 'capacity'], 'invalid_value']]],
    ['unknown field', { participant: { name: 'X', kind: 'municipality', kommentti: 'hei' } }, [[['participant', 'kommentti'], 'unknown_field']]],
    ['missing name', { participant: { kind: 'municipality' } }, [[['participant', 'name'], 'required']]],
    ['blank name', { participant: { name: '   ', kind: 'municipality' } }, [[['participant', 'name'], 'required']]],
    ['too many self-assessment rows', { selfAssessment: Array.from({ length: 21 }, () => ({ themeId: 'procurement' })) }, expect.arrayContaining([[['selfAssessment'], 'too_many']])],
  ] as const)('%s → exact path and code', (_name, override, expected) => {
    expect(codesOf(makeSubmissionInput(override as object))).toEqual(expected);
  });

  it.each([
    ['fi', 0, '«Oma A»: arvon on oltava välillä 1–5. Jätä solu tyhjäksi, jos käytetään luettelon arviota. (models[0].impact.A)'],
    ['sv', 6, '«Egen A»: värdet ska vara mellan 1–5. Lämna cellen tom om katalogens bedömning används. (models[0].impact.A)'],
    ['en', 0, '“Own A”: the value must be between 1–5. Leave the cell empty to use the catalogue’s rating. (models[0].impact.A)'],
    ['fi-weight', 6, '«Paino: A päästöjen vähentäminen»: arvon on oltava välillä 0–5. (goalWeights.A)'],
  ] as const)('tells the true range of an own impact (%s, %i), not the weights’ 0–5', (which, value, message) => {
    const weight = which === 'fi-weight';
    const input = weight ? makeSubmissionInput({ goalWeights: { A: value, B: 1, C: 0, D: 0, E: 0 } }) : makeSubmissionInput({ models: [{ modelId: 'events', impact: { A: value } }] });
    const r = parseSubmission(input);
    const lang = weight ? 'fi' : which;
    expect(r.ok ? [] : r.errors.map((e) => localizeIssue(e, lang).message)).toEqual([message]);
  });

  it('gives a missing section its own code', () => {
    const { profile: _p, ...input } = makeSubmissionInput();
    expect(codesOf(input)).toEqual([[['profile'], 'missing_section']]);
  });

  it.each([
    [null, [[[], 'invalid_type']]],
    [[], [[[], 'invalid_type']]],
    ['text', [[[], 'invalid_type']]],
  ])('rejects %p as a whole', (input, expected) => {
    expect(codesOf(input)).toEqual(expected);
  });

  it('reports shape errors and id errors together', () => {
    const input = makeSubmissionInput({ models: [{ modelId: 'nope' }, { modelId: 'events', status: 'x' as never }] });
    expect(codesOf(input)).toEqual([
      [['models', 1, 'status'], 'invalid_value'],
      [['models', 0, 'modelId'], 'unknown_model'],
    ]);
  });

  it('checks themes against the round’s own themes', () => {
    const input = makeSubmissionInput({ selfAssessment: [{ themeId: 'procurement' }, { themeId: 'water-services' }] });
    expect(codesOf(input, ['water-services'])).toEqual([[['selfAssessment', 0, 'themeId'], 'unknown_theme']]);
  });

  it.each([
    ['fi', '«Kypsyystaso»: arvon on oltava välillä 1–5. (selfAssessment[0].rating)'],
    ['sv', '«Mognadsnivå»: värdet ska vara mellan 1–5. (selfAssessment[0].rating)'],
    ['en', '“Maturity”: the value must be between 1–5. (selfAssessment[0].rating)'],
  ] as const)('names the field in %s', (lang, message) => {
    const r = parseSubmission(makeSubmissionInput({ selfAssessment: [{ themeId: 'procurement', rating: 7 }] }));
    expect(r.ok).toBe(false);
    expect(!r.ok && localizeIssue(r.errors[0]!, lang).message).toBe(message);
  });

  it('never throws on any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseSubmission(value);
        return r.ok || r.errors.length > 0;
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on submissions with any section replaced by any JSON value (property)', () => {
    const keys = ['participant', 'profile', 'goalWeights', 'models', 'selfAssessment', 'schemaVersion'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const r = parseSubmission({ ...makeSubmissionInput(), [key]: value });
        return r.ok || r.errors.every((e) => e.message.fi.length > 0 && e.message.sv.length > 0 && e.message.en.length > 0);
      }),
      { numRuns: 2000 },
    );
  });
});
