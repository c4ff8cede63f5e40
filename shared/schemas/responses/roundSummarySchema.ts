import * as z from 'zod';
import { ApproachIdSchema, GoalIdSchema } from '../../catalog/catalogTypes';
import type { ModelSummary, RoundSummary, ThemeSummary } from '../../rounds/combineRound';
import type { Agrees } from './schemaAgreement';

const Spread = z
  .strictObject({ n: z.number().int().min(1), mean: z.number(), median: z.number().nullable(), q1: z.number().nullable(), q3: z.number().nullable(), iqr: z.number().nullable() })
  .nullable()
  .meta({ description: 'Null where too few scored; members see median and quartiles only from five scorers.' });
const count = z.number().int().min(0);
const Shared = z.strictObject({ text: z.string(), participantName: z.string().optional().meta({ description: 'Only where the author chose `named`.' }) });
const Finding = z.strictObject({ text: z.string(), hostName: z.string().optional().meta({ description: 'Only where the host chose `named`.' }) });

/** One operating model across the round's latest submissions. */
export const ModelSummarySchema = z
  .strictObject({
    modelId: z.string(),
    statusCounts: z.strictObject({ inUse: count, planned: count, considering: count, notRelevant: count, unanswered: count }).nullable(),
    impact: z.strictObject({ A: Spread, B: Spread, C: Spread, D: Spread, E: Spread }),
    highImpactGoals: z.array(GoalIdSchema),
    catalogueHighImpactGoals: z.array(GoalIdSchema),
    differsFromCatalogueOn: z.array(GoalIdSchema),
    recommendedCount: count.nullable(),
  })
  .meta({ id: 'ModelSummary' });

/** One theme of the round: rating distribution, shared texts and the interview teams' findings. */
export const ThemeSummarySchema = z
  .strictObject({
    themeId: z.string(),
    ratedCount: count,
    distribution: z.tuple([count, count, count, count, count]).nullable().meta({ description: 'Counts of ratings 1–5; null below three raters.' }),
    currentPractice: z.array(Shared),
    strengths: z.array(Shared),
    developmentAreas: z.array(Shared),
    teamStrengths: z.array(Finding),
    teamDevelopmentAreas: z.array(Finding),
  })
  .meta({ id: 'ThemeSummary' });

/** GET /api/rounds/{roundId}/summary: the combined results, as the coordinator or as members see them. */
export const RoundSummarySchema = z
  .strictObject({
    audience: z.enum(['coordinator', 'member']),
    participantCount: count,
    minGroupSize: z.number().int().min(1),
    models: z.array(ModelSummarySchema),
    themes: z.array(ThemeSummarySchema),
    approaches: z.array(z.strictObject({ approachId: ApproachIdSchema, recommendedCount: count.nullable() })),
  })
  .meta({ id: 'RoundSummary' });

const _models: Agrees<ModelSummary, typeof ModelSummarySchema> = true;
const _themes: Agrees<ThemeSummary, typeof ThemeSummarySchema> = true;
const _summary: Agrees<RoundSummary, typeof RoundSummarySchema> = true;
