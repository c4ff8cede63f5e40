import { teamSelfAssessment } from '../../../shared/rounds/teamSelfAssessment';
import type { Submission } from '../../../shared/schemas/submissionSchema';
import { makeSubmission } from '../../helpers/makeSubmission';

describe('teamSelfAssessment', () => {
  const base = makeSubmission({
    participant: { name: 'Aura', kind: 'municipality' },
    models: [{ modelId: 'diploma', status: 'planned', notes: 'oma muistiinpano' }],
    selfAssessment: [
      { themeId: 'procurement', strengths: 'tiimi', sharing: 'team' },
      { themeId: 'energy-audits', strengths: 'yhteenveto', sharing: 'summary' },
      { themeId: 'strategy-link', strengths: 'nimellä', sharing: 'named' },
    ],
  });

  it('keeps who, the profile and the rows at team level and wider; no models, weights or notes', () => {
    expect(teamSelfAssessment(base)).toEqual({
      participant: { name: 'Aura', kind: 'municipality' },
      profile: base.profile,
      selfAssessment: [
        { themeId: 'procurement', strengths: 'tiimi', sharing: 'team' },
        { themeId: 'energy-audits', strengths: 'yhteenveto', sharing: 'summary' },
        { themeId: 'strategy-link', strengths: 'nimellä', sharing: 'named' },
      ],
    });
    expect(JSON.stringify(teamSelfAssessment(base))).not.toContain('oma muistiinpano');
  });

  it('drops a row of any narrower level whole (a `private` or `participant` row never reaches the team)', () => {
    const narrower = {
      ...base,
      selfAssessment: [
        { themeId: 'procurement', strengths: 'vain minä', sharing: 'private' },
        { themeId: 'energy-audits', evidence: 'vain osallistuja', sharing: 'participant' },
        { themeId: 'strategy-link', strengths: 'tiimi', sharing: 'team' },
      ],
    } as unknown as Submission;
    const shown = JSON.stringify(teamSelfAssessment(narrower));
    expect([shown.includes('vain minä'), shown.includes('vain osallistuja'), teamSelfAssessment(narrower).selfAssessment]).toEqual([
      false,
      false,
      [{ themeId: 'strategy-link', strengths: 'tiimi', sharing: 'team' }],
    ]);
  });
});
