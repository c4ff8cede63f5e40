import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { makeIssue } from '../../shared/schemas/fieldIssue';
import { problem } from './problem';

import { MAX_BODY_BYTES } from './bodyLimits';

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: HttpResponseInit };

const MESSAGES = {
  tooLarge: { fi: `Pyynnön enimmäiskoko on ${MAX_BODY_BYTES / 1024} KiB.`, sv: `Begäran får vara högst ${MAX_BODY_BYTES / 1024} KiB.`, en: `The request may be at most ${MAX_BODY_BYTES / 1024} KiB.` },
  notJson: { fi: 'Lähetä sisältö JSON-muodossa (Content-Type: application/json).', sv: 'Skicka innehållet som JSON (Content-Type: application/json).', en: 'Send the content as JSON (Content-Type: application/json).' },
} as const;

/**
 * Reads a JSON body with the checks every POST/PUT needs: 415 for a non-JSON content type, 413 above
 * MAX_BODY_BYTES, 400 `invalid_json` for malformed JSON. Never throws.
 */
export async function readJsonBody(request: HttpRequest, lang: Lang): Promise<BodyResult> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !type.endsWith('+json')) {
    return { ok: false, response: problem(415, lang, { detail: MESSAGES.notJson[lang] }) };
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) return { ok: false, response: problem(413, lang, { detail: MESSAGES.tooLarge[lang] }) };
  const buffer = Buffer.from(await request.arrayBuffer());
  if (buffer.byteLength > MAX_BODY_BYTES) return { ok: false, response: problem(413, lang, { detail: MESSAGES.tooLarge[lang] }) };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(buffer)) };
  } catch {
    return { ok: false, response: problem(400, lang, { errors: [makeIssue([], 'invalid_json')] }) };
  }
}
