import { TableClient } from '@azure/data-tables';
import { AlreadyExistsError, PreconditionFailedError, StorageUnavailableError } from '../../../functions/storage/RoundStore';
import { TableRoundStore } from '../../../functions/storage/TableRoundStore';
import { toChunkEntities, fromChunkEntities } from '../../../functions/storage/documentChunks';
import { startAzurite, azuriteConnectionString, freePort, type Azurite } from '../../../scripts/dev/azurite';
import { makeSubmission } from '../../helpers/makeSubmission';

let azurite: Azurite;
let store: TableRoundStore;
const round = (roundId: string) => ({
  round: { roundId, name: 'Kierros', participantKind: 'municipalities' as const, themes: [{ id: 'procurement' }], phases: [], participants: [] },
  coordinatorKeyHash: 'hash',
  createdAt: '2026-11-24T10:00:00.000Z',
});

beforeAll(async () => {
  azurite = await startAzurite();
  store = new TableRoundStore(TableClient.fromConnectionString(azurite.connectionString, 'testtable', { allowInsecureConnection: true }));
}, 30_000);
afterAll(async () => {
  await azurite.stop();
});

describe('documentChunks', () => {
  it('never cuts a surrogate pair', () => {
    const text = `${'a'.repeat(29_999)}😀${'b'.repeat(10)}`;
    const props = Object.values(toChunkEntities(text)[0]!);
    expect(props[0]!.length).toBe(29_999);
    expect(props[1]!.startsWith('😀')).toBe(true);
  });

  it.each([0, 1, 29_999, 30_000, 30_001, 450_000, 1_000_000])('round-trips %i characters', (n) => {
    const text = 'ä'.repeat(n);
    const entities = toChunkEntities(text);
    expect(entities.length).toBe(Math.max(1, Math.ceil(n / 450_000)));
    expect(fromChunkEntities(entities)).toBe(text);
  });
});

describe('TableRoundStore on Azurite', () => {
  it('stores a round and its participants', async () => {
    await store.createRound(round('r-one'));
    await store.addParticipants('r-one', [
      { participantId: 'turku', name: 'Turku', tokenHash: 'h1' },
      { participantId: 'oulu', name: 'Oulu', tokenHash: 'h2' },
    ]);
    expect((await store.getRound('r-one'))!.round.name).toBe('Kierros');
    expect(await store.getRound('r-none')).toBeUndefined();
    expect((await store.listParticipants('r-one')).map((p) => p.participantId)).toEqual(['oulu', 'turku']);
    expect(await store.getParticipant('r-one', 'turku')).toEqual({ participantId: 'turku', name: 'Turku', tokenHash: 'h1' });
  });

  it('versions submissions, honours If-Match and keeps every version readable', async () => {
    await store.createRound(round('r-two'));
    const first = await store.putSubmission('r-two', 'turku', makeSubmission(), '2026-11-24T10:00:00.000Z');
    expect(first).toEqual({ version: 1, submittedAt: '2026-11-24T10:00:00.000Z', etag: '"v1"' });
    const second = await store.putSubmission('r-two', 'turku', makeSubmission({ participant: { name: 'Turku 2', kind: 'municipality' } }), '2026-11-24T11:00:00.000Z', '"v1"');
    expect(second.version).toBe(2);
    await expect(store.putSubmission('r-two', 'turku', makeSubmission(), 'x', '"v1"')).rejects.toBeInstanceOf(PreconditionFailedError);
    expect((await store.getSubmission('r-two', 'turku'))!.submission.participant.name).toBe('Turku 2');
    expect((await store.getSubmission('r-two', 'turku', 1))!.submission.participant.name).toBe('Testikunta');
    expect(await store.getSubmission('r-two', 'turku', 3)).toBeUndefined();
    expect((await store.listLatestSubmissions('r-two')).map((s) => [s.participantId, s.version])).toEqual([['turku', 2]]);
  });

  it('stores a document larger than one 64 KiB property', async () => {
    await store.createRound(round('r-big'));
    const long = 'ö"\\'.repeat(1333);
    const big = makeSubmission({
      selfAssessment: ['procurement', 'energy-audits', 'strategy-link', 'consumption-monitoring'].map((themeId) => ({
        themeId, currentPractice: long, strengths: long, developmentAreas: long, evidence: long,
      })),
    });
    expect(Object.keys(toChunkEntities(JSON.stringify(big))[0]!).length).toBeGreaterThan(2);
    await store.putSubmission('r-big', 'p', big, 't');
    expect((await store.getSubmission('r-big', 'p'))!.submission).toEqual(big);
  });

  it('lets exactly one of 50 concurrent writes with the same If-Match win', async () => {
    await store.createRound(round('r-race'));
    await store.putSubmission('r-race', 'p', makeSubmission(), 't0');
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => store.putSubmission('r-race', 'p', makeSubmission({ participant: { name: `W${i}`, kind: 'municipality' } }), `t${i}`, '"v1"')),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason instanceof PreconditionFailedError)).toBe(true);
    expect((await store.getLatestPointer('r-race', 'p'))!.version).toBe(2);
  });

  it('without If-Match, concurrent writes all land as consecutive versions', async () => {
    await store.createRound(round('r-free'));
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => store.putSubmission('r-free', 'p', makeSubmission(), `t${i}`)));
    expect(results.map((r) => r.version).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('adds all participants of a request or none: a failing later batch removes the earlier ones', async () => {
    const client = TableClient.fromConnectionString(azurite.connectionString, 'testtable', { allowInsecureConnection: true });
    let calls = 0;
    const real = client.submitTransaction.bind(client);
    // Same method name and signature as the SDK's; the third transaction fails like an outage would.
    client.submitTransaction = async (actions) => {
      calls += 1;
      if (calls === 3) throw Object.assign(new Error('connection reset'), { code: 'ECONNRESET' });
      return real(actions);
    };
    const flaky = new TableRoundStore(client);
    await store.createRound(round('r-batch'));
    const many = Array.from({ length: 250 }, (_, i) => ({ participantId: `k${i}`, name: `Kunta ${i}`, tokenHash: 'h' }));
    await expect(flaky.addParticipants('r-batch', many)).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(await store.listParticipants('r-batch')).toEqual([]);
    expect(typeof TableClient.prototype.submitTransaction).toBe('function');
  });

  it('creates a round with more than 99 participants, the round last', async () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ participantId: `m${i}`, name: `Kunta ${i}`, tokenHash: 'h' }));
    await store.createRound(round('r-many'), many);
    expect(await store.listParticipants('r-many')).toHaveLength(150);
    await expect(store.createRound(round('r-many'))).rejects.toBeInstanceOf(AlreadyExistsError);
  });

  it('reports unreachable storage as unavailable', async () => {
    const dead = new TableRoundStore(TableClient.fromConnectionString(azuriteConnectionString(await freePort()), 't', { allowInsecureConnection: true, retryOptions: { maxRetries: 0 } }));
    await expect(dead.ping()).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});
