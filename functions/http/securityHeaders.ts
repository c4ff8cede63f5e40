/** Sent with every API response: no content sniffing, no Referer carrying round ids to other sites. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * The headers a response gets on its way out: the security headers always, and `Cache-Control:
 * no-store` whenever the request carried credentials (a key or token), whatever the handler said,
 * so no shared cache or browser disk keeps a round's data.
 */
export function withSecurityHeaders(headers: Record<string, string>, authenticated: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = v;
  Object.assign(out, SECURITY_HEADERS);
  if (authenticated) out['cache-control'] = 'no-store';
  return out;
}
