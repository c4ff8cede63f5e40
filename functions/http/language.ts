import type { HttpRequest } from '@azure/functions';
import { LANGS, type Lang } from '../../shared/i18n/lang';

/**
 * The response language from `?lang=` or `Accept-Language` (q-values honoured), Finnish by default:
 * the service is Finnish first.
 */
export function requestLanguage(request: HttpRequest): Lang {
  const explicit = request.query.get('lang');
  if (explicit && (LANGS as readonly string[]).includes(explicit)) return explicit as Lang;
  const header = request.headers.get('accept-language');
  if (!header) return 'fi';
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? '1');
      return { primary: tag.trim().slice(0, 2).toLowerCase(), q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  const hit = ranked.find((x) => (LANGS as readonly string[]).includes(x.primary));
  return hit ? (hit.primary as Lang) : 'fi';
}
