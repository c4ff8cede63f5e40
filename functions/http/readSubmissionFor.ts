import type { HttpRequest } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { themeIdsFromQuery } from '../../shared/schemas/themesQuery';
import { requestLanguage } from './language';
import { problem } from './problem';
import { readSubmission, type SubmissionRequest } from './readSubmission';

const BAD_THEMES = {
  fi: 'Parametrin themes on oltava kierroksen teemojen tunnukset pilkuin eroteltuina (enintään 20).',
  sv: 'Parametern themes ska vara omgångens temakoder åtskilda med kommatecken (högst 20).',
  en: "The themes parameter must be the round's theme ids separated by commas (at most 20).",
} satisfies Record<Lang, string>;

/**
 * The submission of POST /api/validate and /api/recommend, judged by the round's themes when the
 * caller names them (`?themes=a,b,c`), else by the catalogue's seven; a malformed list is a 400.
 */
export async function readSubmissionFor(request: HttpRequest): Promise<SubmissionRequest> {
  const themeIds = themeIdsFromQuery(request.query.get('themes'));
  if (themeIds === 'invalid') {
    const lang = requestLanguage(request);
    return { ok: false, lang, response: problem(400, lang, { detail: BAD_THEMES[lang] }) };
  }
  return readSubmission(request, themeIds ? { themeIds } : {});
}
