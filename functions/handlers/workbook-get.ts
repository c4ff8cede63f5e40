import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { requireRole } from '../auth/authorizeRound';
import { coordinatorData } from '../rounds/coordinatorData';
import { openRound } from '../rounds/roundRoute';
import { visitStore } from '../storage/createVisitStore';
import { xlsxResponse } from '../xlsx/xlsxResponse';
import { coordinatorXlsx } from '../xlsx/coordinatorXlsx';

/** GET /api/rounds/{roundId}/workbook.xlsx (coordinator): the coordinator workbook as a file, the same sheets a pull writes. */
export async function workbookGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const denied = requireRole(r.access, r.lang);
  if (denied) return denied;
  const data = await coordinatorData(r.store, r.access.stored, visitStore());
  const bytes = await coordinatorXlsx(data, r.lang);
  return xlsxResponse(bytes, `${r.roundId}.xlsx`);
}
