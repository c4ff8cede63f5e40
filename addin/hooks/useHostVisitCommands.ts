import { useCallback, useState } from 'react';
import type { Lang } from '../../shared/i18n/lang';
import { feedbackSheet, FEEDBACK_SHEET } from '../../shared/layouts/feedbackSheet';
import { readFeedbackSheet } from '../../shared/layouts/readFeedbackSheet';
import type { RoundView } from '../../shared/schemas/roundViewSchema';
import type { VisitQuestionsBody } from '../../shared/schemas/visitQuestionsSchema';
import { ApiError, type ApiClient } from '../api/apiClient';
import type { VisitRef } from '../api/visitClient';
import { fromDraft, toDraft, type DetailsDraft } from '../components/visitDetailsDraft';
import type { HostActions } from '../excel/officeHost';
import { fieldErrorsOf, type VisitRunner } from './useVisitRunner';

/**
 * The host's commands for the visit to it: edit the visit details and material, see the team's
 * questions once sent, insert the released report as the Palauteraportti sheet, send the sharing
 * chosen there (PUT …/report/sharing).
 */
export function useHostVisitCommands(host: HostActions, api: ApiClient, lang: Lang, view: RoundView, token: string, r: VisitRunner) {
  const [draft, setDraft] = useState<DetailsDraft | undefined>();
  const [etag, setEtag] = useState<string | undefined>();
  const [questions, setQuestions] = useState<VisitQuestionsBody | undefined>();
  const ref = useCallback((): VisitRef => ({ roundId: view.roundId, token, hostId: view.self?.id ?? token.split('.')[0] ?? '' }), [view, token]);

  const load = useCallback(async () => {
    const details = await api.visitDetails(ref(), lang);
    setDraft(toDraft(details.body, lang));
    setEtag(details.etag || undefined);
  }, [api, lang, ref]);

  return {
    draft, setDraft, questions,
    editDetails: () => r.run(load),
    saveDetails: (typed: DetailsDraft) => r.run(async () => {
      try {
        const saved = await api.putVisitDetails(ref(), fromDraft(typed), lang, etag);
        setDraft(toDraft(saved.body, lang));
        setEtag(saved.etag || undefined);
      } catch (err) {
        const issues = fieldErrorsOf(err);
        if (issues) {
          const n = await r.show(() => undefined, issues);
          return r.setNotice({ intent: 'warning', key: 'detailsInvalid', params: { n } });
        }
        if (!(err instanceof ApiError && err.kind === 'stale')) throw err;
        await load();
        return r.setNotice({ intent: 'warning', key: 'detailsStale' });
      }
      r.setErrors([]);
      r.setNotice({ intent: 'success', key: 'detailsSaved' });
    }),
    showQuestions: () => r.run(async () => {
      const sent = await api.visitQuestions(ref(), lang);
      setQuestions(sent ?? undefined);
      if (!sent) r.setNotice({ intent: 'info', key: 'questionsNotSent' });
    }),
    insertFeedback: () => r.run(async () => {
      const report = await api.visitReport(ref(), lang);
      if (!report) return r.setNotice({ intent: 'info', key: 'reportNotReleased' });
      const b = report.body;
      const sheet = await host.writeFormSheet(feedbackSheet({ themes: view.themes, report: b.report, version: b.version, releasedAt: b.release?.releasedAt ?? b.savedAt, sharing: b.sharing }, lang), lang);
      r.setErrors([]);
      r.setNotice({ intent: 'success', key: 'feedbackInserted', params: { version: b.version, sheet } });
    }),
    sendSharing: () => r.run(async () => {
      const values = await host.readFormTables({ report: FEEDBACK_SHEET.tableName });
      const reading = readFeedbackSheet(values.report, lang);
      if (reading.issues.length > 0) {
        const n = await r.show(() => undefined, [], reading.issues);
        return r.setNotice({ intent: 'warning', key: 'errorsFound', params: { n } });
      }
      let saved;
      try {
        saved = await api.putReportSharing(ref(), reading.sharing.input, lang);
      } catch (err) {
        const issues = fieldErrorsOf(err);
        if (!issues) throw err;
        const n = await r.show(reading.sharing.cellFor, issues);
        return r.setNotice({ intent: 'warning', key: 'errorsFound', params: { n } });
      }
      await r.show(() => undefined, []);
      const n = Object.values(saved.sharing).filter((level) => level !== 'team').length;
      r.setNotice({ intent: 'success', key: 'sharingSaved', params: { n } });
    }, 'feedbackSheetMissing'),
  };
}

export type HostVisitCommands = ReturnType<typeof useHostVisitCommands>;
