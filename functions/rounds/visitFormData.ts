import type { SheetTheme } from '../../shared/layouts/renderWorkbookValues';
import type { VisitSheetData } from '../../shared/layouts/visitSheet';
import { teamSelfAssessment } from '../../shared/rounds/teamSelfAssessment';
import type { VisitDetails } from '../../shared/schemas/visitDetailsSchema';
import type { VisitQuestions } from '../../shared/schemas/visitQuestionsSchema';
import type { VisitReportDoc } from '../../shared/schemas/visitReportSchema';
import { detailsBody, questionsBody } from './visitBodies';
import type { VisitRequest } from './visitAccess';

export type OpenVisit = Extract<VisitRequest, { ok: true }>;

/** The round's themes as the sheets name them (own names where the coordinator gave them). */
export const roundThemes = (v: OpenVisit): SheetTheme[] => v.r.access.stored.round.themes.map((t) => ({ id: t.id, ...(t.name ? { name: t.name } : {}) }));

/**
 * What the team's Vierailu sheet shows for the visit's host, read as the team's routes read it: the
 * details (with the host's contact until the visit names one), the self-assessment at `team` level
 * and wider (never private notes), the current questions and the latest report version. With the
 * questions' revision and the report's version (0 when none), which the form file carries.
 */
export async function visitFormData(v: OpenVisit): Promise<{ data: VisitSheetData; reportVersion: number; questionsRevision: number }> {
  const { roundId } = v.r;
  const [details, questions, pointer, submission, host] = await Promise.all([
    v.visits.readDoc<VisitDetails>(roundId, 'details', v.hostId),
    v.visits.readDoc<VisitQuestions>(roundId, 'questions', v.hostId),
    v.visits.reportPointer(roundId, v.hostId),
    v.r.store.getSubmission(roundId, v.hostId),
    v.r.store.getParticipant(roundId, v.hostId),
  ]);
  const report = pointer ? await v.visits.reportVersion<VisitReportDoc>(roundId, v.hostId, pointer.version) : undefined;
  // The sheet names who saved the version, never an id.
  const savedBy = report ? (await v.r.store.getParticipant(roundId, report.savedBy))?.name ?? '' : '';
  const q = questionsBody(v.hostId, questions);
  const data: VisitSheetData = {
    hostId: v.hostId,
    hostName: host?.name ?? v.hostId,
    themes: roundThemes(v),
    details: detailsBody(v.hostId, details, host?.contact),
    selfAssessment: submission ? teamSelfAssessment(submission.submission).selfAssessment : null,
    questions: { themes: q.themes, sentAt: q.sentAt },
    report: report?.report ?? { themes: [], summary: '', feedbackNotes: '' },
    ...(report ? { reportVersion: { version: report.version, savedBy, savedAt: report.savedAt } } : {}),
  };
  return { data, reportVersion: report?.version ?? 0, questionsRevision: q.revision };
}
