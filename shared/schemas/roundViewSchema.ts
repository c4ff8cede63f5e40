import * as z from 'zod';
import { StableIdSchema } from '../catalog/catalogTypes';
import { ContactSchema } from './contactSchema';
import { RoundSchema } from './roundSchema';
import { ParticipantIdSchema, RoundIdSchema } from './submissionSchema';

const Names = z.strictObject({ fi: z.string(), sv: z.string(), en: z.string() });
const contact = ContactSchema.nullable().meta({ description: 'The contact person for its own visit; null until set.' });
const Member = z.strictObject({ id: ParticipantIdSchema, name: z.string(), contact });
const visitDate = z.iso.date().nullable().meta({ description: 'The first agreed visit date (from the host’s visit details); null until set.' });

/** A participant's place in the stored interview plan. */
export const PlanPlaceSchema = z.strictObject({
  /** Its own visit: the two participants whose team visits it. */
  visitedBy: z.strictObject({ order: z.number().int(), slot: z.number().int(), team: z.tuple([Member, Member]), visitDate }).nullable(),
  /** The visits it makes as a team member: the host, and the other member of the team. */
  visits: z.array(z.strictObject({ order: z.number().int(), slot: z.number().int(), host: Member, with: Member, visitDate })),
});
export type PlanPlace = z.infer<typeof PlanPlaceSchema>;

/** A participant as the coordinator sees it here: its latest submission's version and time, never its body. */
export const ParticipantStatusSchema = z.strictObject({
  id: ParticipantIdSchema,
  name: z.string(),
  contact,
  latest: z.strictObject({ version: z.number().int().min(1), submittedAt: z.string() }).nullable(),
});

/**
 * GET /api/rounds/{roundId}: the round as its members see it. A participant gets its own entry and
 * its place in the stored plan (`plan` null before the coordinator writes one); the coordinator gets
 * `self` and `plan` null and the participant list with submission status.
 */
/** A round's theme with its name in every language (own names, else the catalogue's, else another language's). */
export const NamedThemeSchema = z.strictObject({ id: StableIdSchema, name: Names });

/** PUT /api/rounds/{roundId}/themes: the round's themes as they are now. */
export const ThemesResultSchema = z.strictObject({ themes: z.array(NamedThemeSchema) }).meta({ id: 'RoundThemes' });
export type ThemesResult = z.infer<typeof ThemesResultSchema>;

export const RoundViewSchema = z
  .strictObject({
    roundId: RoundIdSchema,
    name: z.string(),
    participantKind: RoundSchema.shape.participantKind,
    themes: z.array(NamedThemeSchema),
    phases: z.array(z.strictObject({ phaseId: StableIdSchema, start: z.iso.date(), end: z.iso.date() })),
    audience: z.enum(['participant', 'coordinator']),
    self: Member.nullable(),
    plan: PlanPlaceSchema.nullable(),
    submission: z.strictObject({ version: z.number().int().min(1), submittedAt: z.string() }).nullable().optional()
      .meta({ description: 'Participant only: its own latest submission (version and time); null before the first.' }),
    participants: z.array(ParticipantStatusSchema).optional().meta({ description: 'Coordinator only, in name order.' }),
  })
  .meta({ id: 'RoundView' });
export type RoundView = z.infer<typeof RoundViewSchema>;
