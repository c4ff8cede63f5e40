import { CATALOG_DATA as CATALOG } from '../catalog/catalogData';
import { GOAL_IDS } from '../catalog/catalogIds';
import type { Lang } from '../i18n/lang';
import type { Submission } from '../schemas/submissionSchema';
import { RATING_CHOICES, SHARING_CHOICES, STATUS_CHOICES, type Choice } from './choices';
import { MODEL_COLUMNS, modelFixedValues } from './modelsLayout';
import { PROFILE_FIELDS } from './profileLayout';
import type { WorkbookValues } from './readWorkbook';
import { SELF_ASSESSMENT_COLUMNS } from './selfAssessmentLayout';

const labelOf = <V extends string | number | boolean>(choices: readonly Choice<V>[], value: unknown, lang: Lang) =>
  choices.find((c) => c.value === value)?.label[lang] ?? '';

function at(obj: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, seg) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined), obj);
}

/**
 * The cell values of the three input sheets for a submission (or an empty workbook when none is
 * given): every catalogue model and theme gets a row. Formula cells are left empty here; adapters
 * write the layout's formulas. Strings are raw: adapters neutralise them (asSheetText) as they write.
 */
/** A round's theme as the sheets need it: a default theme's id, or an own theme with its names. */
export type SheetTheme = string | { id: string; name?: Partial<Record<Lang, string>> };

/** A theme's name in `lang`: its own name, else the catalogue's, else its name in another language, else its id. */
export function sheetThemeName(theme: SheetTheme, lang: Lang): string {
  const id = typeof theme === 'string' ? theme : theme.id;
  const own = typeof theme === 'string' ? undefined : theme.name;
  const fromCatalog = CATALOG.themes.find((t) => t.id === id)?.name[lang];
  return own?.[lang] ?? fromCatalog ?? own?.fi ?? own?.sv ?? own?.en ?? id;
}

export function renderWorkbookValues(lang: Lang, submission?: Submission, themes: readonly SheetTheme[] = CATALOG.themes.map((t) => t.id)): WorkbookValues {
  const profile = PROFILE_FIELDS.map((f) => {
    if (f.input === 'formula' || !submission) return '';
    const v = at(submission, f.path);
    if (v === undefined) return '';
    return f.choices ? labelOf(f.choices, v, lang) : (v as string | number);
  });
  const byModel = new Map(submission?.models.map((m) => [m.modelId, m]));
  const models = CATALOG.models.map((m, i) => {
    const fixed = modelFixedValues(i, lang);
    const a = byModel.get(m.id);
    const input: Record<string, unknown> = {
      status: a?.status ? labelOf(STATUS_CHOICES, a.status, lang) : '',
      notes: a?.notes ?? '',
    };
    for (const g of GOAL_IDS) input[`own${g}`] = a?.impact?.[g] ?? '';
    return MODEL_COLUMNS.map((c) => (c.role === 'formula' ? '' : (fixed[c.key] ?? input[c.key] ?? '')));
  });
  const byTheme = new Map(submission?.selfAssessment.map((s) => [s.themeId, s]));
  const selfAssessment = themes.map((t) => {
    const themeId = typeof t === 'string' ? t : t.id;
    const item = byTheme.get(themeId);
    const values: Record<string, unknown> = {
      themeId,
      theme: sheetThemeName(t, lang),
      rating: item?.rating !== undefined ? labelOf(RATING_CHOICES, item.rating, lang) : '',
      currentPractice: item?.currentPractice ?? '',
      strengths: item?.strengths ?? '',
      developmentAreas: item?.developmentAreas ?? '',
      evidence: item?.evidence ?? '',
      sharing: labelOf(SHARING_CHOICES, item?.sharing ?? 'team', lang),
    };
    return SELF_ASSESSMENT_COLUMNS.map((c) => values[c.key] ?? '');
  });
  return { profile, models, selfAssessment };
}
