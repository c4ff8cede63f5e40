import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { readWorkbook } from '../../shared/layouts/readWorkbook';
import { localizeIssue, type FieldIssue } from '../../shared/schemas/fieldIssue';
import { parseSubmission } from '../../shared/schemas/parseSubmission';
import { problem } from '../http/problem';
import { MAX_XLSX_BYTES } from '../http/bodyLimits';
import { openRound } from '../rounds/roundRoute';
import { ownSubmissionOnly, routeMismatches, storeSubmission } from '../rounds/storeSubmission';
import { readingProblem } from '../xlsx/readingProblem';
import { readParticipantXlsxOffThread } from '../xlsx/readXlsxOffThread';
import { READ_LIMITS } from '../xlsx/workbookLimits';
import { XLSX_TYPE } from '../xlsx/xlsxResponse';

const NOT_XLSX = {
  fi: 'Lähetä täytetty .xlsx-pohja (Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).',
  sv: 'Skicka den ifyllda .xlsx-mallen (Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).',
  en: 'Send the filled .xlsx template (Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).',
} satisfies Record<Lang, string>;

/**
 * POST /api/rounds/{roundId}/submissions/{participantId}/import (that participant, invite token): a
 * filled template goes through the same reader and validation as the add-in; every error names its
 * sheet and cell ("Profiili!B5: …"). A valid file becomes the participant's next version.
 */
export async function submissionImportPost(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const denied = ownSubmissionOnly(r);
  if (denied) return denied;
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== XLSX_TYPE && type !== 'application/octet-stream') return problem(415, r.lang, { detail: NOT_XLSX[r.lang] });
  if (Number(request.headers.get('content-length') ?? '0') > MAX_XLSX_BYTES) return problem(413, r.lang);
  const bytes = Buffer.from(await request.arrayBuffer());
  if (bytes.byteLength > MAX_XLSX_BYTES) return problem(413, r.lang);

  // Read in a worker thread: no upload keeps the request thread (and the health check) waiting.
  // One read at a time per participant: a second import while the first is read answers 503.
  const file = await readParticipantXlsxOffThread(bytes, READ_LIMITS, `${r.roundId}/${r.participantId}`);
  if (!file.ok) return readingProblem(file, r.lang);
  const reading = readWorkbook(file.values, { participantId: r.participantId! });
  const atCell = (e: FieldIssue) => {
    const cell = reading.cellFor(e.path);
    const local = localizeIssue(e, r.lang);
    if (!cell) return local;
    const sheet = file.sheetNames[cell.sheet];
    // Named by sheet, cell and the sheet's own label: no internal path after it.
    return { ...local, sheet, cell: cell.address, message: `${sheet}!${cell.address}: ${e.message[r.lang]}` };
  };
  const parsed = parseSubmission(reading.input, { themeIds: r.access.stored.round.themes.map((t) => t.id) });
  if (!parsed.ok) return problem(422, r.lang, { localizedErrors: parsed.errors.map(atCell) });
  // A file filled for another round is named at its round-code cell.
  const mismatch = routeMismatches(r, parsed.value);
  if (mismatch.length > 0) return problem(422, r.lang, { localizedErrors: mismatch.map(atCell) });
  return storeSubmission(r, parsed.value, request, context);
}
