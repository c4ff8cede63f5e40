import { alignRows } from '../../shared/layouts/alignRows';
import { MODEL_COLUMNS, MODELS_SHEET } from '../../shared/layouts/modelsLayout';
import { PROFILE_FIELDS } from '../../shared/layouts/profileLayout';
import type { WorkbookValues } from '../../shared/layouts/readWorkbook';
import { SELF_ASSESSMENT_COLUMNS, SELF_ASSESSMENT_SHEET } from '../../shared/layouts/selfAssessmentLayout';
import type { ExcelRun } from './excelRun';

/** The add-in's sheets are not in this workbook (or were renamed away): "create sheets" first. */
export class SheetsMissingError extends Error {
  constructor(cause?: unknown) {
    super('sheets missing', { cause });
    this.name = 'SheetsMissingError';
  }
}

/** Missing tables or names (ItemNotFound), or names left pointing at a deleted sheet (InvalidArgument). */
export const isMissingSheetError = (err: unknown) => ['ItemNotFound', 'InvalidArgument'].includes((err as { code?: string } | null)?.code ?? '');

/**
 * Reads the three input sheets' values in one sync, by workbook names and table names only.
 * Throws SheetsMissingError when they are not there.
 */
export async function readInputSheets(run: ExcelRun): Promise<WorkbookValues> {
  return run(async (context) => {
    const wb = context.workbook;
    const profile = PROFILE_FIELDS.map((f) => (f.input === 'formula' ? undefined : wb.names.getItem(f.name).getRange().load('values')));
    const table = (name: string) => {
      const t = wb.tables.getItem(name);
      return { keys: t.getHeaderRowRange().getOffsetRange(-1, 0).load('values'), body: t.getDataBodyRange().load('values') };
    };
    const models = table(MODELS_SHEET.tableName);
    const self = table(SELF_ASSESSMENT_SHEET.tableName);
    try {
      await context.sync();
    } catch (err) {
      if (isMissingSheetError(err)) throw new SheetsMissingError(err);
      throw err;
    }
    return {
      profile: profile.map((r) => (r ? r.values[0]![0] : '')),
      models: alignRows(models.keys.values[0]!, models.body.values, MODEL_COLUMNS),
      selfAssessment: alignRows(self.keys.values[0]!, self.body.values, SELF_ASSESSMENT_COLUMNS),
    };
  });
}
