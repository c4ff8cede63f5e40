import * as z from 'zod';
import { LIMITS } from './limits';
import { userText } from './textSchema';

/**
 * A participant's contact person for its own visit (SYSTEM.md, "The peer-learning visit", step 1):
 * the person who arranges the visit, set by the participant (Profile sheet) or by the coordinator.
 */
export const ContactSchema = z
  .strictObject({
    name: userText().trim().min(1).max(LIMITS.shortText),
    role: userText().trim().max(LIMITS.shortText).optional(),
    email: z.email().max(254),
  })
  .meta({ id: 'Contact' });
export type Contact = z.infer<typeof ContactSchema>;
