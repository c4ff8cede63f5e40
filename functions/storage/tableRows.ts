import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { StoredParticipant } from './RoundStore';
import { statusOf, storageCall } from './storageCall';

/** Row keys inside a round's partition. Ids are [a-z0-9-], so `|` separates safely. */
export const ROUND_KEY = 'round';
/** The stored interview plan (one JSON document). */
export const PLAN_KEY = 'plan';
export const participantKey = (pid: string) => `participant|${pid}`;
export const latestKey = (pid: string) => `latest|${pid}`;
export const versionPrefix = (pid: string, version: number) => `submission|${pid}|${String(version).padStart(10, '0')}|`;

export const participantAction = (roundId: string, p: StoredParticipant): TransactionAction => [
  'create',
  { partitionKey: roundId, rowKey: participantKey(p.participantId), name: p.name, tokenHash: p.tokenHash },
];

/** A transaction; a 409 or 412 (an entity it creates exists, or one it updates moved) becomes `conflict`. */
export const transact = (t: TableClient, actions: TransactionAction[], conflict: () => Error) =>
  storageCall(async (abortSignal) => {
    try {
      await t.submitTransaction(actions, { abortSignal });
    } catch (err) {
      const status = statusOf(err);
      if (status === 409 || status === 412) throw conflict();
      throw err;
    }
  });

/**
 * Removes participant rows written by a request that then failed, one by one so that a row that was
 * never written (a batch whose outcome is unknown) does not stop the rest. Returns the ids whose
 * removal failed.
 */
export async function deleteParticipantRows(t: TableClient, roundId: string, participants: readonly StoredParticipant[]): Promise<string[]> {
  const failed: string[] = [];
  for (let i = 0; i < participants.length; i += 16) {
    await Promise.all(participants.slice(i, i + 16).map(async (p) => {
      try {
        await storageCall(async (abortSignal) => {
          try {
            await t.deleteEntity(roundId, participantKey(p.participantId), { abortSignal });
          } catch (err) {
            if (statusOf(err) !== 404) throw err;
          }
        });
      } catch {
        failed.push(p.participantId);
      }
    }));
  }
  return failed;
}
