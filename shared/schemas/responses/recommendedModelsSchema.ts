import * as z from 'zod';
import type { SharedModelsData } from '../../layouts/coordinatorSheets';
import { ModelSummarySchema } from './roundSummarySchema';
import type { Agrees } from './schemaAgreement';

/** GET /api/rounds/{roundId}/recommended-models: the members' view of the round's models and the most recommended ones. */
export const RecommendedModelsSchema = z
  .strictObject({
    participantCount: z.number().int().min(0),
    models: z.array(ModelSummarySchema),
    mostRecommended: z.array(z.strictObject({ modelId: z.string(), recommendedCount: z.number().int().min(1) })).max(10),
  })
  .meta({ id: 'RecommendedModels' });

const _agrees: Agrees<SharedModelsData, typeof RecommendedModelsSchema> = true;
