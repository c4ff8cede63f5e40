import * as z from 'zod';
import { ApproachIdSchema, GoalIdSchema } from '../../catalog/catalogTypes';
import type { InLanguage } from '../../i18n/pickLanguage';
import type { Recommendation } from '../../recommendation/recommend';
import { ModelStatusSchema } from '../submissionSchema';
import type { Agrees } from './schemaAgreement';

const texts = z.array(z.string());
const ImpactValue = z.strictObject({ value: z.number(), source: z.enum(['own', 'catalogue']) });

/** A coordination approach ranked for the participant, with the rules that moved it and their sources. */
export const RankedApproachSchema = z
  .strictObject({
    approachId: ApproachIdSchema,
    rank: z.number().int().min(1),
    weight: z.number().int().min(1).max(5).meta({ description: '1 lightest … 5 heaviest.' }),
    suitability: z.number().min(0).max(100),
    requiredCapacity: z.number().int(),
    exceedsCapacity: z.boolean(),
    reasons: z.array(z.strictObject({ ruleId: z.string(), points: z.number(), text: z.string(), source: z.strictObject({ seed: z.string(), quote: z.string() }) })),
    prerequisites: z.array(z.strictObject({ text: z.string(), met: z.boolean() })),
    caveats: texts,
    examples: texts,
  })
  .meta({ id: 'RankedApproach' });

/** An operating model scored for the participant: F(m) × feasibility, with reasons. */
export const RankedModelSchema = z
  .strictObject({
    modelId: z.string(),
    catalogueIndex: z.number().int().min(0),
    status: ModelStatusSchema.optional().meta({ description: 'The participant’s own status; absent when not given.' }),
    values: z.strictObject({ A: ImpactValue, B: ImpactValue, C: ImpactValue, D: ImpactValue, E: ImpactValue }),
    goalFit: z.number(),
    gap: z.number().int(),
    fit: z.enum(['fits', 'stretch', 'exceeds']),
    feasibility: z.number(),
    score: z.number(),
    rank: z.number().int().min(1),
    reasons: z.array(z.strictObject({ code: z.string(), text: z.string() })),
    caveats: texts,
  })
  .meta({ id: 'RankedModel' });

/** The weight range of one goal within which a model keeps its place. */
export const StabilityIntervalSchema = z
  .strictObject({
    modelId: z.string(),
    rank: z.number().int().min(1),
    goal: GoalIdSchema,
    current: z.number(),
    low: z.number(),
    high: z.number(),
    lowOpen: z.boolean(),
    highOpen: z.boolean(),
    wholeRange: z.boolean(),
    text: z.string(),
  })
  .meta({ id: 'StabilityInterval' });

/** POST /api/recommend: the whole recommendation for one submission, every text in the caller's language. */
export const RecommendationSchema = z
  .strictObject({
    participantName: z.string(),
    capacity: z.number().int().min(1).max(3),
    suggestedCapacity: z.number().int().min(1).max(3).optional().meta({ description: 'The level staff time and budget suggest, when either was given.' }),
    notes: texts,
    approaches: z.array(RankedApproachSchema),
    models: z.array(RankedModelSchema),
    stability: z.array(StabilityIntervalSchema),
  })
  .meta({ id: 'Recommendation' });

const _agrees: Agrees<InLanguage<Recommendation>, typeof RecommendationSchema> = true;
