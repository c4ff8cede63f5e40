import type { Contact } from '../../shared/schemas/contactSchema';
import type { VisitDetails, VisitDetailsBody } from '../../shared/schemas/visitDetailsSchema';
import type { VisitQuestions, VisitQuestionsBody } from '../../shared/schemas/visitQuestionsSchema';
import type { StoredVisitDoc } from '../storage/visitDocs';

/** Before the first write the details are empty (revision 0), so every reader gets the same shape. */
export function detailsBody(hostId: string, d: StoredVisitDoc<VisitDetails> | undefined, participantContact?: Contact): VisitDetailsBody {
  const v = d?.value;
  return {
    hostId,
    dates: v?.dates ?? [],
    roles: v?.roles ?? [],
    // The visit's own contact person; until one is given, the host's contact person (Profile sheet).
    contact: v?.contact ?? participantContact ?? null,
    material: { texts: v?.material.texts ?? [], links: (v?.material.links ?? []).map((l) => ({ ...(l.title !== undefined ? { title: l.title } : {}), url: l.url })) },
    revision: d?.revision ?? 0,
    updatedAt: d?.updatedAt ?? null,
  };
}

export function questionsBody(hostId: string, d: StoredVisitDoc<VisitQuestions> | undefined): VisitQuestionsBody {
  return {
    hostId,
    themes: d?.value.themes ?? [],
    sent: Boolean(d?.value.sentAt),
    sentAt: d?.value.sentAt ?? null,
    revision: d?.revision ?? 0,
    updatedAt: d?.updatedAt ?? null,
  };
}

/** ETag header for a revisioned document, when there is one. */
export const etagHeader = (d: { etag: string } | undefined): Record<string, string> => (d ? { etag: d.etag } : {});

/** The If-Match header, when sent. */
export const ifMatchOf = (headers: { get(name: string): string | null }): { ifMatch?: string } => {
  const v = headers.get('if-match');
  return v === null ? {} : { ifMatch: v };
};
