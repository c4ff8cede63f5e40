import type { Lang } from '../../shared/i18n/lang';
import type { InLanguage } from '../../shared/i18n/pickLanguage';
import type { CellRef } from '../../shared/layouts/a1';
import { readWorkbook, type WorkbookReading } from '../../shared/layouts/readWorkbook';
import type { Recommendation } from '../../shared/recommendation/recommend';
import { createOrUpdateSheets, type CreateResult } from './createOrUpdateSheets';
import { officeExcelRun, type ExcelRun } from './excelRun';
import { highlightErrors, selectCell } from './locateCells';
import { readInputSheets } from './readInputSheets';
import { writeRecommendations } from './writeRecommendations';

/** Everything the pane asks of Excel. Components get this as a prop and never touch Office.js. */
export interface HostActions {
  dataValidationSupported: boolean;
  createSheets(lang: Lang, themeIds?: readonly string[]): Promise<CreateResult>;
  readSubmission(participantId?: string): Promise<WorkbookReading>;
  highlight(cells: readonly CellRef[]): Promise<void>;
  select(cell: CellRef): Promise<void>;
  writeRecommendations(rec: InLanguage<Recommendation>, lang: Lang): Promise<string>;
}

/** Host actions over a given Excel.run (the real one in Office, a fake in tests and the browser test). */
export function createHostActions(run: ExcelRun, dataValidationSupported: boolean): HostActions {
  let marked: CellRef[] = [];
  return {
    dataValidationSupported,
    createSheets: (lang, themeIds) => createOrUpdateSheets(run, { lang, dataValidation: dataValidationSupported, ...(themeIds ? { themeIds } : {}) }),
    readSubmission: async (participantId) => readWorkbook(await readInputSheets(run), participantId ? { participantId } : {}),
    highlight: async (cells) => {
      marked = await highlightErrors(run, marked, cells);
    },
    select: (cell) => selectCell(run, cell),
    writeRecommendations: (rec, lang) => writeRecommendations(run, rec, lang),
  };
}

/** The host in Excel: Excel.run, and data validation when ExcelApi 1.8 is there. */
export function officeHostActions(): HostActions {
  return createHostActions(officeExcelRun, Office.context.requirements.isSetSupported('ExcelApi', '1.8'));
}
