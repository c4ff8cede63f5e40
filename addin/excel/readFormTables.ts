import type { FormTableValues } from '../../shared/layouts/readVisitSheet';
import type { ExcelRun } from './excelRun';
import { isMissingSheetError } from './readInputSheets';

/** The visit sheet (or the feedback report sheet) is not in the workbook: insert it first. */
export class FormSheetMissingError extends Error {
  constructor(cause?: unknown) {
    super('form sheet missing', { cause });
    this.name = 'FormSheetMissingError';
  }
}

/** The 1-based row of an address such as `'Vierailu – Aura'!A30:C30`. */
const rowOf = (address: string) => Number(/(\d+)(?::[A-Z]+\d+)?$/.exec(address)?.[1] ?? 0);

/**
 * Reads form tables by name in one sync: each one's hidden key row, body, header row and sheet name.
 * Throws FormSheetMissingError when one of them is not there (deleted or renamed away).
 */
export async function readFormTables<K extends string>(run: ExcelRun, names: Record<K, string>): Promise<Record<K, FormTableValues>> {
  return run(async (context) => {
    const wb = context.workbook;
    const loaded = (Object.entries(names) as [K, string][]).map(([key, name]) => {
      const t = wb.tables.getItem(name);
      const header = t.getHeaderRowRange().load('address');
      return { key, header, keys: header.getOffsetRange(-1, 0).load('values'), body: t.getDataBodyRange().load('values'), sheet: t.worksheet.load('name') };
    });
    try {
      await context.sync();
    } catch (err) {
      if (isMissingSheetError(err)) throw new FormSheetMissingError(err);
      throw err;
    }
    return Object.fromEntries(loaded.map((l) => [l.key, {
      sheet: l.sheet.name,
      headerRow: rowOf(l.header.address),
      keys: l.keys.values[0] ?? [],
      rows: l.body.values,
    } satisfies FormTableValues])) as unknown as Record<K, FormTableValues>;
  });
}
