import type { WorkbookLimitKind } from '../../shared/i18n/workbookLimits';
import { ZIP_LIMITS } from './zipGuard';

const KIB = 1024;

/**
 * What an uploaded workbook may hold and cost to read. A filled template has 3 sheets, 70 rows,
 * about 720 cells, about 200 shared strings (a few hundred with 20 themes) and 15–40 cell formats,
 * and reads in about half a second in its worker; every limit leaves a margin of 6× or more. The
 * worst file within all of them at once (tests/integration/importIsolation.test.ts: every count at
 * its limit, the unpacked budget filled with one-character rich-text runs) read in 3–5 s in its
 * worker on the 2-core test machine, 4–6.5 s with two at once; maxMillis stays 3× above that, so a
 * slower single-core host does not refuse a file that is within every other limit.
 */
export const READ_LIMITS = {
  zip: ZIP_LIMITS,
  /** Worksheets the workbook links and lists (the template has 3). */
  maxSheets: 20,
  /** `<row>` elements over all sheets (the template has 70). */
  maxRows: 5_000,
  /** `<c>` elements over all sheets (the template has about 720). */
  maxCells: 50_000,
  /** `<si>` in the shared strings (the template as Excel or LibreOffice saves it: about 200, a few hundred with 20 themes). */
  maxSharedStrings: 10_000,
  /** `<xf>` in the styles, cell formats (ExcelJS writes 15, LibreOffice 37, Excel some tens). */
  maxCellFormats: 2_000,
  /**
   * Unpacked bytes of the parts that are parsed to find the others, checked before they are read:
   * relationships (about 1 KB, 2 KB with 20 sheets), the workbook part (2–3 KB) and the styles
   * (3–12 KB; Excel's with many formats some tens of KB). Sheets and shared strings hold the answers
   * and may use the whole unpacked budget, which also bounds everything ExcelJS is given together.
   */
  maxPartBytes: { rels: 64 * KIB, workbook: 256 * KIB, styles: 1024 * KIB },
  /** Wall-clock time of one read in its worker thread, from start to result. */
  maxMillis: 20_000,
  /**
   * How long a read may wait for a free reader before it is answered busy (its client may have
   * given up): as long as one read may take, so the first in the queue always gets its turn.
   */
  maxWaitMillis: 20_000,
  /** Old-generation heap of the worker thread, in MiB. */
  maxHeapMb: 512,
  /**
   * Reads running at once (each on its own thread) and reads waiting for one to finish; one
   * participant has at most one read running or waiting (readerSlots).
   */
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
