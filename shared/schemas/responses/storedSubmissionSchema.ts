import * as z from 'zod';
import { ParticipantIdSchema, SubmissionSchema } from '../submissionSchema';

/** The submission as a named component: what clients send (and, with defaults filled in, read back). */
export const SubmissionComponentSchema = SubmissionSchema.meta({ id: 'Submission', outputId: 'StoredSubmissionContent' });

/** PUT …/submissions/{participantId} and the import answer: the version stored (201) or the one a retry repeats (200). */
export const SubmissionVersionSchema = z
  .strictObject({ version: z.number().int().min(1), submittedAt: z.string() })
  .meta({ id: 'SubmissionVersion', description: 'ETag `"v<version>"` and Location (that version) in the headers.' });
export type SubmissionVersionBody = z.infer<typeof SubmissionVersionSchema>;

/** GET …/submissions/{participantId}[?version=N]: one stored version (to the coordinator without private notes). */
export const StoredSubmissionSchema = z
  .strictObject({
    participantId: ParticipantIdSchema,
    version: z.number().int().min(1),
    submittedAt: z.string(),
    submission: SubmissionComponentSchema,
  })
  .meta({ id: 'StoredSubmission' });
export type StoredSubmissionBody = z.infer<typeof StoredSubmissionSchema>;
