import * as z from 'zod';
import { StableIdSchema } from '../catalog/catalogTypes';
import { LIMITS } from './limits';

/**
 * `?themes=` on POST /api/validate and /api/recommend: the round's theme ids, comma-separated, so a
 * check made before submitting judges the self-assessment rows by the round's own themes (the
 * catalogue's seven when absent). Only ids: it reveals nothing of any round.
 */
export const ThemesQuerySchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*(,[a-z][a-z0-9]*(-[a-z0-9]+)*)*$/)
  .meta({ description: "The round's theme ids, comma-separated (at most 20); the catalogue's seven themes when absent.", example: 'strategy-link,procurement,kiertotalous' });

const ThemeIdsSchema = z.array(StableIdSchema).min(1).max(LIMITS.maxThemes);

/** The theme ids of a `themes` query value; undefined when absent, 'invalid' when malformed. */
export function themeIdsFromQuery(value: string | null): readonly string[] | undefined | 'invalid' {
  if (value === null) return undefined;
  if (!ThemesQuerySchema.safeParse(value).success) return 'invalid';
  const ids = ThemeIdsSchema.safeParse([...new Set(value.split(','))]);
  return ids.success ? ids.data : 'invalid';
}
