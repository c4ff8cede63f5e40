import type { Lang } from '../i18n/lang';
import { VISIT_SHEET_STRINGS as S } from '../i18n/visitSheetStrings';
import type { SharingLevel } from '../schemas/submissionSchema';
import { parseChoice, SHARING_CHOICES } from './choices';
import { FEEDBACK_COLUMNS, FEEDBACK_SHEET } from './feedbackSheet';
import { sheetText } from './visitSheet';
import { cellLookup, tableCells, type FormCellRef, type FormReading, type FormTableValues, type VisitSheetReading } from './readVisitSheet';

/**
 * The host's sharing choices read back from its Palauteraportti: item id → level for every row with
 * an id (the PUT …/report/sharing body). A level the sheet does not know is an issue at its cell.
 *
 * @example
 * readFeedbackSheet(values, 'fi').sharing.input // { items: { k2m4abcd: 'named' } }
 */
export function readFeedbackSheet(values: FormTableValues, lang: Lang): { sharing: FormReading<{ items: Record<string, SharingLevel> }>; issues: VisitSheetReading['issues'] } {
  const t = tableCells(FEEDBACK_SHEET.tableName, values, FEEDBACK_COLUMNS);
  const cells = new Map<string, FormCellRef>();
  const items: Record<string, SharingLevel> = {};
  const issues: VisitSheetReading['issues'] = [];
  for (let i = 0; i < t.count; i += 1) {
    const id = String(t.get(i, 'itemId') ?? '').trim();
    if (!id) continue;
    cells.set(`items/${id}`, t.at(i, 'sharing'));
    const level = parseChoice(SHARING_CHOICES, t.get(i, 'sharing'));
    if (level === undefined) continue;
    if (typeof level === 'string' && SHARING_CHOICES.some((c) => c.value === level)) {
      items[id] = level as SharingLevel;
    } else {
      const allowed = SHARING_CHOICES.map((c) => c.label[lang]).join(', ');
      issues.push({ message: sheetText('chooseOne', lang, { field: S.sharing[lang], allowed }), code: 'invalid_value', cell: t.at(i, 'sharing') });
    }
  }
  return { sharing: { input: { items }, cellFor: cellLookup(cells) }, issues };
}
