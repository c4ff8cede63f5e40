import * as z from 'zod';
import { LIMITS } from './limits';
import { userText } from './textSchema';

/** Who fills in the sheets: a municipality, a regional council or a company (seed 000 rounds are for companies). */
export const PARTICIPANT_KINDS = ['municipality', 'regional-council', 'company', 'other'] as const;
export const ParticipantKindSchema = z.enum(PARTICIPANT_KINDS);
export type ParticipantKind = z.infer<typeof ParticipantKindSchema>;

export const ParticipantSchema = z.strictObject({
  name: userText().trim().min(1).max(LIMITS.shortText),
  kind: ParticipantKindSchema,
  /** Residents (municipality, council) or employees (company); informative only. */
  population: z.number().int().min(0).max(100_000_000).optional(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** Own capacity for business cooperation, on the same 1–3 scale as the catalogue's resource stars. */
export const CapacityLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type CapacityLevel = z.infer<typeof CapacityLevelSchema>;

/** The facts that decide the coordination approach (seed 004). */
export const ApproachFactsSchema = z.strictObject({
  /** Existing business cooperation (trainings, a business network, communication) to build on. */
  existingCooperation: z.boolean(),
  /** The participant wants companies to sign climate commitments. */
  wantsCommitments: z.boolean(),
  /** A frontrunner business base: cleantech, energy or environmental-solution companies. */
  frontrunnerBase: z.boolean(),
  /** Badges, labels or awards for companies are planned. */
  badgesPlanned: z.boolean(),
});
export type ApproachFacts = z.infer<typeof ApproachFactsSchema>;

export const ProfileSchema = z.strictObject({
  capacity: CapacityLevelSchema,
  /** Staff time for business cooperation in full-time equivalents; suggests a capacity level. */
  staffFte: z.number().min(0).max(LIMITS.maxStaffFte).optional(),
  /** Yearly budget for business cooperation in euros; suggests a capacity level. */
  budgetEurPerYear: z.number().min(0).max(LIMITS.maxBudgetEur).optional(),
  facts: ApproachFactsSchema,
});
export type Profile = z.infer<typeof ProfileSchema>;

const weight = z.number().min(0).max(5);

/** Weights 0–5 for goals A–E; at least one must be above zero. */
export const GoalWeightsSchema = z
  .strictObject({ A: weight, B: weight, C: weight, D: weight, E: weight })
  .refine((w) => w.A + w.B + w.C + w.D + w.E > 0, { params: { code: 'weights_all_zero' } });
export type GoalWeights = z.infer<typeof GoalWeightsSchema>;
