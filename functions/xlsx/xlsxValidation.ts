import type ExcelJS from 'exceljs';
import type { Lang } from '../../shared/i18n/lang';
import { choiceLabels } from '../../shared/layouts/choices';
import type { ColumnSpec } from '../../shared/layouts/modelsLayout';
import type { ProfileField } from '../../shared/layouts/profileLayout';

/**
 * One validation for a whole range. Per-cell validations are what ExcelJS merges badly: it sorts
 * their addresses as text (J10 before J5) and so wrote J10:J39 and J5:J39, overlapping ranges whose
 * treatment by Excel is undocumented. A range given as such is written as it is, once
 * (ExcelJS's Worksheet type does not declare the collection).
 */
export function addValidation(ws: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, validation);
}

/** A table column's validation, as the Office.js writer sets it: dropdown, whole numbers or text length. */
export function validationFor(spec: { choices?: ColumnSpec['choices']; range?: ColumnSpec['range']; maxLength?: number }, lang: Lang): ExcelJS.DataValidation | undefined {
  if (spec.choices) return { type: 'list', allowBlank: true, formulae: [`"${choiceLabels(spec.choices, lang).join(',')}"`], showErrorMessage: true };
  if (spec.range) return { type: 'whole', allowBlank: true, operator: 'between', formulae: [spec.range.min, spec.range.max], showErrorMessage: true };
  if (spec.maxLength) return { type: 'textLength', allowBlank: true, operator: 'between', formulae: [0, spec.maxLength], showErrorMessage: true };
  return undefined;
}

/** A Profile field's validation (none for a formula). */
export function profileValidation(f: ProfileField, lang: Lang): ExcelJS.DataValidation | undefined {
  if (f.input === 'formula') return undefined;
  if (f.choices) return validationFor({ choices: f.choices }, lang);
  if (f.input === 'integer' || f.input === 'number') {
    return { type: f.input === 'integer' ? 'whole' : 'decimal', allowBlank: true, operator: 'between', formulae: [f.min ?? 0, f.max ?? 1e9], showErrorMessage: true };
  }
  return validationFor({ ...(f.maxLength ? { maxLength: f.maxLength } : {}) }, lang);
}
