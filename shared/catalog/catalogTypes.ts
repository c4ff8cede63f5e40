import * as z from 'zod';
import { LocalizedSchema } from '../i18n/langSchema';
import { APPROACH_IDS, CATEGORY_IDS, GOAL_IDS } from './catalogIds';

export { APPROACH_IDS, CATEGORY_IDS, GOAL_IDS, type ApproachId, type CategoryId, type GoalId } from './catalogIds';

export const GoalIdSchema = z.enum(GOAL_IDS);

export const CategoryIdSchema = z.enum(CATEGORY_IDS);

/** Resources needed, money and staff together: 1 = `*` few, 2 = `**` moderate, 3 = `***` much (seed 003). */
export const ResourceLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type ResourceLevel = z.infer<typeof ResourceLevelSchema>;

/** ASCII, lower-case, kebab-case: stable across languages and used as table keys in sheets. */
export const StableIdSchema = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);

export const GoalSchema = z.strictObject({
  id: GoalIdSchema,
  name: LocalizedSchema,
  /** The short label the seed uses in the high-impact column, e.g. "Ilmastopäästöt". */
  seedLabel: z.string().min(1),
});
export type Goal = z.infer<typeof GoalSchema>;

export const CategorySchema = z.strictObject({
  id: CategoryIdSchema,
  name: LocalizedSchema,
  /** The heading exactly as in seed 003. */
  seedName: z.string().min(1),
});
export type Category = z.infer<typeof CategorySchema>;

export const OperatingModelSchema = z.strictObject({
  id: StableIdSchema,
  categoryId: CategoryIdSchema,
  /** fi is the model's name exactly as in seed 003; sv and en are translations. */
  name: LocalizedSchema,
  /** "Miksi": why a municipality would use it, in our own words. */
  why: LocalizedSchema,
  /** "Miten": how it is done, in our own words. */
  how: LocalizedSchema,
  /** "Missä": places and organisations named by the seed, verbatim. */
  examples: z.array(z.string().min(1)),
  resources: ResourceLevelSchema,
  /** Goals with ≥ 3.3 points in the spring 2022 expert assessment, as the page marks them (may be empty). */
  highImpactGoals: z.array(GoalIdSchema),
  /** Warnings the page gives ("Huom."), in our own words. */
  caveats: z.array(LocalizedSchema),
});
export type OperatingModel = z.infer<typeof OperatingModelSchema>;

export const ApproachIdSchema = z.enum(APPROACH_IDS);

export const ApproachSchema = z.strictObject({
  id: ApproachIdSchema,
  /** 1 = lightest … 5 = heaviest, the seed's order. */
  weight: z.number().int().min(1).max(5),
  name: LocalizedSchema,
  what: LocalizedSchema,
  why: LocalizedSchema,
  how: LocalizedSchema,
  /** Networks and places the seed names, verbatim. */
  examples: z.array(z.string().min(1)),
  caveats: z.array(LocalizedSchema),
  /** Figures the seed gives (e.g. member fee, staff), numeric where the seed is. */
  figures: z
    .strictObject({
      memberFeeEurPerYear: z.strictObject({ min: z.number(), max: z.number() }).optional(),
      coordinationFte: z.number().optional(),
      additionalPeople: z.number().optional(),
      source: z.string().min(1),
    })
    .optional(),
});
export type Approach = z.infer<typeof ApproachSchema>;

/** Default peer-learning themes (seed 001, "Vertaisoppimisessa käsiteltäviä teemoja"). */
export const ThemeSchema = z.strictObject({
  id: StableIdSchema,
  name: LocalizedSchema,
  description: LocalizedSchema,
});
export type Theme = z.infer<typeof ThemeSchema>;

/** Phases of a peer-learning round (seeds 000 and 001, "Vertaisoppimisen vaiheet" / "Hankkeen aikataulu"). */
export const PhaseSchema = z.strictObject({
  id: StableIdSchema,
  name: LocalizedSchema,
  description: LocalizedSchema,
  /** The pilot's timing as the seed gives it, e.g. "tammi-helmikuu 2022". */
  seedTiming: z.string().min(1),
  /** Typical length in weeks, derived from the seed's timing, used to propose dates for a new round. */
  typicalWeeks: z.number().int().min(1),
});
export type Phase = z.infer<typeof PhaseSchema>;
