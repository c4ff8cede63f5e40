/**
 * Every free-text field of the schemas is cleaned (cleanText) before its other checks, so a stored
 * submission or round never holds what an .xlsx cannot: participant names, notes, self-assessment
 * texts, round names, own theme names and participant names in round requests.
 */
import { AddParticipantsSchema, RoundCreateSchema } from '../../../shared/schemas/roundRequests';
import { RoundSchema } from '../../../shared/schemas/roundSchema';
import { fromZodIssues } from '../../../shared/schemas/fromZodIssues';
import { SubmissionSchema } from '../../../shared/schemas/submissionSchema';
import { makeSubmissionInput } from '../../helpers/makeSubmission';

const DIRTY = 'Rivi\vtoinen\u0001\uFFFF\uD800';
const CLEAN = 'Rivi\ntoinen';

describe('schemas clean what users type', () => {
  it('a submission: participant name, notes and every self-assessment text', () => {
    const s = SubmissionSchema.parse(makeSubmissionInput({
      participant: { name: ` Kunta\u0002${DIRTY} `, kind: 'municipality' },
      models: [{ modelId: 'diploma', notes: DIRTY }],
      selfAssessment: [{ themeId: 'procurement', currentPractice: DIRTY, strengths: `\f${DIRTY}`, developmentAreas: 'a\u001Fb', evidence: '\uFFFE' }],
    }));
    expect(s.participant.name).toBe(`Kunta${CLEAN}`);
    expect(s.models[0]!.notes).toBe(CLEAN);
    expect(s.selfAssessment[0]).toEqual({ themeId: 'procurement', currentPractice: CLEAN, strengths: `\n${CLEAN}`, developmentAreas: 'ab', evidence: '', sharing: 'team' });
  });

  it('a round: its name, own theme names in every language, participant names', () => {
    const r = RoundSchema.parse({
      roundId: 'kets-2026-syksy',
      name: `=Kierros${DIRTY}`,
      participantKind: 'municipalities',
      themes: [{ id: 'oma-teema', name: { fi: `Oma\vteema\u0001`, sv: `Eget${DIRTY}`, en: 'Own\uFFFF' } }],
      phases: [],
      participants: [{ id: 'turku', name: `Turku${DIRTY}` }],
    });
    expect([r.name, r.themes[0]!.name, r.participants[0]!.name]).toEqual([`=Kierros${CLEAN}`, { fi: 'Oma\nteema', sv: `Eget${CLEAN}`, en: 'Own' }, `Turku${CLEAN}`]);
  });

  it('round requests: the new round and added participants', () => {
    const create = RoundCreateSchema.parse({ name: DIRTY, participantKind: 'mixed', themes: [{ id: 'oma', name: { fi: DIRTY } }], participants: [{ name: DIRTY }] });
    expect([create.name, create.themes![0]!.name!.fi, create.participants![0]!.name]).toEqual([CLEAN, CLEAN, CLEAN]);
    expect(AddParticipantsSchema.parse({ participants: [{ name: `\u0001${DIRTY}\u0002` }] }).participants[0]!.name).toBe(CLEAN);
  });

  it('checks lengths after cleaning: a name of control characters only is missing, 200 letters and a control fit', () => {
    const issues = (name: string) => {
      const input = { participants: [{ name }] };
      const r = AddParticipantsSchema.safeParse(input);
      return r.success ? [] : fromZodIssues(r.error.issues, input).map((e) => [e.path, e.code]);
    };
    expect(issues('\u0001\u0002\v')).toEqual([[['participants', 0, 'name'], 'required']]);
    expect(issues(`${'ö'.repeat(200)}\u0001`)).toEqual([]);
    expect(issues('ö'.repeat(201))).toEqual([[['participants', 0, 'name'], 'too_long']]);
  });
});
