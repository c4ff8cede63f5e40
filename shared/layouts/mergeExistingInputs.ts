import { CATALOG_DATA as CATALOG } from '../catalog/catalogData';
import type { Lang } from '../i18n/lang';
import { alignRows } from './alignRows';
import { parseChoice, type Choice } from './choices';
import { MODEL_COLUMNS } from './modelsLayout';
import { PROFILE_FIELDS } from './profileLayout';
import type { WorkbookValues } from './readWorkbook';
import { renderWorkbookValues } from './renderWorkbookValues';
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

/**
 * The sheets' values for "create or update": the current layout and catalogue in `lang`, with every
 * input the user had already entered carried over by stable key (model id, theme id, workbook name).
 * Inputs are never dropped: a theme row the round no longer lists is kept at the end.
 *
 * @example
 * mergeExistingInputs('fi', existing, themeIds).models[0] // fixed columns in Finnish, the user's status kept
 */
export function mergeExistingInputs(lang: Lang, existing: ExistingInputs, themeIds: readonly string[] = CATALOG.themes.map((t) => t.id)): WorkbookValues {
  const oldThemeRows = existing.selfAssessment ? alignRows(existing.selfAssessment.keys, existing.selfAssessment.rows, SELF_ASSESSMENT_COLUMNS) : [];
  const oldThemeIds = oldThemeRows.map((r) => String(r[0] ?? '')).filter(Boolean);
  const allThemes = [...themeIds, ...oldThemeIds.filter((id) => !themeIds.includes(id))];
  const fresh = renderWorkbookValues(lang, undefined, allThemes);

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
