import * as z from 'zod';
import { ParticipantIdSchema, SharingLevelSchema } from './submissionSchema';
import { userText } from './textSchema';

/** A reference to one of the participant's own items: `sa:<themeId>` or `report:<itemId>`. */
export const ItemRefSchema = z
  .string()
  .regex(/^(sa:[a-z0-9][a-z0-9-]{0,63}|report:[a-z0-9]{4,16})$/)
  .meta({ description: '`sa:<themeId>` (its self-assessment item of a theme: rating and texts) or `report:<itemId>` (an item of the feedback report about it).' });

/** POST /api/rounds/{roundId}/results/review (coordinator): opens the review, or moves its deadline. */
export const ReviewInputSchema = z.strictObject({
  deadline: z.iso.date().meta({ description: 'The last day for responses (YYYY-MM-DD), today or later.' }),
});
export type ReviewInput = z.infer<typeof ReviewInputSchema>;

/** The review's state. */
export const ReviewStateSchema = z
  .strictObject({ deadline: z.iso.date(), openedAt: z.string(), revision: z.number().int().min(1) })
  .meta({ id: 'ResultsReview' });
export type ReviewState = z.infer<typeof ReviewStateSchema>;

/** PUT /api/rounds/{roundId}/results/responses/{participantId} (that participant). */
export const ResponseInputSchema = z.strictObject({
  approve: z.boolean(),
  comments: z.array(z.strictObject({ itemRef: ItemRefSchema, text: userText().trim().min(1).max(2000) })).max(200).default([]),
  lower: z.array(z.strictObject({ itemRef: ItemRefSchema, level: SharingLevelSchema.meta({ description: 'At most the item’s current level; a higher one is a 422.' }) })).max(200).default([]),
});
export type ResponseInput = z.infer<typeof ResponseInputSchema>;

export const ResponseStatusSchema = z.enum(['not-opened', 'opened', 'approved', 'commented']);
export type ResponseStatus = z.infer<typeof ResponseStatusSchema>;

/**
 * A comment as stored: with the theme of its item and, for a report item, whether it is a strength
 * or a development area, so the coordinator reads what it is about (never the item's id). Stored
 * responses from before these were kept have neither.
 */
const StoredCommentSchema = z.strictObject({
  itemRef: z.string(),
  text: z.string(),
  themeId: z.string().optional().meta({ description: 'The theme of the commented item.' }),
  field: z.enum(['strengths', 'developmentAreas']).optional().meta({ description: 'For a report item: a strength or a development area.' }),
});

/** One participant's response as stored (lowerings add up and never come back up). */
export const StoredResponseSchema = z.strictObject({
  openedAt: z.string().nullable(),
  respondedAt: z.string().nullable(),
  approve: z.boolean().nullable(),
  comments: z.array(StoredCommentSchema),
  lowered: z.record(z.string(), SharingLevelSchema).meta({ description: 'Item reference → the level it was lowered to.' }),
});
export type StoredResponse = z.infer<typeof StoredResponseSchema>;

/** The PUT's answer and one row of the coordinator's list. */
export const ResponseSchema = StoredResponseSchema.extend({
  participantId: ParticipantIdSchema,
  name: z.string(),
  status: ResponseStatusSchema.meta({ description: '`approved`: approved (maybe with comments or lowerings); `commented`: answered without approving.' }),
}).meta({ id: 'ResultsResponse' });
export type ResponseBody = z.infer<typeof ResponseSchema>;

/** Where the round's summary is published now, as the coordinator reads it. */
export const PublishedAtSchema = z.strictObject({
  publicId: z.string(),
  path: z.string().meta({ description: '`/api/public/results/<publicId>`; add `.html` for the page, `.xlsx` for the workbook.' }),
  publishedAt: z.string(),
});
export type PublishedAt = z.infer<typeof PublishedAtSchema>;

/** GET /api/rounds/{roundId}/results/responses (coordinator). */
export const ResponseListSchema = z
  .strictObject({
    review: ReviewStateSchema.nullable(),
    responses: z.array(ResponseSchema),
    publication: PublishedAtSchema.nullable().meta({ description: 'The public link while the summary is published; null before publishing and once withdrawn.' }),
  })
  .meta({ id: 'ResultsResponses' });
export type ResponseListBody = z.infer<typeof ResponseListSchema>;

/** GET /api/rounds/{roundId}/results/preview (each participant). */
export const PreviewSchema = z
  .strictObject({
    review: ReviewStateSchema,
    name: z.string(),
    items: z.array(
      z.strictObject({
        itemRef: z.string(),
        source: z.enum(['selfAssessment', 'report']),
        themeId: z.string(),
        field: z.enum(['rating', 'currentPractice', 'strengths', 'developmentAreas']),
        text: z.string(),
        level: z.enum(['summary', 'named']),
        shownName: z.string().nullable(),
      }),
    ),
    response: StoredResponseSchema.nullable(),
  })
  .meta({ id: 'ResultsPreview', description: 'The caller’s own items exactly as the summary shows them, after its lowerings. `team` items are not in it: they never show. A rating counts in its theme’s distribution without a name.' });
export type PreviewBody = z.infer<typeof PreviewSchema>;
