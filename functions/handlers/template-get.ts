import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { requestLanguage } from '../http/language';
import { xlsxResponse } from '../xlsx/xlsxResponse';

/** GET /api/template.xlsx?lang= (anyone): the participant's sheets as a file, for those without the add-in. */
export async function templateGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const lang = requestLanguage(request);
  // ExcelJS is loaded by the routes that write with it, not at start-up (cold start).
  const { participantXlsx } = await import('../xlsx/writeXlsx.js');
  const bytes = await participantXlsx(lang);
  return xlsxResponse(bytes, `ilmastoyhteistyo-${lang}.xlsx`, 'public, max-age=3600', { vary: 'accept-language', 'content-language': lang });
}
