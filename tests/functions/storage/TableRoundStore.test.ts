import { TableClient } from '@azure/data-tables';
import { AlreadyExistsError, PreconditionFailedError, StorageUnavailableError } from '../../../functions/storage/RoundStore';
import { IdempotencyKeyReusedError } from '../../../functions/storage/recentWrites';
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
    const first = await store.putSubmission('r-two', 'turku', makeSubmission(), { submittedAt: '2026-11-24T10:00:00.000Z', contentHash: 'k1' });
    expect(first).toEqual({ version: 1, submittedAt: '2026-11-24T10:00:00.000Z', etag: '"v1"', repeated: false });
    const second = await store.putSubmission('r-two', 'turku', makeSubmission({ participant: { name: 'Turku 2', kind: 'municipality' } }), { submittedAt: '2026-11-24T11:00:00.000Z', ifMatch: '"v1"', contentHash: 'k2' });
    expect(second.version).toBe(2);
    await expect(store.putSubmission('r-two', 'turku', makeSubmission(), { submittedAt: 'x', ifMatch: '"v1"', contentHash: 'k3' })).rejects.toBeInstanceOf(PreconditionFailedError);
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
    await store.putSubmission('r-big', 'p', big, { submittedAt: 't', contentHash: 'big' });
    expect((await store.getSubmission('r-big', 'p'))!.submission).toEqual(big);
  });

  it('lets exactly one of 50 concurrent writes with the same If-Match win', async () => {
    await store.createRound(round('r-race'));
    await store.putSubmission('r-race', 'p', makeSubmission(), { submittedAt: 't0', contentHash: 'w' });
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => store.putSubmission('r-race', 'p', makeSubmission({ participant: { name: `W${i}`, kind: 'municipality' } }), { submittedAt: `t${i}`, ifMatch: '"v1"', contentHash: `w${i}` })),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason instanceof PreconditionFailedError)).toBe(true);
    expect((await store.getLatestPointer('r-race', 'p'))!.version).toBe(2);
  });

  it('without If-Match, 50 concurrent writes all land as consecutive versions, none lost', async () => {
    await store.createRound(round('r-free'));
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => store.putSubmission('r-free', 'p', makeSubmission({ participant: { name: `F${i}`, kind: 'municipality' } }), { submittedAt: `t${i}`, contentHash: `f${i}` })));
    expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const names = await Promise.all(results.map(async (r) => (await store.getSubmission('r-free', 'p', r.version))!.submission.participant.name));
    expect(new Set(names).size).toBe(50);
  }, 60_000);

  it('a retry of the latest write (same write key) stores nothing new', async () => {
    await store.createRound(round('r-retry'));
    const first = await store.putSubmission('r-retry', 'p', makeSubmission(), { submittedAt: 't1', contentHash: 'same' });
    const again = await store.putSubmission('r-retry', 'p', makeSubmission(), { submittedAt: 't2', contentHash: 'same', ifMatch: '"v0"' });
    expect([first, again]).toEqual([
      { version: 1, submittedAt: 't1', etag: '"v1"', repeated: false },
      { version: 1, submittedAt: 't1', etag: '"v1"', repeated: true },
    ]);
    const other = await store.putSubmission('r-retry', 'p', makeSubmission(), { submittedAt: 't3', contentHash: 'other' });
    expect(other.version).toBe(2);
  });

  it('recognises a retry by its Idempotency-Key after another write, refuses the key with another body, and stores a revert anew', async () => {
    await store.createRound(round('r-keys'));
    const put = (name: string, contentHash: string, idempotencyKey?: string) =>
      store.putSubmission('r-keys', 'p', makeSubmission({ participant: { name, kind: 'municipality' } }), { submittedAt: `at-${name}`, contentHash, ...(idempotencyKey ? { idempotencyKey } : {}) });
    const a = await put('A', 'hash-a', 'key-a');
    const b = await put('B', 'hash-b', 'key-b');
    const retryA = await put('A', 'hash-a', 'key-a');
    await expect(put('C', 'hash-c', 'key-a')).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    const revert = await put('A', 'hash-a');
    expect([a.version, b.version, retryA, revert.version]).toEqual([1, 2, { version: 1, submittedAt: 'at-A', etag: '"v1"', repeated: true }, 3]);
    expect((await store.getLatestPointer('r-keys', 'p'))!.version).toBe(3);
  });

  it('a conditional write that landed although storage answered 409 is reported as stored, not as 412', async () => {
    const client = TableClient.fromConnectionString(azurite.connectionString, 'testtable', { allowInsecureConnection: true });
    const real = client.submitTransaction.bind(client);
    let first = true;
    // The SDK's retry of a transaction that was applied meets its own rows: 409.
    client.submitTransaction = async (actions, options) => {
      const result = await real(actions, options);
      if (first && actions.length > 1) {
        first = false;
        throw Object.assign(new Error('conflict'), { statusCode: 409 });
      }
      return result;
    };
    const flaky = new TableRoundStore(client);
    await store.createRound(round('r-landed'));
    await flaky.putSubmission('r-landed', 'p', makeSubmission(), { submittedAt: 't1', contentHash: 'h1' });
    first = true;
    const second = await flaky.putSubmission('r-landed', 'p', makeSubmission({ participant: { name: 'Uusi', kind: 'municipality' } }), { submittedAt: 't2', contentHash: 'h2', ifMatch: '"v1"' });
    expect(second).toEqual({ version: 2, submittedAt: 't2', etag: '"v2"', repeated: true });
  });

  it('a round whose write landed although storage failed to answer is kept whole', async () => {
    const client = TableClient.fromConnectionString(azurite.connectionString, 'testtable', { allowInsecureConnection: true });
    const real = client.submitTransaction.bind(client);
    client.submitTransaction = async (actions, options) => {
      const result = await real(actions, options);
      if (actions.some(([, e]) => e.rowKey === 'round')) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      return result;
    };
    const many = Array.from({ length: 150 }, (_, i) => ({ participantId: `w${i}`, name: `Kunta ${i}`, tokenHash: 'h' }));
    await new TableRoundStore(client).createRound(round('r-whole'), many);
    expect([(await store.getRound('r-whole'))!.round.roundId, (await store.listParticipants('r-whole')).length]).toEqual(['r-whole', 150]);
  });

  it('a participant batch that landed although storage failed to answer is removed with the rest', async () => {
    const client = TableClient.fromConnectionString(azurite.connectionString, 'testtable', { allowInsecureConnection: true });
    const real = client.submitTransaction.bind(client);
    let calls = 0;
    client.submitTransaction = async (actions, options) => {
      const result = await real(actions, options);
      calls += 1;
      if (calls === 2) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      return result;
    };
    await store.createRound(round('r-unknown'));
    const many = Array.from({ length: 250 }, (_, i) => ({ participantId: `u${i}`, name: `Kunta ${i}`, tokenHash: 'h' }));
    await expect(new TableRoundStore(client).addParticipants('r-unknown', many)).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(await store.listParticipants('r-unknown')).toEqual([]);
  }, 30_000);

  it('adds all participants of a request or none: a failing later batch removes the earlier ones', async () => {
    const client = TableClient.fromConnectionString(azurite.connectionString, 'testtable', { allowInsecureConnection: true });
    let calls = 0;
    const real = client.submitTransaction.bind(client);
    // Same method name and signature as the SDK's; the third transaction fails like an outage would.
    client.submitTransaction = async (actions, options) => {
      calls += 1;
      if (calls === 3) throw Object.assign(new Error('connection reset'), { code: 'ECONNRESET' });
      return real(actions, options);
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

  it('a round whose own write fails leaves none of the participants written ahead of it', async () => {
    const client = TableClient.fromConnectionString(azurite.connectionString, 'testtable', { allowInsecureConnection: true });
    const real = client.submitTransaction.bind(client);
    // The round's transaction (the one that creates the round entity) fails like an outage would.
    client.submitTransaction = async (actions, options) => {
      if (actions.some(([, e]) => e.rowKey === 'round')) throw Object.assign(new Error('connection reset'), { code: 'ECONNRESET' });
      return real(actions, options);
    };
    const lines: string[] = [];
    const flaky = new TableRoundStore(client, { log: (l) => lines.push(l) });
    const many = Array.from({ length: 150 }, (_, i) => ({ participantId: `q${i}`, name: `Kunta ${i}`, tokenHash: `secret-hash-${i}` }));
    await expect(flaky.createRound(round('r-half'), many)).rejects.toBeInstanceOf(StorageUnavailableError);
    expect([await store.getRound('r-half'), await store.listParticipants('r-half'), lines]).toEqual([undefined, [], []]);
  });

  it('a rollback that fails too is logged, without token hashes', async () => {
    const client = TableClient.fromConnectionString(azurite.connectionString, 'testtable', { allowInsecureConnection: true });
    const real = client.submitTransaction.bind(client);
    client.submitTransaction = async (actions, options) => {
      if (actions.some(([, e]) => e.rowKey === 'round')) throw Object.assign(new Error('connection reset'), { code: 'ECONNRESET' });
      return real(actions, options);
    };
    client.deleteEntity = async () => {
      throw Object.assign(new Error('connection reset'), { code: 'ECONNRESET' });
    };
    const lines: string[] = [];
    const flaky = new TableRoundStore(client, { log: (l) => lines.push(l) });
    const many = Array.from({ length: 101 }, (_, i) => ({ participantId: `z${i}`, name: `Kunta ${i}`, tokenHash: `secret-hash-${i}` }));
    await expect(flaky.createRound(round('r-left'), many)).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(lines).toEqual(['rollback failed after creating a round in round r-left: 2 participant rows left (z99, z100)']);
  });

  it('reports unreachable storage as unavailable', async () => {
    const dead = new TableRoundStore(TableClient.fromConnectionString(azuriteConnectionString(await freePort()), 't', { allowInsecureConnection: true, retryOptions: { maxRetries: 0 } }));
    await expect(dead.ping()).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});
