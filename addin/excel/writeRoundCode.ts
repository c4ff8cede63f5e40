import { asSheetText } from '../../shared/layouts/sheetText';
import { PROFILE_FIELDS } from '../../shared/layouts/profileLayout';
import type { ExcelRun } from './excelRun';
import { isMissingSheetError, SheetsMissingError } from './readInputSheets';

const ROUND_CODE = PROFILE_FIELDS.find((f) => f.key === 'roundId')!;

/**
 * Writes the round code the pane connects with into the Profile sheet's round-code cell (by its
 * workbook name), as text: the sheet and the pane then name the same round. One sync.
 */
export async function writeRoundCode(run: ExcelRun, roundId: string): Promise<void> {
  await run(async (context) => {
    const range = context.workbook.names.getItem(ROUND_CODE.name).getRange();
    range.numberFormat = [['@']];
    range.values = [[asSheetText(roundId)]];
    try {
      await context.sync();
    } catch (err) {
      if (isMissingSheetError(err)) throw new SheetsMissingError(err);
      throw err;
    }
  });
}
