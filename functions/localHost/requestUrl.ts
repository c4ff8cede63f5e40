/**
 * The URL of a request from its target and `Host` header, or undefined when the Host is not a plain
 * `host[:port]` (spaces, an unclosed `[`, user info, percent signs, a port past 65535): such a request
 * gets 400, never a 500 from a URL parser deep in a handler.
 */
export function requestUrl(target: string | undefined, host: string | undefined): URL | undefined {
  const h = host ?? 'localhost';
  if (h === '' || /[\s@/\\?#%]/.test(h)) return undefined;
  let origin: URL;
  try {
    origin = new URL(`http://${h}`);
  } catch {
    return undefined;
  }
  if (origin.username || origin.password || origin.pathname !== '/') return undefined;
  // Origin-form only: `/path`, never `//other-host/path` (which a URL parser reads as another host).
  const t = target ?? '/';
  if (!t.startsWith('/') || t.startsWith('//')) return undefined;
  try {
    return new URL(t, origin);
  } catch {
    return undefined;
  }
}
