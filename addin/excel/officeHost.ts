import type { Lang } from '../../shared/i18n/lang';
import type { InLanguage } from '../../shared/i18n/pickLanguage';
import type { CellRef } from '../../shared/layouts/a1';
import { readWorkbook, type WorkbookReading } from '../../shared/layouts/readWorkbook';
import type { ReportSheet } from '../../shared/layouts/reportSheet';
import type { Recommendation } from '../../shared/recommendation/recommend';
import type { EarlierRating } from '../../shared/schemas/progressSchema';
import { createOrUpdateSheets, type CreateResult } from './createOrUpdateSheets';
import { officeExcelRun, type ExcelRun } from './excelRun';
import { highlightErrors, selectCell } from './locateCells';
import { readInputSheets } from './readInputSheets';
import { writeRecommendations } from './writeRecommendations';
import { writeReportSheets } from './writeReportSheets';
import { writeRoundCode } from './writeRoundCode';
import type { SheetTheme } from '../../shared/layouts/renderWorkbookValues';
import type { FormSheet } from '../../shared/layouts/formSheet';
import type { FormCellRef, FormTableValues } from '../../shared/layouts/readVisitSheet';
import { highlightFormCells, selectFormCell } from './locateFormCells';
import { readFormTables } from './readFormTables';
import { writeFormSheet } from './writeFormSheet';

/** Everything the pane asks of Excel. Components get this as a prop and never touch Office.js. */
export interface HostActions {
  /** ExcelApi 1.7 (names, null objects, freeze panes): below it the pane can only explain. */
  supported: boolean;
  dataValidationSupported: boolean;
  /** Creates or updates the input sheets; with a round's themes, exactly those theme rows; with earlier ratings, each under its theme's name. */
  createSheets(lang: Lang, themes?: readonly SheetTheme[], earlierRatings?: readonly EarlierRating[]): Promise<CreateResult>;
  readSubmission(participantId?: string): Promise<WorkbookReading>;
  highlight(cells: readonly CellRef[]): Promise<void>;
  select(cell: CellRef): Promise<void>;
  /** Writes the round code into the Profile sheet's round-code cell. */
  writeRoundCode(roundId: string): Promise<void>;
  writeRecommendations(rec: InLanguage<Recommendation>, lang: Lang): Promise<string>;
  /** Writes (or rewrites in place) read-only report sheets: the coordinator's, the shared model sheet. */
  writeReportSheets(sheets: readonly ReportSheet[], onProgress?: (done: number, total: number) => void): Promise<{ written: string[] }>;
  /** Writes (or replaces in place) a form sheet: the team's Vierailu sheet, the host's Palauteraportti. Returns its name. */
  writeFormSheet(form: FormSheet, lang: Lang): Promise<string>;
  /** Reads form tables by name (FormSheetMissingError when one is not there). */
  readFormTables<K extends string>(names: Record<K, string>): Promise<Record<K, FormTableValues>>;
  /** Marks a form sheet's error cells (and restores the ones marked before). */
  highlightForm(cells: readonly FormCellRef[]): Promise<void>;
  selectForm(cell: FormCellRef): Promise<void>;
}

/** Host actions over a given Excel.run (the real one in Office, a fake in tests and the browser test). */
export function createHostActions(run: ExcelRun, dataValidationSupported: boolean, supported = true): HostActions {
  let marked: CellRef[] = [];
  let formMarked: FormCellRef[] = [];
  return {
    supported,
    dataValidationSupported,
    createSheets: (lang, themeIds, earlierRatings) => createOrUpdateSheets(run, { lang, dataValidation: dataValidationSupported, ...(themeIds ? { themeIds } : {}), ...(earlierRatings ? { earlierRatings } : {}) }),
    readSubmission: async (participantId) => readWorkbook(await readInputSheets(run), participantId ? { participantId } : {}),
    highlight: async (cells) => {
      marked = await highlightErrors(run, marked, cells);
    },
    select: (cell) => selectCell(run, cell),
    writeRoundCode: (roundId) => writeRoundCode(run, roundId),
    writeRecommendations: (rec, lang) => writeRecommendations(run, rec, lang),
    writeReportSheets: (sheets, onProgress) => writeReportSheets(run, sheets, onProgress ? { onProgress } : {}),
    writeFormSheet: async (form, lang) => {
      // A rewritten sheet carries no marks: the ones remembered there would point at cells that are gone.
      const rewritten = new Set(form.blocks.flatMap((b) => (b.kind === 'table' ? [b.name] : [])));
      formMarked = formMarked.filter((c) => !rewritten.has(c.table));
      return writeFormSheet(run, form, lang, { dataValidation: dataValidationSupported });
    },
    readFormTables: (names) => readFormTables(run, names),
    highlightForm: async (cells) => {
      formMarked = await highlightFormCells(run, formMarked, cells);
    },
    selectForm: (cell) => selectFormCell(run, cell),
  };
}

/**
 * The host in Excel: Excel.run; the sheets need ExcelApi 1.7 (workbook names and null objects 1.4,
 * freeze panes 1.7), dropdowns ExcelApi 1.8.
 */
export function officeHostActions(): HostActions {
  const req = Office.context.requirements;
  return createHostActions(officeExcelRun, req.isSetSupported('ExcelApi', '1.8'), req.isSetSupported('ExcelApi', '1.7'));
}
