import * as z from 'zod';
import type { Lang } from '../i18n/lang';
import type { LocalizedCatalogSchema } from '../schemas/responses/catalogResponseSchema';
import { CATALOG_DATA } from './catalogData';
import {
  ApproachSchema,
  CategorySchema,
  GoalSchema,
  OperatingModelSchema,
  PhaseSchema,
  ThemeSchema,
} from './catalogTypes';

/**
 * What the whole national catalogue must be beyond its types (counts, unique ids, text limits).
 * The data is compiled in, so it is checked once in CI (tests/shared/catalog/catalogSchema.test.ts)
 * rather than parsed at every start of the app (cold start).
 */
export const CatalogSchema = z
  .strictObject({
    goals: z.array(GoalSchema).length(5),
    categories: z.array(CategorySchema).length(8),
    models: z.array(OperatingModelSchema).length(35),
    approaches: z.array(ApproachSchema).length(5),
    themes: z.array(ThemeSchema).min(1),
    phases: z.array(PhaseSchema).min(1),
  })
  .superRefine((c, ctx) => {
    const ids = new Set<string>();
    c.models.forEach((m, i) => {
      if (ids.has(m.id)) ctx.addIssue({ code: 'custom', path: ['models', i, 'id'], message: `duplicate id ${m.id}` });
      ids.add(m.id);
    });
  });
/** The catalogue as the app reads it: the checked data (CatalogSchema), read-only. */
export type Catalog = typeof CATALOG_DATA;

export const CATALOG: Catalog = CATALOG_DATA;

/** Model ids in catalogue order; the order breaks score ties. */
export const MODEL_IDS: readonly string[] = CATALOG.models.map((m) => m.id);


/** The catalogue in one language, the shape `npm run catalog` and `GET /api/catalog` return (its schema is the source). */
export type LocalizedCatalog = z.infer<typeof LocalizedCatalogSchema>;

/**
 * The catalogue with every text in one language.
 *
 * @example
 * localizeCatalog('en').models.length // 35
 */
export function localizeCatalog(lang: Lang): LocalizedCatalog {
  return {
    lang,
    goals: CATALOG.goals.map((g) => ({ id: g.id, name: g.name[lang] })),
    categories: CATALOG.categories.map((c) => ({ id: c.id, name: c.name[lang] })),
    models: CATALOG.models.map((m) => ({
      id: m.id,
      categoryId: m.categoryId,
      name: m.name[lang],
      why: m.why[lang],
      how: m.how[lang],
      examples: [...m.examples],
      resources: m.resources,
      highImpactGoals: [...m.highImpactGoals],
      caveats: m.caveats.map((c) => c[lang]),
    })),
    approaches: CATALOG.approaches.map((a) => ({
      id: a.id,
      weight: a.weight,
      name: a.name[lang],
      what: a.what[lang],
      why: a.why[lang],
      how: a.how[lang],
      examples: [...a.examples],
      caveats: a.caveats.map((c) => c[lang]),
      ...(a.figures ? { figures: a.figures } : {}),
    })),
    themes: CATALOG.themes.map((t) => ({ id: t.id, name: t.name[lang], description: t.description[lang] })),
    phases: CATALOG.phases.map((p) => ({
      id: p.id,
      name: p.name[lang],
      description: p.description[lang],
      seedTiming: p.seedTiming,
      typicalWeeks: p.typicalWeeks,
    })),
  };
}
