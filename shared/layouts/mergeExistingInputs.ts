import { CATALOG_DATA as CATALOG } from '../catalog/catalogData';
import type { Lang } from '../i18n/lang';
import { alignRows } from './alignRows';
import { parseChoice, type Choice } from './choices';
import { MODEL_COLUMNS } from './modelsLayout';
import { PROFILE_FIELDS } from './profileLayout';
import type { WorkbookValues } from './readWorkbook';
import { renderWorkbookValues, type SheetTheme } from './renderWorkbookValues';
import { SELF_ASSESSMENT_COLUMNS } from './selfAssessmentLayout';

/** What an earlier run of "create" left in the workbook, as read back. */
export interface ExistingInputs {
  /** Profile values by workbook name (IlmName, IlmCapacity, …). */
  profileByName: Readonly<Record<string, unknown>>;
  models?: { keys: readonly unknown[]; rows: readonly (readonly unknown[])[] };
  selfAssessment?: { keys: readonly unknown[]; rows: readonly (readonly unknown[])[] };
}

/** A dropdown cell in the current language, whatever language it was written in. */
function relabel(choices: readonly Choice<string | number | boolean>[] | undefined, cell: unknown, lang: Lang): unknown {
  if (!choices || cell === '' || cell === undefined || cell === null) return cell ?? '';
  const value = parseChoice(choices, cell);
  return choices.find((c) => c.value === value)?.label[lang] ?? cell;
}

/** Whether a self-assessment row holds anything the user typed (a rating or a text). */
const answered = (row: readonly unknown[]) =>
  SELF_ASSESSMENT_COLUMNS.some((c, i) => c.role === 'input' && c.key !== 'sharing' && row[i] !== '' && row[i] !== undefined && row[i] !== null);

/**
 * The sheets' values for "create or update": the current layout and catalogue in `lang`, with every
 * input the user had already entered carried over by stable key (model id, theme id, workbook name).
 * The self-assessment gets exactly `themes` (the round's, own names included); a row of a theme the
 * round no longer lists is dropped when empty and kept at the end when answered: inputs are never
 * lost, and checking names that row in words.
 *
 * @example
 * mergeExistingInputs('fi', existing, themes).models[0] // fixed columns in Finnish, the user's status kept
 */
export function mergeExistingInputs(lang: Lang, existing: ExistingInputs, themes: readonly SheetTheme[] = CATALOG.themes.map((t) => t.id)): WorkbookValues {
  const oldThemeRows = existing.selfAssessment ? alignRows(existing.selfAssessment.keys, existing.selfAssessment.rows, SELF_ASSESSMENT_COLUMNS) : [];
  const ids = new Set(themes.map((t) => (typeof t === 'string' ? t : t.id)));
  const keptOld = oldThemeRows.filter((r) => r[0] && !ids.has(String(r[0])) && answered(r)).map((r) => String(r[0]));
  const fresh = renderWorkbookValues(lang, undefined, [...themes, ...keptOld]);

  const profile = PROFILE_FIELDS.map((f, i) => {
    const old = existing.profileByName[f.name];
    return f.input === 'formula' || old === undefined || old === '' ? fresh.profile[i] : relabel(f.choices, old, lang);
  });

  const carry = (columns: typeof MODEL_COLUMNS, freshRows: readonly (readonly unknown[])[], old?: ExistingInputs['models']) => {
    const byId = new Map(old ? alignRows(old.keys, old.rows, columns).map((r) => [String(r[0]), r]) : []);
    return freshRows.map((row) => {
      const prev = byId.get(String(row[0]));
      if (!prev) return [...row];
      return columns.map((c, i) => (c.role === 'input' ? relabel(c.choices, prev[i], lang) : row[i]));
    });
  };
  return {
    profile,
    models: carry(MODEL_COLUMNS, fresh.models, existing.models),
    selfAssessment: carry(SELF_ASSESSMENT_COLUMNS, fresh.selfAssessment, existing.selfAssessment),
  };
}
