import { MODEL_IDS } from '../catalog/catalog';
import { DEFAULT_THEMES } from '../catalog/themes';
import { makeIssue, type FieldIssue } from './fieldIssue';
import { fromZodIssues } from './fromZodIssues';
import { SUBMISSION_SECTIONS, SubmissionSchema, type Submission } from './submissionSchema';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldIssue[] };

export interface ParseSubmissionOptions {
  /** The round's theme ids; the 7 default themes when the submission is not for a round. */
  themeIds?: readonly string[];
}

const KNOWN_MODELS: ReadonlySet<string> = new Set(MODEL_IDS);
const DEFAULT_THEME_IDS = DEFAULT_THEMES.map((t) => t.id);

/** Whole-range bounds, so "too small" and "too big" tell the same allowed range. */
const RANGES = {
  A: { min: 0, max: 5 },
  B: { min: 0, max: 5 },
  C: { min: 0, max: 5 },
  D: { min: 0, max: 5 },
  E: { min: 0, max: 5 },
  rating: { min: 1, max: 5 },
  // Own impact (Models sheet, "Oma A"…): 1–5, or empty for the catalogue's value.
  'impact.A': { min: 1, max: 5, orEmpty: true },
  'impact.B': { min: 1, max: 5, orEmpty: true },
  'impact.C': { min: 1, max: 5, orEmpty: true },
  'impact.D': { min: 1, max: 5, orEmpty: true },
  'impact.E': { min: 1, max: 5, orEmpty: true },
};

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function idOf(row: unknown, key: string): string | undefined {
  if (row === null || typeof row !== 'object') return undefined;
  const v = (row as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}

/** Unknown and repeated ids in one list (models or themes); works on raw input so it reports alongside shape errors. */
function checkIds(
  rows: unknown[],
  section: 'models' | 'selfAssessment',
  key: 'modelId' | 'themeId',
  known: ReadonlySet<string>,
): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  rows.forEach((row, i) => {
    const id = idOf(row, key);
    if (id === undefined) return;
    const path = [section, i, key];
    if (!known.has(id)) out.push(makeIssue(path, section === 'models' ? 'unknown_model' : 'unknown_theme', { value: id }));
    else if (seen.has(id)) out.push(makeIssue(path, section === 'models' ? 'duplicate_model' : 'duplicate_theme', { value: id }));
    seen.add(id);
  });
  return out;
}

/**
 * Parses any JSON value into a submission, or returns every problem with its path, code and message.
 * Never throws: the API and the add-in can hand it anything.
 *
 * @example
 * const r = parseSubmission({ schemaVersion: 1 });
 * r.ok === false && r.errors.map((e) => e.code) // ['missing_section', …]
 */
export function parseSubmission(input: unknown, options: ParseSubmissionOptions = {}): ParseResult<Submission> {
  const themeIds = new Set(options.themeIds ?? DEFAULT_THEME_IDS);
  const parsed = SubmissionSchema.safeParse(input);
  const errors = parsed.success ? [] : fromZodIssues(parsed.error.issues, input, SUBMISSION_SECTIONS, RANGES);
  const raw = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  errors.push(
    ...checkIds(asArray(raw.models), 'models', 'modelId', KNOWN_MODELS),
    ...checkIds(asArray(raw.selfAssessment), 'selfAssessment', 'themeId', themeIds),
  );
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}
