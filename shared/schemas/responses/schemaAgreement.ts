import type * as z from 'zod';

/** `T` with every array, tuple and object readonly, all the way down: what a handler may pass as a body. */
export type Sendable<T> = T extends readonly unknown[]
  ? { readonly [K in keyof T]: Sendable<T[K]> }
  : T extends object
    ? { readonly [K in keyof T]: Sendable<T[K]> }
    : T;

/** `T` as JSON carries it: a property that may be undefined is one that may be absent. */
export type AsJson<T> = T extends readonly unknown[]
  ? { [K in keyof T]: AsJson<T[K]> }
  : T extends object
    ? { [K in keyof T as undefined extends T[K] ? never : K]: AsJson<T[K]> } & { [K in keyof T as undefined extends T[K] ? K : never]?: AsJson<Exclude<T[K], undefined>> }
    : T;

/**
 * `true` when an interface and a response schema describe the same body: every value of the
 * interface is a valid input of the schema, and every output of the schema is a value of the
 * interface. Used as `const _agrees: Agrees<Interface, typeof Schema> = true;` so that the two
 * cannot drift apart without `tsc` saying so.
 */
export type Agrees<I, S extends z.ZodType> = [Sendable<I>] extends [Sendable<z.input<S>>] ? ([AsJson<z.output<S>>] extends [AsJson<I>] ? true : false) : false;
