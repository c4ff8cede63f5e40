import * as z from 'zod';
import { ParticipantIdSchema, RoundIdSchema } from './submissionSchema';

/**
 * Progress over rounds (SYSTEM.md "The peer-learning visit", step 6): the coordinator links a new
 * round to an earlier one and maps its participants, new id → earlier id.
 */
export const PreviousLinkInputSchema = z.strictObject({
  previousRoundId: RoundIdSchema,
  /** The earlier round's coordinator key: proves the caller may link it; never stored. */
  previousCoordinatorKey: z.string().min(1).max(512).meta({ description: 'The earlier round’s coordinator key; checked against its hash and never stored.' }),
  participants: z.record(ParticipantIdSchema, ParticipantIdSchema).meta({ description: 'New participant id → the same participant’s id in the earlier round.' }),
});
export type PreviousLinkInput = z.infer<typeof PreviousLinkInputSchema>;

/** The link as stored and answered: the earlier round and the mapping, never its key. */
export const PreviousLinkSchema = z
  .strictObject({
    previousRoundId: RoundIdSchema,
    participants: z.record(ParticipantIdSchema, ParticipantIdSchema),
    linkedAt: z.string(),
  })
  .meta({ id: 'PreviousLink' });
export type PreviousLink = z.infer<typeof PreviousLinkSchema>;

/** One theme's earlier rating (1–5). */
export const EarlierRatingSchema = z.strictObject({ themeId: z.string(), rating: z.number().int().min(1).max(5) });
export type EarlierRating = z.infer<typeof EarlierRatingSchema>;

/** A participant's own latest submission in the earlier round, reduced to its ratings: no texts. */
export const EarlierRatingsSchema = z
  .strictObject({
    previousRoundId: RoundIdSchema,
    previousRoundName: z.string(),
    submittedAt: z.string(),
    ratings: z.array(EarlierRatingSchema),
  })
  .meta({ id: 'EarlierRatings' });
export type EarlierRatings = z.infer<typeof EarlierRatingsSchema>;
