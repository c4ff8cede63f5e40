import * as z from 'zod';
import { LANGS, type Localized } from './lang';

/** Schemas for languages and trilingual texts (kept apart from lang.ts so the pane bundles no zod). */
export const LangSchema = z.enum(LANGS);

export const LocalizedSchema: z.ZodType<Localized> = z.strictObject({
  fi: z.string().min(1),
  sv: z.string().min(1),
  en: z.string().min(1),
});
