import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { localizeCatalog } from '../../shared/catalog/catalog';
import { requestLanguage } from '../http/language';
import { LocalizedCatalogSchema } from '../../shared/schemas/responses/catalogResponseSchema';
import { okJson } from '../http/okJson';

/** GET /api/catalog?lang=fi|sv|en: models, categories, goals, approaches, themes and phases in one language. */
export async function catalogGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const lang = requestLanguage(request);
  return okJson(LocalizedCatalogSchema, localizeCatalog(lang), 200, { 'content-language': lang, 'cache-control': 'public, max-age=3600' });
}
