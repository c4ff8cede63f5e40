import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { registerRoute } from '../http/registerRoute';
import { localizeCatalog } from '../../shared/catalog/catalog';
import { requestLanguage } from '../http/language';
import { ok } from '../http/problem';

/** GET /api/catalog?lang=fi|sv|en: models, categories, goals, approaches, themes and phases in one language. */
export async function catalogGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const lang = requestLanguage(request);
  return ok(localizeCatalog(lang), 200, { 'content-language': lang, 'cache-control': 'public, max-age=3600' });
}

registerRoute('catalog-get', { methods: ['GET'], route: 'catalog', handler: catalogGet });
