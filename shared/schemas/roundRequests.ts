import * as z from 'zod';
import { DEFAULT_THEMES } from '../catalog/themes';
import { LIMITS } from './limits';
import { RoundPhaseSchema, RoundSchema, RoundThemeSchema, uniqueIds } from './roundSchema';
import { userText } from './textSchema';

const name = userText().trim().min(1).max(LIMITS.shortText);
const DEFAULT_THEME_ID_SET: ReadonlySet<string> = new Set(DEFAULT_THEMES.map((t) => t.id));

export const NewParticipantSchema = z.strictObject({ name });
export type NewParticipant = z.infer<typeof NewParticipantSchema>;

/**
 * A round's themes: default themes by id, own themes with a name in at least one of fi/sv/en (the
 * other languages fall back to it visibly), no id twice.
 */
export const RoundThemesSchema = z
  .array(RoundThemeSchema)
  .min(1)
  .max(LIMITS.maxThemes)
  .superRefine(uniqueIds((t) => t.id, 'duplicate_theme'))
  .superRefine((themes, ctx) => {
    themes.forEach((t, i) => {
      const named = t.name && (t.name.fi || t.name.sv || t.name.en);
      if (!DEFAULT_THEME_ID_SET.has(t.id) && !named) ctx.addIssue({ code: 'custom', path: [i, 'name'], params: { code: 'theme_name_missing', value: t.id } });
    });
  });

/** PUT /api/rounds/{roundId}/themes (coordinator): the round's themes from now on. */
export const ThemesUpdateSchema = z.strictObject({ themes: RoundThemesSchema });
export type ThemesUpdate = z.infer<typeof ThemesUpdateSchema>;

/** POST /api/rounds: what a coordinator sends; the service picks the round id and participant ids. */
export const RoundCreateSchema = z.strictObject({
  name,
  participantKind: RoundSchema.shape.participantKind,
  /** Defaults to the 7 themes of seed 001. */
  themes: RoundThemesSchema.optional(),
  phases: z.array(RoundPhaseSchema).max(LIMITS.maxPhases).optional(),
  participants: z.array(NewParticipantSchema).max(LIMITS.maxParticipants).optional(),
});
export type RoundCreate = z.infer<typeof RoundCreateSchema>;

/** POST /api/rounds/{roundId}/participants. */
export const AddParticipantsSchema = z.strictObject({
  participants: z.array(NewParticipantSchema).min(1).max(LIMITS.maxParticipants),
});
export type AddParticipants = z.infer<typeof AddParticipantsSchema>;

export { slugId } from '../rounds/slugId';
