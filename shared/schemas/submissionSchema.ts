import * as z from 'zod';
import { GOAL_IDS, StableIdSchema } from '../catalog/catalogTypes';
import { ContactSchema } from './contactSchema';
import { LIMITS } from './limits';
import { GoalWeightsSchema, ParticipantSchema, ProfileSchema } from './profileSchema';
import { userText } from './textSchema';

/** What the participant does with an operating model (flow 2). */
export const MODEL_STATUSES = ['in-use', 'planned', 'considering', 'not-relevant'] as const;
export const ModelStatusSchema = z.enum(MODEL_STATUSES);
export type ModelStatus = z.infer<typeof ModelStatusSchema>;

/** Who may see a rating or text (SYSTEM.md "Sharing levels"); `team` is the default. */
export const SHARING_LEVELS = ['team', 'summary', 'named'] as const;
export const SharingLevelSchema = z.enum(SHARING_LEVELS);
export type SharingLevel = z.infer<typeof SharingLevelSchema>;

const impactScore = z.number().int().min(1).max(5);

/** The participant's own impact scores 1–5 per goal; a missing goal falls back to the catalogue. */
export const OwnImpactSchema = z.strictObject(
  Object.fromEntries(GOAL_IDS.map((g) => [g, impactScore.optional()])) as Record<
    (typeof GOAL_IDS)[number],
    z.ZodOptional<typeof impactScore>
  >,
);
export type OwnImpact = z.infer<typeof OwnImpactSchema>;

/** Stable ids are checked against the catalogue by the parser; the schema keeps only the shape. */
export const ModelAssessmentSchema = z.strictObject({
  modelId: StableIdSchema,
  status: ModelStatusSchema.optional(),
  impact: OwnImpactSchema.optional(),
  /** Private notes: never leave the participant's own submission. */
  notes: userText().max(LIMITS.notes).optional(),
});
export type ModelAssessment = z.infer<typeof ModelAssessmentSchema>;

const longText = userText().max(LIMITS.longText).optional();

/**
 * One theme of the self-assessment. The sharing level applies to the whole item: its rating and texts
 * (one choice per row keeps the sheet usable; the seed lets participants decide how much they share).
 */
export const SelfAssessmentItemSchema = z.strictObject({
  themeId: StableIdSchema,
  rating: z.number().int().min(1).max(5).optional(),
  currentPractice: longText,
  strengths: longText,
  developmentAreas: longText,
  evidence: longText,
  sharing: SharingLevelSchema.default('team'),
});
export type SelfAssessmentItem = z.infer<typeof SelfAssessmentItemSchema>;
export type SelfAssessmentItemInput = z.input<typeof SelfAssessmentItemSchema>;

export { SELF_ASSESSMENT_TEXT_FIELDS, type SelfAssessmentTextField } from './selfAssessmentFields';

/** Round codes and participant ids are short ASCII tokens safe in URLs and table keys. */
export const RoundIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{2,39}$/);
export const ParticipantIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);

export const SUBMISSION_SCHEMA_VERSION = 1;

/** The top-level sections; a missing one gets its own error code. */
export const SUBMISSION_SECTIONS = ['participant', 'profile', 'goalWeights', 'models', 'selfAssessment'] as const;

/** A whole submission: everything a participant's workbook holds (flows 1–3). */
export const SubmissionSchema = z.strictObject({
  schemaVersion: z.literal(SUBMISSION_SCHEMA_VERSION),
  roundId: RoundIdSchema.optional(),
  participantId: ParticipantIdSchema.optional(),
  participant: ParticipantSchema,
  profile: ProfileSchema,
  goalWeights: GoalWeightsSchema,
  models: z.array(ModelAssessmentSchema).max(LIMITS.maxModels),
  selfAssessment: z.array(SelfAssessmentItemSchema).max(LIMITS.maxThemes),
  /** The contact person for the participant's own visit; storing the submission sets it for the round. */
  contact: ContactSchema.optional(),
});
export type Submission = z.infer<typeof SubmissionSchema>;
export type SubmissionInput = z.input<typeof SubmissionSchema>;
