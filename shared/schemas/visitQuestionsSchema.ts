import * as z from 'zod';
import { StableIdSchema } from '../catalog/catalogTypes';
import { LIMITS } from './limits';
import { ParticipantIdSchema } from './submissionSchema';
import { userText } from './textSchema';
import { VISIT_LIMITS } from './visitLimits';

/** The team's interview questions on one of the round's themes. */
export const ThemeQuestionsSchema = z.strictObject({
  themeId: StableIdSchema,
  questions: z.array(userText().trim().min(1).max(VISIT_LIMITS.questionText)).max(VISIT_LIMITS.questionsPerTheme),
});

/**
 * PUT /api/rounds/{roundId}/visits/{hostId}/questions (team): all questions, replaced; `sent: true`
 * shows them to the host. Once sent they stay sent (the host has seen them): later edits are shown too.
 */
export const VisitQuestionsInputSchema = z.strictObject({
  themes: z.array(ThemeQuestionsSchema).max(LIMITS.maxThemes),
  sent: z.boolean(),
});
export type VisitQuestionsInput = z.infer<typeof VisitQuestionsInputSchema>;

/** As stored: the questions and when they were first sent. */
export interface VisitQuestions {
  themes: VisitQuestionsInput['themes'];
  sentAt: string | null;
}

/** GET and PUT answer; ETag `"r<revision>"` (revision 0: nothing written yet). */
export const VisitQuestionsSchema = z
  .strictObject({
    hostId: ParticipantIdSchema,
    themes: z.array(z.strictObject({ themeId: z.string(), questions: z.array(z.string()) })),
    sent: z.boolean(),
    sentAt: z.string().nullable(),
    revision: z.number().int().min(0),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'VisitQuestions' });
export type VisitQuestionsBody = z.infer<typeof VisitQuestionsSchema>;
