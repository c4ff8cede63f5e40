import { TableClient } from '@azure/data-tables';
import { TableRoundStore } from '../../../functions/storage/TableRoundStore';
import { startAzurite, type Azurite } from '../../../scripts/dev/azurite';

// A participant's contact person, stored in its participant entity (functions/storage/tableContact).
let azurite: Azurite;
let store: TableRoundStore;
let client: TableClient;
beforeAll(async () => {
  azurite = await startAzurite();
  client = TableClient.fromConnectionString(azurite.connectionString, 'contacttable', { allowInsecureConnection: true });
  store = new TableRoundStore(client);
  await store.createRound(
    { round: { roundId: 'r-contact', name: 'Kierros', participantKind: 'municipalities', themes: [{ id: 'procurement' }], phases: [], participants: [] }, coordinatorKeyHash: 'hash', createdAt: '2026-11-24T10:00:00.000Z' },
    [{ participantId: 'turku', name: 'Turku', tokenHash: 'h1' }, { participantId: 'oulu', name: 'Oulu', tokenHash: 'h2' }],
  );
}, 30_000);
afterAll(async () => {
  await azurite.stop();
});

describe('setContact', () => {
  it('stores the contact with the participant, keeping its name and token hash; the last write wins', async () => {
    expect(await store.setContact('r-contact', 'turku', { name: 'Aino Virtanen', email: 'aino@turku.fi' })).toBe(true);
    expect(await store.setContact('r-contact', 'turku', { name: 'Aino Virtanen', role: 'Koordinaattori', email: 'aino.virtanen@turku.fi' })).toBe(true);
    expect(await store.getParticipant('r-contact', 'turku')).toEqual({
      participantId: 'turku', name: 'Turku', tokenHash: 'h1', contact: { name: 'Aino Virtanen', role: 'Koordinaattori', email: 'aino.virtanen@turku.fi' },
    });
    expect(await store.listParticipants('r-contact')).toEqual([
      { participantId: 'oulu', name: 'Oulu', tokenHash: 'h2' },
      { participantId: 'turku', name: 'Turku', tokenHash: 'h1', contact: { name: 'Aino Virtanen', role: 'Koordinaattori', email: 'aino.virtanen@turku.fi' } },
    ]);
  });

  it('creates no participant that does not exist', async () => {
    expect(await store.setContact('r-contact', 'vaasa', { name: 'Ville', email: 'ville@vaasa.fi' })).toBe(false);
    expect(await store.getParticipant('r-contact', 'vaasa')).toBeUndefined();
  });

  it('reads a stored contact it cannot parse as none', async () => {
    await client.updateEntity({ partitionKey: 'r-contact', rowKey: 'participant|oulu', contact: '{"name":' }, 'Merge');
    expect(await store.getParticipant('r-contact', 'oulu')).toEqual({ participantId: 'oulu', name: 'Oulu', tokenHash: 'h2' });
  });
});
