import * as z from 'zod';
import { ContactSchema } from './contactSchema';
import { LIMITS } from './limits';
import { ParticipantIdSchema } from './submissionSchema';
import { userText } from './textSchema';
import { VISIT_LIMITS } from './visitLimits';

/** A link in the host's background material: http or https only (no javascript:, file: or data:). */
export const MaterialLinkSchema = z.strictObject({
  title: userText().trim().max(LIMITS.shortText).optional(),
  url: z.httpUrl().max(VISIT_LIMITS.urlLength),
});

/** The host's background material for its team: texts and links. */
export const MaterialSchema = z.strictObject({
  texts: z.array(userText().trim().min(1).max(LIMITS.longText)).max(VISIT_LIMITS.materialTexts).default([]),
  links: z.array(MaterialLinkSchema).max(VISIT_LIMITS.materialLinks).default([]),
});

/** PUT /api/rounds/{roundId}/visits/{hostId} (host, coordinator): the whole visit details, replaced. */
export const VisitDetailsInputSchema = z.strictObject({
  dates: z.array(z.iso.date()).max(VISIT_LIMITS.dates).default([]).meta({ description: 'The agreed visit date(s), ISO dates.' }),
  roles: z.array(userText().trim().min(1).max(LIMITS.shortText)).max(VISIT_LIMITS.roles).default([]).meta({ description: 'Roles of the people to interview.' }),
  contact: ContactSchema.nullable().default(null),
  material: MaterialSchema.default({ texts: [], links: [] }),
});
export type VisitDetailsInput = z.infer<typeof VisitDetailsInputSchema>;

/** The visit details as stored (what the host or coordinator last wrote). */
export type VisitDetails = VisitDetailsInput;

/** GET and PUT answer: the details, their revision (0 before the first write; ETag `"r<revision>"`). */
export const VisitDetailsSchema = z
  .strictObject({
    hostId: ParticipantIdSchema,
    dates: z.array(z.iso.date()),
    roles: z.array(z.string()),
    contact: ContactSchema.nullable().meta({ description: "The visit's contact person; until one is set here, the host's own contact person (Profile sheet); null when neither is." }),
    material: z.strictObject({ texts: z.array(z.string()), links: z.array(z.strictObject({ title: z.string().optional(), url: z.string() })) }),
    revision: z.number().int().min(0),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'VisitDetails' });
export type VisitDetailsBody = z.infer<typeof VisitDetailsSchema>;
