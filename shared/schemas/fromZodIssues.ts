import type * as z from 'zod';
import { ERROR_CODES, makeIssue, type ErrorCode, type FieldIssue, type IssuePath } from './fieldIssue';

type ZodIssue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[seg];
  }
  return node;
}

const toPath = (path: readonly PropertyKey[]): IssuePath =>
  path.map((seg) => (typeof seg === 'number' ? seg : String(seg)));

function numberBound(issue: { minimum?: unknown; maximum?: unknown }): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {};
  if (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint') out.min = Number(issue.minimum);
  if (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint') out.max = Number(issue.maximum);
  return out;
}

/**
 * Turns zod's issues into our stable codes. `sections` are the top-level keys whose absence is a
 * `missing_section` rather than a plain `required`. `ranges` gives the full allowed range of a numeric
 * field by its key, so that "too small" and "too big" both tell the user the same whole range.
 *
 * @example
 * fromZodIssues(schema.safeParse({}).error.issues, {}, ['profile'])[0].code // 'missing_section'
 */
export function fromZodIssues(
  issues: readonly ZodIssue[],
  input: unknown,
  sections: readonly string[] = [],
  ranges: Record<string, { min: number; max: number; orEmpty?: boolean }> = {},
): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const path = toPath(issue.path);
    const keys = path.filter((s): s is string => typeof s === 'string');
    const key = keys[keys.length - 1] ?? '';
    // "impact.A" before "A": the same key can have different ranges in different sections.
    const pair = keys.slice(-2).join('.');
    switch (issue.code) {
      case 'invalid_type': {
        if (issue.expected === 'int') out.push(makeIssue(path, 'not_integer'));
        else if (valueAt(input, issue.path) === undefined)
          out.push(makeIssue(path, path.length === 1 && sections.includes(key) ? 'missing_section' : 'required'));
        else out.push(makeIssue(path, 'invalid_type'));
        break;
      }
      case 'unrecognized_keys':
        for (const k of issue.keys) out.push(makeIssue([...path, k], 'unknown_field', { value: k }));
        break;
      case 'too_big':
      case 'too_small': {
        const bound = numberBound(issue);
        if (issue.origin === 'string') {
          out.push(issue.code === 'too_big' ? makeIssue(path, 'too_long', bound) : makeIssue(path, 'required'));
        } else if (issue.origin === 'array' || issue.origin === 'set') {
          out.push(makeIssue(path, issue.code === 'too_big' ? 'too_many' : 'too_few', bound));
        } else {
          out.push(makeIssue(path, 'out_of_range', ranges[pair] ?? ranges[key] ?? bound));
        }
        break;
      }
      case 'invalid_value':
        out.push(
          valueAt(input, issue.path) === undefined
            ? makeIssue(path, 'required')
            : makeIssue(path, 'invalid_value', { allowed: issue.values.map((v) => String(v)) }),
        );
        break;
      case 'invalid_union': {
        // Our only unions are small literal sets (1|2|3): report them like an enum.
        const allowed = issue.errors
          .flat()
          .flatMap((e) => (e.code === 'invalid_value' ? e.values.map((v) => String(v)) : []));
        if (allowed.length > 0) {
          out.push(makeIssue(path, valueAt(input, issue.path) === undefined ? 'required' : 'invalid_value', { allowed }));
        } else {
          out.push(makeIssue(path, 'invalid_type'));
        }
        break;
      }
      case 'invalid_format':
        out.push(makeIssue(path, 'invalid_format'));
        break;
      case 'not_multiple_of':
        out.push(makeIssue(path, 'not_integer'));
        break;
      case 'custom': {
        const code = (issue.params as { code?: string; value?: string } | undefined)?.code;
        const known = (ERROR_CODES as readonly string[]).includes(code ?? '');
        const value = (issue.params as { value?: string } | undefined)?.value;
        out.push(makeIssue(path, known ? (code as ErrorCode) : 'invalid_type', value ? { value } : {}));
        break;
      }
      default:
        out.push(makeIssue(path, 'invalid_type'));
    }
  }
  return out;
}
