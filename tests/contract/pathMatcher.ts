/**
 * Maps a request path to the OpenAPI path template it belongs to. Templates are tried most specific
 * first, segment by segment: a literal segment beats one with a parameter (`/api/rounds/{roundId}/
 * template.xlsx` before `/api/rounds/{roundId}/{x}`), and among parameter segments the one with more
 * literal text (`{id}.html`) beats a bare `{id}`. Parameters never span a slash.
 */
export interface PathMatch {
  template: string;
  params: Record<string, string>;
}

interface Compiled {
  template: string;
  segments: { regex: RegExp; names: string[]; literal: boolean; literalChars: number }[];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(template: string): Compiled {
  const segments = template.split('/').filter(Boolean).map((seg) => {
    const names: string[] = [];
    let source = '';
    let literalChars = 0;
    for (const part of seg.split(/(\{[^}]+\})/).filter(Boolean)) {
      const param = /^\{([^}]+)\}$/.exec(part);
      if (param) {
        names.push(param[1]!);
        source += '([^/]+?)';
      } else {
        source += escapeRegex(part);
        literalChars += part.length;
      }
    }
    return { regex: new RegExp(`^${source}$`), names, literal: names.length === 0, literalChars };
  });
  return { template, segments };
}

/** Negative when `a` is more specific than `b`. */
function bySpecificity(a: Compiled, b: Compiled): number {
  const n = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i += 1) {
    const x = a.segments[i]!;
    const y = b.segments[i]!;
    if (x.literal !== y.literal) return x.literal ? -1 : 1;
    if (x.literalChars !== y.literalChars) return y.literalChars - x.literalChars;
  }
  return b.segments.length - a.segments.length;
}

export class PathMatcher {
  private readonly compiled: Compiled[];

  constructor(templates: Iterable<string>) {
    this.compiled = [...templates].map(compile).sort(bySpecificity);
  }

  /** The template matching `pathname` (no query), with its decoded parameters; undefined when none does. */
  match(pathname: string): PathMatch | undefined {
    const segs = pathname.split('/').filter(Boolean);
    for (const c of this.compiled) {
      if (c.segments.length !== segs.length) continue;
      const params: Record<string, string> = {};
      const ok = c.segments.every((s, i) => {
        const m = s.regex.exec(segs[i]!);
        if (!m) return false;
        try {
          s.names.forEach((name, j) => {
            params[name] = decodeURIComponent(m[j + 1]!);
          });
        } catch {
          return false; // not percent-decodable: no template's parameter
        }
        return true;
      });
      if (ok) return { template: c.template, params };
    }
    return undefined;
  }
}
