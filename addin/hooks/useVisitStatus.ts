import { useCallback, useEffect, useState } from 'react';
import { helsinkiTime } from '../../shared/i18n/formatTime';
import type { Lang } from '../../shared/i18n/lang';
import type { RoundView } from '../../shared/schemas/roundViewSchema';
import type { VisitQuestionsBody } from '../../shared/schemas/visitQuestionsSchema';
import type { VisitReportBody } from '../../shared/schemas/visitReportSchema';
import type { ApiClient } from '../api/apiClient';
import { paneText } from './useStrings';

/** What the server holds of one visit the team makes: the questions' sending and the report's versions. */
export interface TeamVisitState {
  questions: Pick<VisitQuestionsBody, 'sentAt'> | null;
  report: Pick<VisitReportBody, 'version' | 'savedAt' | 'savedBy' | 'release'> | null;
}

/**
 * The two status lines under a visit the team makes: whether the questions went to the host, and the
 * report's latest version and whether (and which) the host has. `nameOf` turns a member id into a name.
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
  return [questions, r.release.version === r.version ? paneText(lang, 'statusReportReleased', released) : paneText(lang, 'statusReportNewer', { ...released, latest: r.version })];
}

/**
 * The state of every visit the participant makes as a team member, read when the section opens and
 * again after each command (`refresh`). A visit whose reads fail shows no status: the commands say
 * what went wrong when they are used.
 */
export function useVisitStatus(api: ApiClient, lang: Lang, view: RoundView, token: string) {
  const [states, setStates] = useState<ReadonlyMap<string, TeamVisitState>>(new Map());
  const refresh = useCallback(async (hostId: string) => {
    const ref = { roundId: view.roundId, token, hostId };
    try {
      const [questions, report] = await Promise.all([api.visitQuestions(ref, lang), api.visitReport(ref, lang)]);
      setStates((old) => new Map(old).set(hostId, { questions, report: report?.body ?? null }));
    } catch {
      setStates((old) => {
        const next = new Map(old);
        next.delete(hostId);
        return next;
      });
    }
  }, [api, lang, view.roundId, token]);
  const hostIds = (view.plan?.visits ?? []).map((v) => v.host.id).join(',');
  useEffect(() => {
    for (const hostId of hostIds ? hostIds.split(',') : []) void refresh(hostId);
  }, [hostIds, refresh]);
  return { stateOf: (hostId: string) => states.get(hostId), refresh };
}
