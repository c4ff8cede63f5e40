import type { TableClient } from '@azure/data-tables';
import type { InterviewPlan } from '../../shared/rounds/planInterviews';
import { fromChunkEntities, toChunkEntities } from './documentChunks';
import { AlreadyExistsError, PreconditionFailedError, StoreError, type StoredPlan } from './RoundStore';
import { statusOf, storageCall, storageRead } from './storageCall';
import { PLAN_KEY } from './tableRows';

/** The round's stored interview plan: one entity (row key `plan`), its JSON cut into properties. */
export async function readPlan(t: TableClient, roundId: string): Promise<StoredPlan | undefined> {
  const e = await storageRead((abortSignal) => t.getEntity<Record<string, unknown>>(roundId, PLAN_KEY, { abortSignal }));
  return e ? { plan: JSON.parse(fromChunkEntities([e])) as InterviewPlan, etag: e.etag } : undefined;
}

/**
 * Writes the plan: created when `etag` is undefined (AlreadyExistsError when another request wrote
 * one first), otherwise replaced only if nobody changed it since it was read (PreconditionFailedError).
 */
export async function writePlan(t: TableClient, roundId: string, plan: InterviewPlan, etag?: string): Promise<void> {
  const chunks = toChunkEntities(JSON.stringify(plan));
  // 15 properties of 30 000 characters: far more than a plan of the largest round needs.
  if (chunks.length !== 1) throw new StoreError('interview plan too large for one entity');
  const entity = { partitionKey: roundId, rowKey: PLAN_KEY, ...chunks[0] };
  await storageCall(async (abortSignal) => {
    try {
      if (etag === undefined) await t.createEntity(entity, { abortSignal });
      else await t.updateEntity(entity, 'Replace', { etag, abortSignal });
    } catch (err) {
      const status = statusOf(err);
      if (status === 409) throw new AlreadyExistsError();
      if (status === 412) throw new PreconditionFailedError();
      throw err;
    }
  });
}
