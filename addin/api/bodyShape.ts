import type * as z from 'zod';

/** A value's JSON kind as `typeof` tells it (arrays apart); `unknown` where a schema allows several. */
type KindOf<V> = [V] extends [string] ? 'string'
  : [V] extends [number] ? 'number'
    : [V] extends [boolean] ? 'boolean'
      : [V] extends [readonly unknown[]] ? 'array'
        : [V] extends [object] ? 'object' : 'unknown';

/** How one top-level value is checked: its kind, `|null` when the schema allows null, `?` when the key may be absent. */
export type TagOf<V, Optional extends boolean> = `${KindOf<NonNullable<V>>}${null extends V ? '|null' : ''}${Optional extends true ? '?' : ''}`;

/**
 * Every top-level key of a body with the tag its schema's output gives it (`'array'`, `'string|null'`,
 * `'object?'`, …): a key the schema adds, drops or changes fails `tsc` until the shape follows.
 */
export type Tags<T> = { readonly [K in keyof T]-?: TagOf<T[K], Partial<Pick<T, K>> extends Pick<T, K> ? true : false> };

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Whether `value` (absent when `present` is false) fits `tag`. */
function fits(value: unknown, present: boolean, tag: string): boolean {
  if (!present || value === undefined) return tag.endsWith('?');
  const kind = kindOf(value);
  return kind === 'null' ? tag.includes('|null') : tag.startsWith(kind) || tag.startsWith('unknown');
}

/** The first top-level key of `body` that does not fit `tags` ('' for a body that is no JSON object). */
function topMisfit(body: unknown, tags: Readonly<Record<string, string>>): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return '';
  const own = new Map<string, unknown>(Object.entries(body));
  return Object.keys(tags).find((k) => !fits(own.get(k), own.has(k), tags[k] ?? ''));
}

/**
 * A response body's shape, checked as cheaply as `typeof` allows: a JSON object whose top-level keys
 * are there and of their kind (extra keys are let through: a newer service may add some). The type
 * is the route's schema's output, so what the pane reads is what the server is typed to send; the
 * schema itself (and zod) stays out of the pane's bundle. `deeper` checks further where a body
 * goes straight into Excel or a message (the problem's field errors).
 */
export class BodyShape<T> {
  constructor(
    private readonly tags: Tags<T>,
    private readonly deeper: (body: T) => string | undefined = () => undefined,
  ) {}

  /** The first key of `body` that does not fit ('' for a body that is no JSON object), or undefined when it fits. */
  misfit(body: unknown): string | undefined {
    return this.fitsTop(body) ? this.deeper(body) : topMisfit(body, this.tags);
  }

  /** A type guard: `body` fits. */
  is(body: unknown): body is T {
    return this.misfit(body) === undefined;
  }

  private fitsTop(body: unknown): body is T {
    return topMisfit(body, this.tags) === undefined;
  }
}

/** The shape of the body the schema `S` describes: `bodyShape<typeof RoundViewSchema>({ roundId: 'string', … })`. */
export function bodyShape<S extends z.ZodType>(tags: Tags<z.output<S>>, deeper?: (body: z.output<S>) => string | undefined): BodyShape<z.output<S>> {
  return new BodyShape(tags, deeper);
}
