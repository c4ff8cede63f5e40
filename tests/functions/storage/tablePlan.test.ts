import { TableClient } from '@azure/data-tables';
import { AlreadyExistsError, PreconditionFailedError } from '../../../functions/storage/RoundStore';
import { TableRoundStore } from '../../../functions/storage/TableRoundStore';
import { planInterviews, type InterviewPlan } from '../../../shared/rounds/planInterviews';
import { startAzurite, type Azurite } from '../../../scripts/dev/azurite';

let azurite: Azurite;
let store: TableRoundStore;
beforeAll(async () => {
  azurite = await startAzurite();
  store = new TableRoundStore(TableClient.fromConnectionString(azurite.connectionString, 'plantable', { allowInsecureConnection: true }));
}, 30_000);
afterAll(async () => {
  await azurite.stop();
});

const plan = (ids: string[]): InterviewPlan => {
  const r = planInterviews(ids);
  if (!r.ok) throw new Error('expected a plan');
  return r.value;
};

describe('the stored interview plan on Azurite', () => {
  it('is absent until written, then created once and replaced only with the ETag it was read with', async () => {
    expect(await store.getPlan('r-plan')).toBeUndefined();
    await store.putPlan('r-plan', plan(['a', 'b', 'c']));
    await expect(store.putPlan('r-plan', plan(['a', 'b', 'c', 'd']))).rejects.toBeInstanceOf(AlreadyExistsError);
    const read = await store.getPlan('r-plan');
    expect(read?.plan).toEqual(plan(['a', 'b', 'c']));
    await store.putPlan('r-plan', plan(['a', 'b', 'c', 'd']), read!.etag);
    await expect(store.putPlan('r-plan', plan(['x', 'y', 'z']), read!.etag)).rejects.toBeInstanceOf(PreconditionFailedError);
    expect((await store.getPlan('r-plan'))?.plan.visits.map((v) => v.hostId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('holds the plan of a round of 1000 participants with ids of the longest kind (40 characters) in one entity', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `osallistuja-${String(i).padStart(4, '0')}-${'x'.repeat(23)}`);
    await store.putPlan('r-big', plan(ids));
    expect((await store.getPlan('r-big'))?.plan.visits).toHaveLength(1000);
  });

  it('lists latest pointers without bodies', async () => {
    expect(await store.listLatestPointers('r-plan')).toEqual([]);
  });
});
