import { helsinkiTime } from '../../shared/i18n/formatTime';
import type { Lang } from '../../shared/i18n/lang';
import type { VisitQuestionsBody } from '../../shared/schemas/visitQuestionsSchema';
import type { VisitReportBody } from '../../shared/schemas/visitReportSchema';
import { paneText } from '../hooks/useStrings';

/** What the server holds of one visit the team makes: the questions' sending and the report's versions. */
export interface TeamVisitState {
  questions: Pick<VisitQuestionsBody, 'sentAt'> | null;
  report: Pick<VisitReportBody, 'version' | 'savedAt' | 'savedBy' | 'release' | 'updatedSinceRelease'> | null;
}

/**
 * The two status lines under a visit the team makes: whether the questions went to the host, and the
 * report's latest version and whether the host has it (the server says when a newer one waits).
 * `nameOf` turns a member id into a name.
 *
 * @example
 * teamVisitStatus({ questions: null, report: null }, 'fi', (id) => id)
 * // ['Kysymyksiä ei ole vielä lähetetty isännälle.', 'Raporttia ei ole vielä tallennettu.']
 */
export function teamVisitStatus(state: TeamVisitState, lang: Lang, nameOf: (memberId: string) => string): [string, string] {
  const sentAt = state.questions?.sentAt;
  const questions = sentAt ? paneText(lang, 'statusQuestionsSent', { time: helsinkiTime(sentAt, lang) }) : paneText(lang, 'statusQuestionsNotSent');
  const r = state.report;
  if (!r) return [questions, paneText(lang, 'statusReportNone')];
  if (!r.release) return [questions, paneText(lang, 'statusReportSaved', { version: r.version, time: helsinkiTime(r.savedAt, lang), by: nameOf(r.savedBy) })];
  const released = { version: r.release.version, time: helsinkiTime(r.release.releasedAt, lang) };
  return [questions, r.updatedSinceRelease ? paneText(lang, 'statusReportNewer', { ...released, latest: r.version }) : paneText(lang, 'statusReportReleased', released)];
}
