import type { HttpResponseInit } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { localizeIssue, makeIssue } from '../../shared/schemas/fieldIssue';
import { problem } from '../http/problem';
import { RETRY_AFTER_SECONDS } from '../http/withErrors';
import type { OffThreadFormReading, OffThreadReading } from './readXlsxOffThread';

/**
 * The answer for an upload that could not be read: 413 over a limit (which one, in the message),
 * 503 with Retry-After while the readers are all busy, 422 for a file that is not a workbook, lacks
 * the template's sheets or holds uncalculated formulas in answer cells (each named by sheet and cell).
 */
export function readingProblem(reading: Exclude<OffThreadReading | OffThreadFormReading, { ok: true }>, lang: Lang): HttpResponseInit {
  switch (reading.code) {
    case 'busy':
      return problem(503, lang, { headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } });
    case 'too_large':
      return problem(413, lang, { errors: [makeIssue([], 'workbook_too_large', { value: reading.limit, max: reading.max })] });
    case 'not_a_workbook':
      return problem(422, lang, { errors: [makeIssue([], 'not_a_workbook')] });
    case 'sheets_missing':
      return problem(422, lang, { errors: [makeIssue([], 'sheets_missing', { value: reading.missing.join(', ') })] });
    case 'formula_without_value': {
      const local = localizeIssue(makeIssue([], 'formula_without_value'), lang);
      const errors = reading.cells.map((c) => ({ ...local, sheet: c.sheet, cell: c.address, message: `${c.sheet}!${c.address}: ${local.message}` }));
      return problem(422, lang, { localizedErrors: errors });
    }
  }
}
