import * as z from 'zod';
import { ApproachIdSchema, ApproachSchema, CategoryIdSchema, GoalIdSchema, ResourceLevelSchema, StableIdSchema } from '../../catalog/catalogTypes';
import { LangSchema } from '../../i18n/langSchema';

const texts = z.array(z.string());

/** GET /api/catalog?lang=: the national catalogue with every text in one language. */
export const LocalizedCatalogSchema = z
  .strictObject({
    lang: LangSchema,
    goals: z.array(z.strictObject({ id: GoalIdSchema, name: z.string() })),
    categories: z.array(z.strictObject({ id: CategoryIdSchema, name: z.string() })),
    models: z.array(
      z.strictObject({
        id: StableIdSchema,
        categoryId: CategoryIdSchema,
        name: z.string(),
        why: z.string(),
        how: z.string(),
        examples: texts,
        resources: ResourceLevelSchema.meta({ description: 'Resources needed: 1 few, 2 moderate, 3 much.' }),
        highImpactGoals: z.array(GoalIdSchema),
        caveats: texts,
      }),
    ),
    approaches: z.array(
      z.strictObject({
        id: ApproachIdSchema,
        weight: z.number().int().min(1).max(5),
        name: z.string(),
        what: z.string(),
        why: z.string(),
        how: z.string(),
        examples: texts,
        caveats: texts,
        figures: ApproachSchema.shape.figures,
      }),
    ),
    themes: z.array(z.strictObject({ id: StableIdSchema, name: z.string(), description: z.string() })),
    phases: z.array(z.strictObject({ id: StableIdSchema, name: z.string(), description: z.string(), seedTiming: z.string(), typicalWeeks: z.number().int().min(1) })),
  })
  .meta({ id: 'Catalog' });

