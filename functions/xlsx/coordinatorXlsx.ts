import type { Lang } from '../../shared/i18n/lang';
import { coordinatorSheets, type CoordinatorData } from '../../shared/layouts/coordinatorSheets';
import { writeReportXlsx } from './writeReportXlsx';

/** The coordinator workbook as an .xlsx file: the same sheets a pull writes into Excel. */
export function coordinatorXlsx(data: CoordinatorData, lang: Lang): Promise<Buffer> {
  return writeReportXlsx(coordinatorSheets(data, lang));
}
