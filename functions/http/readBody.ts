import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type * as z from 'zod';
import type { Lang } from '../../shared/i18n/lang';
import { fromZodIssues } from '../../shared/schemas/fromZodIssues';
import { problem } from './problem';
import { readJsonBody } from './readJsonBody';

/** A JSON body parsed by `schema`, or the 400/413/415/422 problem to send. */
export async function readBody<S extends z.ZodType>(
  request: HttpRequest,
  schema: S,
  lang: Lang,
): Promise<{ ok: true; value: z.infer<S> } | { ok: false; response: HttpResponseInit }> {
  const body = await readJsonBody(request, lang);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) return { ok: false, response: problem(422, lang, { errors: fromZodIssues(parsed.error.issues, body.value) }) };
  return { ok: true, value: parsed.data };
}
