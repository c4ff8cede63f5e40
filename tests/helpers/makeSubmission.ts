import type { SubmissionInput, Submission } from '../../shared/schemas/submissionSchema';
import { SubmissionSchema } from '../../shared/schemas/submissionSchema';

/** A small valid submission; override any top-level section. */
export function makeSubmissionInput(overrides: Partial<SubmissionInput> = {}): SubmissionInput {
  return {
    schemaVersion: 1,
    participant: { name: 'Testikunta', kind: 'municipality' },
    profile: {
      capacity: 2,
      facts: { existingCooperation: true, wantsCommitments: false, frontrunnerBase: false, badgesPlanned: false },
    },
    goalWeights: { A: 3, B: 2, C: 1, D: 2, E: 1 },
    models: [{ modelId: 'diploma', status: 'planned', impact: { D: 4 } }],
    selfAssessment: [{ themeId: 'procurement', rating: 3, strengths: 'Kriteerit käytössä', sharing: 'summary' }],
    ...overrides,
  };
}

/** The same, parsed (defaults applied). */
export function makeSubmission(overrides: Partial<SubmissionInput> = {}): Submission {
  return SubmissionSchema.parse(makeSubmissionInput(overrides));
}
