/**
 * Matches a Functions route template (`rounds/{roundId}/submissions/{participantId?}`) against a path
 * below `/api`. Returns the decoded parameters, or null. Constraints such as `{id:int}` are accepted
 * and checked for `int` and `alpha`; a parameter never spans a slash.
 */
export function matchRoute(template: string, pathname: string): Record<string, string> | null {
  const parts = template.split('/').filter(Boolean);
  const segs = pathname.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    const seg = segs[i];
    const m = /^\{([A-Za-z_][A-Za-z0-9_]*)(?::([a-z]+))?(\?)?\}$/.exec(part);
    if (!m) {
      if (seg === undefined || seg.toLowerCase() !== part.toLowerCase()) return null;
      continue;
    }
    const [, name, constraint, optional] = m;
    if (seg === undefined) {
      if (optional) continue;
      return null;
    }
    let value: string;
    try {
      value = decodeURIComponent(seg);
    } catch {
      return null;
    }
    if (constraint === 'int' && !/^-?\d+$/.test(value)) return null;
    if (constraint === 'alpha' && !/^[A-Za-z]+$/.test(value)) return null;
    params[name!] = value;
  }
  return segs.length <= parts.length ? params : null;
}
