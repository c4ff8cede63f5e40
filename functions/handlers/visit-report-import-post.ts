import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { readVisitSheet } from '../../shared/layouts/readVisitSheet';
import { visitTableNames } from '../../shared/layouts/visitSheet';
import { fromZodIssues } from '../../shared/schemas/fromZodIssues';
import { VisitReportImportSchema, type VisitReportImportBody } from '../../shared/schemas/visitReportImportSchema';
import { VisitQuestionsInputSchema, type VisitQuestions } from '../../shared/schemas/visitQuestionsSchema';
import { VisitReportInputSchema } from '../../shared/schemas/visitReportSchema';
import { MAX_XLSX_BYTES } from '../http/bodyLimits';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { withItemIds } from '../rounds/reportItems';
import { openVisit } from '../rounds/visitAccess';
import { roundThemes } from '../rounds/visitFormData';
import { atFormCell, metaIssues, sheetIssues } from '../rounds/visitFormIssues';
import { themeIssues } from '../rounds/visitIssues';
import { PreconditionFailedError } from '../storage/RoundStore';
import { revisionEtag, versionEtag } from '../storage/visitRows';
import { readingProblem } from '../xlsx/readingProblem';
import { readVisitFormXlsxOffThread } from '../xlsx/readXlsxOffThread';
import { READ_LIMITS } from '../xlsx/workbookLimits';
import { XLSX_TYPE } from '../xlsx/xlsxResponse';

const NOT_XLSX: Record<Lang, string> = {
  fi: 'Lähetä täytetty .xlsx-raporttilomake (Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).',
  sv: 'Skicka den ifyllda .xlsx-rapportblanketten (Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).',
  en: 'Send the filled .xlsx report form (Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).',
};

/** The rare race: the questions were stored, then another member saved the report a moment before this one. */
const STALE_REPORT_ONLY: Record<Lang, string> = {
  fi: 'Tiedoston kysymykset tallennettiin, mutta raporttia ei: toinen ryhmäläinen tallensi raportin juuri samaan aikaan. Lataa lomake uudelleen, siirrä raporttiin tekemäsi muutokset siihen ja lähetä se.',
  sv: 'Frågorna i filen sparades, men inte rapporten: en annan gruppmedlem sparade rapporten just samtidigt. Ladda ner blanketten på nytt, för över dina ändringar i rapporten och skicka den.',
  en: 'The questions in the file were stored, but not the report: another team member saved the report at the same moment. Download the form again, carry your report changes over to it and send it.',
};

const STALE: Record<Lang, string> = {
  fi: 'Toinen ryhmäläinen on tallentanut raportin tai kysymykset sen jälkeen, kun latasit tämän lomakkeen. Mitään ei tallennettu tästä tiedostosta: lataa lomake uudelleen, siirrä muutoksesi siihen ja lähetä se.',
  sv: 'En annan gruppmedlem har sparat rapporten eller frågorna efter att du laddade ner den här blanketten. Inget sparades från filen: ladda ner blanketten på nytt, för över dina ändringar till den och skicka den.',
  en: 'Another team member saved the report or the questions after you downloaded this form. Nothing from this file was stored: download the form again, carry your changes over to it and send it.',
};

const sameQuestions = (a: VisitQuestions['themes'], b: VisitQuestions['themes']) => JSON.stringify(a) === JSON.stringify(b);

/**
 * POST /api/rounds/{roundId}/visits/{hostId}/report/import (team, invite token): the report form
 * (GET …/report.xlsx) filled without the add-in. Read off-thread through the guarded reader, turned
 * into the report (and questions) by the same pure reader as the pane, validated like PUT …/report;
 * every error names its sheet and cell (422). Stored as a new report version with If-Match from the
 * version the file was made from (412 when another member saved since: nothing is stored). Questions
 * that differ from the stored ones are stored too (If-Match their revision; `sent` unchanged).
 */
export async function visitReportImportPost(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const v = await openVisit(request, 'visit-report-import-post');
  if (!v.ok) return v.response;
  const { lang } = v;
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== XLSX_TYPE && type !== 'application/octet-stream') return problem(415, lang, { detail: NOT_XLSX[lang] });
  if (Number(request.headers.get('content-length') ?? '0') > MAX_XLSX_BYTES) return problem(413, lang);
  const bytes = Buffer.from(await request.arrayBuffer());
  if (bytes.byteLength > MAX_XLSX_BYTES) return problem(413, lang);

  const file = await readVisitFormXlsxOffThread(bytes, READ_LIMITS, `${v.r.roundId}/${v.callerId}`);
  if (!file.ok) return readingProblem(file, lang);
  const wrongFile = metaIssues(file.meta, file.metaCells, { roundId: v.r.roundId, hostId: v.hostId }, lang);
  if (wrongFile.length > 0) return problem(422, lang, { localizedErrors: wrongFile });

  const names = visitTableNames(v.hostId);
  const reading = readVisitSheet(file.values, { questions: names.questions, report: names.report, notes: names.notes }, roundThemes(v), lang);
  const current = await v.visits.readDoc<VisitQuestions>(v.r.roundId, 'questions', v.hostId);
  const themeIds = v.r.access.stored.round.themes.map((t) => t.id);
  const report = VisitReportInputSchema.safeParse(reading.report.input);
  const questions = VisitQuestionsInputSchema.safeParse({ ...reading.questions.input, sent: Boolean(current?.value.sentAt) });
  const errors = [
    ...sheetIssues(reading),
    ...(questions.success ? themeIssues(questions.data.themes, themeIds) : fromZodIssues(questions.error.issues, reading.questions.input)).map((e) => atFormCell(e, reading.questions, v.hostId, lang)),
    ...(report.success ? themeIssues(report.data.themes, themeIds) : fromZodIssues(report.error.issues, reading.report.input)).map((e) => atFormCell(e, reading.report, v.hostId, lang)),
  ];
  if (errors.length > 0 || !report.success || !questions.success) return problem(422, lang, { localizedErrors: errors });

  // Stale before anything is written: the upload is not stored, so nothing of either member is lost.
  const pointer = await v.visits.reportPointer(v.r.roundId, v.hostId);
  const changed = !sameQuestions(questions.data.themes, current?.value.themes ?? []);
  if ((pointer?.version ?? 0) !== file.meta.reportVersion || (changed && (current?.revision ?? 0) !== file.meta.questionsRevision)) {
    return problem(412, lang, { detail: STALE[lang] });
  }
  const now = new Date().toISOString();
  let revision = current?.revision ?? 0;
  try {
    if (changed) {
      const written = await v.visits.writeDoc<VisitQuestions>(v.r.roundId, 'questions', v.hostId, {
        next: (cur) => ({ themes: questions.data.themes, sentAt: cur?.value.sentAt ?? null }),
        updatedAt: now,
        updatedBy: v.callerId,
        ...(current ? { ifMatch: revisionEtag(current.revision) } : {}),
      });
      revision = written.revision;
    }
    const doc = withItemIds(report.data);
    const stored = await v.visits.writeReport(v.r.roundId, v.hostId, doc, { savedAt: now, savedBy: v.callerId, ...(pointer ? { ifMatch: versionEtag(pointer.version) } : {}) });
    const body: VisitReportImportBody = { version: stored.version, savedAt: stored.savedAt, report: doc, questions: { changed, revision } };
    return okJson(VisitReportImportSchema, body, 201, { etag: versionEtag(stored.version), location: `/api/rounds/${v.r.roundId}/visits/${v.hostId}/report` });
  } catch (err) {
    if (err instanceof PreconditionFailedError) return problem(412, lang, { detail: (changed && revision !== (current?.revision ?? 0) ? STALE_REPORT_ONLY : STALE)[lang] });
    throw err;
  }
}
