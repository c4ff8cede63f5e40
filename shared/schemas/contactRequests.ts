import * as z from 'zod';
import { ContactSchema, type Contact } from './contactSchema';
import type { FieldIssue } from './fieldIssue';
import { fromZodIssues } from './fromZodIssues';
import { ParticipantIdSchema } from './submissionSchema';

/** PUT /api/rounds/{roundId}/participants/{participantId}/contact: the body is the contact person itself. */
export const ContactUpdateSchema = ContactSchema;
export type ContactUpdate = z.infer<typeof ContactUpdateSchema>;

/** The body placed where a submission carries it, so field errors are `contact.<field>`. */
const AtContactPath = z.object({ contact: ContactUpdateSchema });

/**
 * A contact body checked; its field errors point at `contact.name`, `contact.role`, `contact.email`
 * (the submission's paths), so their messages name the fields with the Profile sheet's labels.
 *
 * @example
 * parseContactUpdate({ name: 'Aino', email: 'x' }) // { ok: false, errors: [{ path: ['contact', 'email'], code: 'invalid_format', … }] }
 */
export function parseContactUpdate(value: unknown): { ok: true; value: Contact } | { ok: false; errors: FieldIssue[] } {
  const wrapped = { contact: value };
  const parsed = AtContactPath.safeParse(wrapped);
  return parsed.success ? { ok: true, value: parsed.data.contact } : { ok: false, errors: fromZodIssues(parsed.error.issues, wrapped) };
}

/** The answer: the participant's contact person as stored now. */
export const ContactResultSchema = z
  .strictObject({ participantId: ParticipantIdSchema, contact: ContactSchema })
  .meta({ id: 'ParticipantContact' });
export type ContactResult = z.infer<typeof ContactResultSchema>;
