import type { WorkbookLimitKind } from '../../shared/i18n/workbookLimits';
import { ZIP_LIMITS } from './zipGuard';

/**
 * What an uploaded workbook may hold and cost to read. A filled template has 3 sheets, 70 rows and
 * about 720 cells (about 90 rows and 1 200 cells for a round with 20 themes) and reads in well under
 * a second; every limit leaves a margin of 6× or more, and the worst file within all of them reads
 * in a few seconds on one core, off the request thread (tests/integration/importIsolation.test.ts).
 */
export const READ_LIMITS = {
  zip: ZIP_LIMITS,
  /** Worksheets the workbook links (the template has 3). */
  maxSheets: 20,
  /** `<row>` elements over all sheets (the template has 70). */
  maxRows: 5_000,
  /** `<c>` elements over all sheets (the template has about 720). */
  maxCells: 50_000,
  /** Wall-clock time of one read in its worker thread, from start to result. */
  maxMillis: 20_000,
  /** Old-generation heap of the worker thread, in MiB. */
  maxHeapMb: 512,
  /** Reads running at once (each on its own thread) and reads waiting for one to finish. */
  maxParallel: 2,
  maxWaiting: 8,
};

export type ReadLimits = typeof READ_LIMITS;

/** Why a workbook was not read: a limit and its value (bytes, a count, milliseconds or MiB). */
export interface OverLimit {
  ok: false;
  code: 'too_large';
  limit: WorkbookLimitKind;
  max: number;
}
