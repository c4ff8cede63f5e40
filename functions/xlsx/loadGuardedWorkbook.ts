import ExcelJS from 'exceljs';
import { type OverLimit, type ReadLimits } from './workbookLimits';
import { workbookPackage } from './workbookPackage';
import { unzipWithinLimits } from './zipGuard';

export type GuardedWorkbook = { ok: true; wb: ExcelJS.Workbook } | { ok: false; code: 'not_a_workbook' } | OverLimit;

/**
 * An uploaded .xlsx as ExcelJS sees it: only the package the zip guard read and workbookPackage
 * rebuilt within `limits` (keeping the defined `names`), never the upload itself. Never throws.
 */
export async function loadGuardedWorkbook(bytes: Buffer, names: ReadonlySet<string>, limits: ReadLimits): Promise<GuardedWorkbook> {
  const unzipped = unzipWithinLimits(bytes, limits.zip);
  if (!unzipped.ok) return unzipped.reason === 'too_large' ? { ok: false, code: 'too_large', limit: unzipped.limit, max: unzipped.max } : { ok: false, code: 'not_a_workbook' };
  const pkg = await workbookPackage(unzipped.entries, names, limits);
  if (!pkg.ok) return pkg.reason === 'too_large' ? { ok: false, code: 'too_large', limit: pkg.limit, max: pkg.max } : { ok: false, code: 'not_a_workbook' };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(pkg.zip as unknown as ArrayBuffer);
  } catch {
    return { ok: false, code: 'not_a_workbook' };
  }
  return { ok: true, wb };
}
