import * as z from 'zod';
import { StableIdSchema } from '../catalog/catalogTypes';
import { LIMITS } from './limits';
import { ParticipantIdSchema, RoundIdSchema } from './submissionSchema';
import { userText } from './textSchema';

/** Round, theme and participant names, as the coordinator types them. */
const name = userText().trim().min(1).max(LIMITS.shortText);

/** A theme of a round: a default theme's id (its names come from the catalogue), or a new id with its own names. */
export const RoundThemeSchema = z.strictObject({
  id: StableIdSchema,
  name: z.strictObject({ fi: name.optional(), sv: name.optional(), en: name.optional() }).optional(),
});
export type RoundTheme = z.infer<typeof RoundThemeSchema>;

const isoDate = z.iso.date();

export const RoundPhaseSchema = z
  .strictObject({ phaseId: StableIdSchema, start: isoDate, end: isoDate })
  .refine((p) => p.end >= p.start, { params: { code: 'date_order' }, path: ['end'] });
export type RoundPhase = z.infer<typeof RoundPhaseSchema>;

export const RoundParticipantSchema = z.strictObject({
  id: ParticipantIdSchema,
  name,
});
export type RoundParticipant = z.infer<typeof RoundParticipantSchema>;

/** Flags the second and later rows that repeat an id. */
export function uniqueIds<T>(key: (row: T) => string, code: 'duplicate_participant' | 'duplicate_theme') {
  return (rows: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const id = key(row);
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], params: { code, value: id } });
      seen.add(id);
    });
  };
}

/** A peer-learning round: who takes part, which themes and when (flow 7). */
export const RoundSchema = z.strictObject({
  roundId: RoundIdSchema,
  name,
  participantKind: z.enum(['municipalities', 'companies', 'mixed']),
  themes: z.array(RoundThemeSchema).min(1).max(LIMITS.maxThemes).superRefine(uniqueIds((t) => t.id, 'duplicate_theme')),
  phases: z.array(RoundPhaseSchema).max(LIMITS.maxPhases),
  participants: z
    .array(RoundParticipantSchema)
    .max(LIMITS.maxParticipants)
    .superRefine(uniqueIds((p) => p.id, 'duplicate_participant')),
});
export type Round = z.infer<typeof RoundSchema>;
