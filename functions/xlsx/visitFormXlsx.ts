import type { Lang } from '../../shared/i18n/lang';
import type { FormSheet } from '../../shared/layouts/formSheet';
import type { InstructionsSheet } from '../../shared/layouts/instructionsSheet';
import { VISIT_FORM_META_LABELS, VISIT_FORM_NAMES, visitFormMetaRow, type VisitFormMeta } from '../../shared/layouts/visitFormInstructions';
import { writeInstructions } from './writeInstructions';
import { addFormSheet } from './writeFormSheet';
import { setText, xlsxBytes } from './writeXlsx';

/**
 * The team's report form as an .xlsx file: the instructions first, with the round, host, report
 * version and questions revision in named value cells below them (VISIT_FORM_NAMES), then the
 * Vierailu sheet from its declaration, rendered as the add-in renders it.
 */
export function visitFormXlsx(lang: Lang, form: FormSheet, instructions: InstructionsSheet, meta: VisitFormMeta): Promise<Buffer> {
  return xlsxBytes((wb) => {
    writeInstructions(wb, instructions);
    const ws = wb.worksheets[0]!;
    ws.getColumn(2).width = 24;
    const first = visitFormMetaRow(instructions);
    (Object.keys(VISIT_FORM_NAMES) as (keyof typeof VISIT_FORM_NAMES)[]).forEach((key, i) => {
      const row = ws.getRow(first + i);
      setText(row.getCell(1), VISIT_FORM_META_LABELS[key][lang]);
      row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
      const value = meta[key];
      const cell = row.getCell(2);
      if (typeof value === 'number') cell.value = value;
      else {
        cell.numFmt = '@';
        setText(cell, value);
      }
      wb.definedNames.add(`'${ws.name}'!$B$${first + i}`, VISIT_FORM_NAMES[key]);
    });
    addFormSheet(wb, form, lang);
  });
}
