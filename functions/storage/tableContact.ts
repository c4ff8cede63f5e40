import type { TableClient } from '@azure/data-tables';
import { ContactSchema, type Contact } from '../../shared/schemas/contactSchema';
import { statusOf, storageCall } from './storageCall';
import { participantKey } from './tableRows';

/** The participant entity's properties as stored; `contact` is the contact person as JSON. */
export interface ParticipantEntity {
  name: string;
  tokenHash: string;
  contact?: string;
}

/** The stored contact person, or undefined when none is set (or the stored JSON is unreadable). */
export function contactOf(e: { contact?: string }): { contact?: Contact } {
  if (typeof e.contact !== 'string') return {};
  try {
    const parsed = ContactSchema.safeParse(JSON.parse(e.contact));
    return parsed.success ? { contact: parsed.data } : {};
  } catch {
    return {};
  }
}

/**
 * Writes a participant's contact person into its entity (a merge: name and token hash stay as they
 * are). Last write wins. Answers false when the participant does not exist: nothing is created.
 */
export async function writeContact(t: TableClient, roundId: string, participantId: string, contact: Contact): Promise<boolean> {
  const entity = { partitionKey: roundId, rowKey: participantKey(participantId), contact: JSON.stringify(contact) };
  return storageCall(async (abortSignal) => {
    try {
      await t.updateEntity(entity, 'Merge', { etag: '*', abortSignal });
      return true;
    } catch (err) {
      if (statusOf(err) === 404) return false;
      throw err;
    }
  });
}
