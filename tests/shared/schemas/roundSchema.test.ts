import { RoundSchema } from '../../../shared/schemas/roundSchema';
import { fromZodIssues } from '../../../shared/schemas/fromZodIssues';

const round = {
  roundId: 'kets-2026-syksy',
  name: 'KETS-vertaisoppiminen syksy 2026',
  participantKind: 'municipalities',
  themes: [{ id: 'procurement' }, { id: 'water-services', name: { fi: 'Vesihuolto' } }],
  phases: [{ phaseId: 'prepare', start: '2027-01-10', end: '2027-02-28' }],
  participants: [{ id: 'turku', name: 'Turku' }, { id: 'oulu', name: 'Oulu' }],
};

const codes = (input: unknown) => {
  const r = RoundSchema.safeParse(input);
  return r.success ? [] : fromZodIssues(r.error.issues, input).map((e) => [e.path, e.code, e.message.en]);
};

describe('RoundSchema', () => {
  it('accepts a round', () => {
    expect(codes(round)).toEqual([]);
  });

  it.each([
    ['end before start', { phases: [{ phaseId: 'prepare', start: '2027-03-01', end: '2027-02-28' }] }, [[['phases', 0, 'end'], 'date_order', '“End date”: the end date cannot be before the start date.']]],
    ['not a date', { phases: [{ phaseId: 'prepare', start: '1.3.2027', end: '2027-02-28' }] }, [[['phases', 0, 'start'], 'invalid_format', '“Start date”: the format is not valid.']]],
    ['repeated participant', { participants: [{ id: 'turku', name: 'Turku' }, { id: 'turku', name: 'Åbo' }] }, [[['participants', 1, 'id'], 'duplicate_participant', 'Participant “turku” appears twice.']]],
    ['repeated theme', { themes: [{ id: 'procurement' }, { id: 'procurement' }] }, [[['themes', 1, 'id'], 'duplicate_theme', 'Theme “procurement” appears twice. Remove one of the rows.']]],
    ['no themes', { themes: [] }, [[['themes'], 'too_few', '“Themes”: at least 1 rows.']]],
  ])('%s', (_name, override, expected) => {
    expect(codes({ ...round, ...override })).toEqual(expected);
  });
});
