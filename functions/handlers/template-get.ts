import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { requestLanguage } from '../http/language';
import { xlsxResponse } from '../xlsx/xlsxResponse';
import { participantXlsx } from '../xlsx/writeXlsx';

/** GET /api/template.xlsx?lang= (anyone): the participant's sheets as a file, for those without the add-in. */
export async function templateGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const lang = requestLanguage(request);
  const bytes = await participantXlsx(lang);
  return xlsxResponse(bytes, `ilmastoyhteistyo-${lang}.xlsx`, 'public, max-age=3600', { vary: 'accept-language', 'content-language': lang });
}
