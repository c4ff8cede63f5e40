import { z } from 'zod';
import { StableIdSchema } from '../catalog/catalogTypes';
import { LIMITS } from './limits';
import { ParticipantIdSchema, RoundIdSchema } from './submissionSchema';

const name = z.string().trim().min(1).max(LIMITS.shortText);

/** A theme of a round: a default theme's id, or a new one with at least a Finnish, Swedish or English name. */
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

/** A peer-learning round: who takes part, which themes and when (flow 7). */
export const RoundSchema = z.strictObject({
  roundId: RoundIdSchema,
  name,
  participantKind: z.enum(['municipalities', 'companies', 'mixed']),
  themes: z.array(RoundThemeSchema).min(1).max(LIMITS.maxThemes),
  phases: z.array(RoundPhaseSchema).max(LIMITS.maxPhases),
  participants: z.array(RoundParticipantSchema).max(LIMITS.maxParticipants),
});
export type Round = z.infer<typeof RoundSchema>;
