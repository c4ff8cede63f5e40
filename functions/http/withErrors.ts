import type { HttpHandler, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { IdempotencyKeyReusedError } from '../storage/recentWrites';
import { AlreadyExistsError, DocumentTooLargeError, PreconditionFailedError, StorageUnavailableError, WriteConflictError } from '../storage/RoundStore';
import { requestLanguage } from './language';
import { statusProblem } from './statusProblem';
import { withSecurityHeaders } from './securityHeaders';

export const RETRY_AFTER_SECONDS = 5;

const TOO_LARGE: Record<Lang, string> = {
  fi: 'Tekstit ovat yhteensä liian pitkiä tallennettaviksi. Lyhennä niitä ja lähetä uudelleen.',
  sv: 'Texterna är sammanlagt för långa för att sparas. Korta ner dem och skicka igen.',
  en: 'The texts are too long in all to be stored. Shorten them and send again.',
};

const KEY_REUSED: Record<Lang, string> = {
  fi: 'Sama Idempotency-Key on jo käytetty toisella sisällöllä. Käytä jokaiselle uudelle lähetykselle uutta avainta.',
  sv: 'Samma Idempotency-Key har redan använts med annat innehåll. Använd en ny nyckel för varje ny sändning.',
  en: 'This Idempotency-Key was already used with a different body. Use a new key for each new submission.',
};

/** The path of a request for a log line; never the query (it may carry a language only, but stay safe). */
function pathOf(request: HttpRequest): string {
  try {
    return new URL(request.url).pathname;
  } catch {
    return '(unparsable url)';
  }
}

async function answer(handler: HttpHandler, request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  try {
    return (await handler(request, context)) as HttpResponseInit;
  } catch (err) {
    const lang = requestLanguage(request);
    if (err instanceof StorageUnavailableError) {
      context.warn(`storage unavailable for ${request.method} ${pathOf(request)}`);
      return statusProblem(503, lang, { headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } });
    }
    if (err instanceof PreconditionFailedError) return statusProblem(412, lang);
    if (err instanceof DocumentTooLargeError) return statusProblem(413, lang, { detail: TOO_LARGE[lang] });
    if (err instanceof IdempotencyKeyReusedError) return statusProblem(422, lang, { detail: KEY_REUSED[lang] });
    if (err instanceof WriteConflictError || err instanceof AlreadyExistsError) {
      return statusProblem(409, lang, { headers: { 'retry-after': '1' } });
    }
    context.error(`unhandled error in ${context.functionName}: ${(err as Error).stack ?? String(err)}`);
    return statusProblem(500, lang);
  }
}

/**
 * Maps the storage layer's typed errors to responses (503 with Retry-After, 412, 409) so handlers stay
 * thin; anything else is a defect: logged without the request body and answered 500. Every answer
 * leaves with the security headers (and no-store when the request carried credentials).
 */
export function withErrors(handler: HttpHandler): HttpHandler {
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    const result = await answer(handler, request, context);
    const headers: Record<string, string> = {};
    new Headers(result.headers as HeadersInit | undefined).forEach((v, k) => {
      headers[k] = v;
    });
    return { ...result, headers: withSecurityHeaders(headers, request.headers.has('authorization')) };
  };
}
