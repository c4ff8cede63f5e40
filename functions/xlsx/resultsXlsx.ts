import type { Lang } from '../../shared/i18n/lang';
import { resultsSheets } from '../../shared/layouts/resultsSheets';
import type { ResultsSnapshot } from '../../shared/schemas/resultsSnapshotSchema';
import { writeReportXlsx } from './writeReportXlsx';

/**
 * The published results as a workbook: the same sheets a member inserts from its pane
 * (shared/layouts/resultsSheets.ts), rendered from the snapshot alone — nothing the page does not show.
 */
export async function resultsXlsx(s: ResultsSnapshot, lang: Lang): Promise<Buffer> {
  return writeReportXlsx(resultsSheets(s, lang));
}
