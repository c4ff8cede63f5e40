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
export function renderWorkbookValues(lang: Lang, submission?: Submission, themeIds: readonly string[] = CATALOG.themes.map((t) => t.id)): WorkbookValues {
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
  const selfAssessment = themeIds.map((themeId) => {
    const item = byTheme.get(themeId);
    const theme = CATALOG.themes.find((t) => t.id === themeId);
    const values: Record<string, unknown> = {
      themeId,
      theme: theme ? theme.name[lang] : themeId,
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
