import { GOAL_IDS } from '../catalog/catalogIds';
import type { IssuePath } from '../schemas/fieldIssue';
import { SELF_ASSESSMENT_TEXT_FIELDS } from '../schemas/selfAssessmentFields';
import { a1, type CellRef } from './a1';
import { parseChoice, RATING_CHOICES, SHARING_CHOICES, STATUS_CHOICES } from './choices';
import { MODEL_COLUMNS, modelRow, MODELS_SHEET } from './modelsLayout';
import { PROFILE_FIELDS, PROFILE_SHEET, profileRow } from './profileLayout';
import { SELF_ASSESSMENT_COLUMNS, selfAssessmentRow } from './selfAssessmentLayout';

/** Cell values as an adapter reads them: the Profile value column and the two tables' body rows. */
export interface WorkbookValues {
  /** One value per PROFILE_FIELDS entry, in order. */
  profile: readonly unknown[];
  /** Body rows of the models table, columns as MODEL_COLUMNS. */
  models: readonly (readonly unknown[])[];
  /** Body rows of the self-assessment table, columns as SELF_ASSESSMENT_COLUMNS. */
  selfAssessment: readonly (readonly unknown[])[];
}

export interface WorkbookReading {
  /** A raw submission, to be checked by parseSubmission (nothing is dropped or guessed here). */
  input: Record<string, unknown>;
  /** The cell a validation error's path points at, or undefined. */
  cellFor(path: IssuePath): CellRef | undefined;
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Numbers stay numbers; "0,2" typed as text becomes 0.2; anything else is kept for validation to name. */
function toNumber(v: unknown): unknown {
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') return v;
  const s = String(v).trim().replace(/\s/g, '');
  return /^-?\d+([.,]\d+)?$/.test(s) ? Number(s.replace(',', '.')) : v;
}

const toText = (v: unknown): string | undefined => (isBlank(v) ? undefined : String(v));

function setPath(target: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  if (value === undefined) return;
  let node = target;
  path.forEach((seg, i) => {
    if (i === path.length - 1) node[seg] = value;
    else node = (node[seg] ??= {}) as Record<string, unknown>;
  });
}

const keyOf = (path: readonly (string | number)[]) => path.join('/');

/** A table row's cells by column key, and each key's cell reference. */
function rowAccess(columns: readonly { key: string }[], sheet: CellRef['sheet'], row: number, cellsOfRow: readonly unknown[]) {
  const index = (key: string) => columns.findIndex((c) => c.key === key);
  return {
    get: (key: string) => cellsOfRow[index(key)],
    at: (key: string): CellRef => ({ sheet, row, col: index(key) + 1, address: a1(row, index(key) + 1) }),
  };
}

/**
 * Turns the sheets' cell values back into a submission and remembers which cell each field came
 * from, so every validation error can select its cell. Ids come from the hidden key columns, never
 * from row positions or localized titles.
 *
 * @example
 * const r = readWorkbook(values, { participantId: 'turku' });
 * parseSubmission(r.input) // → errors → r.cellFor(error.path)?.address
 */
export function readWorkbook(values: WorkbookValues, extras: { participantId?: string } = {}): WorkbookReading {
  const cells = new Map<string, CellRef>();
  const input: Record<string, unknown> = {
    schemaVersion: 1,
    participant: {},
    profile: { facts: {} },
    goalWeights: {},
    models: [],
    selfAssessment: [],
  };
  if (extras.participantId) input.participantId = extras.participantId;

  PROFILE_FIELDS.forEach((f, i) => {
    const row = profileRow(i);
    const ref: CellRef = { sheet: PROFILE_SHEET.key, row, col: PROFILE_SHEET.valueColumn, address: a1(row, PROFILE_SHEET.valueColumn) };
    if (f.input === 'formula') return;
    cells.set(keyOf(f.path), ref);
    const raw = values.profile[i];
    const value =
      f.input === 'choice' ? parseChoice(f.choices!, raw) : f.input === 'text' ? toText(raw) : toNumber(raw);
    setPath(input, f.path, value);
  });
  // Errors about a whole section point at its first cell.
  cells.set('participant', cells.get('participant/name')!);
  cells.set('goalWeights', cells.get('goalWeights/A')!);
  cells.set('profile', cells.get('profile/capacity')!);
  cells.set('profile/facts', cells.get('profile/facts/existingCooperation')!);
  // An all-empty contact person sets nothing (no `contact`); a partly filled one is named at its empty cell.
  cells.set('contact', cells.get('contact/name')!);

  const models: Record<string, unknown>[] = [];
  values.models.forEach((cellsOfRow, i) => {
    const { at, get } = rowAccess(MODEL_COLUMNS, MODELS_SHEET.key, modelRow(i), cellsOfRow);
    const entry: Record<string, unknown> = { modelId: toText(get('modelId')) ?? '' };
    cells.set(keyOf(['models', i]), at('name'));
    cells.set(keyOf(['models', i, 'modelId']), at('name'));
    const status = parseChoice(STATUS_CHOICES, get('status'));
    if (status !== undefined) entry.status = status;
    cells.set(keyOf(['models', i, 'status']), at('status'));
    const impact: Record<string, unknown> = {};
    for (const g of GOAL_IDS) {
      const v = toNumber(get(`own${g}`));
      if (v !== undefined) impact[g] = v;
      cells.set(keyOf(['models', i, 'impact', g]), at(`own${g}`));
    }
    if (Object.keys(impact).length > 0) entry.impact = impact;
    cells.set(keyOf(['models', i, 'impact']), at('ownA'));
    const notes = toText(get('notes'));
    if (notes !== undefined) entry.notes = notes;
    cells.set(keyOf(['models', i, 'notes']), at('notes'));
    models.push(entry);
  });
  input.models = models;

  const items: Record<string, unknown>[] = [];
  values.selfAssessment.forEach((cellsOfRow, row) => {
    const { at, get } = rowAccess(SELF_ASSESSMENT_COLUMNS, 'selfAssessment', selfAssessmentRow(row), cellsOfRow);
    // A theme row left empty (no rating, no text; the sharing level has a default) is not an answer:
    // it is left out, so a round that dropped one of the default themes accepts the sheet as made.
    if (['rating', ...SELF_ASSESSMENT_TEXT_FIELDS].every((key) => isBlank(get(key)))) return;
    const i = items.length;
    const item: Record<string, unknown> = { themeId: toText(get('themeId')) ?? '' };
    cells.set(keyOf(['selfAssessment', i]), at('theme'));
    cells.set(keyOf(['selfAssessment', i, 'themeId']), at('theme'));
    const rating = parseChoice(RATING_CHOICES, get('rating'));
    if (rating !== undefined) item.rating = rating;
    for (const key of SELF_ASSESSMENT_TEXT_FIELDS) {
      const t = toText(get(key));
      if (t !== undefined) item[key] = t;
      cells.set(keyOf(['selfAssessment', i, key]), at(key));
    }
    const sharing = parseChoice(SHARING_CHOICES, get('sharing'));
    if (sharing !== undefined) item.sharing = sharing;
    cells.set(keyOf(['selfAssessment', i, 'rating']), at('rating'));
    cells.set(keyOf(['selfAssessment', i, 'sharing']), at('sharing'));
    items.push(item);
  });
  input.selfAssessment = items;

  return {
    input,
    cellFor(path) {
      for (let n = path.length; n > 0; n -= 1) {
        const hit = cells.get(keyOf(path.slice(0, n)));
        if (hit) return hit;
      }
      return undefined;
    },
  };
}
