import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../../shared/i18n/lang';
import { readResultsPreviewSheet } from '../../shared/layouts/readResultsPreviewSheet';
import { RESULTS_PREVIEW_SHEET, resultsPreviewSheet } from '../../shared/layouts/resultsPreviewSheet';
import { resultsSheets } from '../../shared/layouts/resultsSheets';
import type { RoundView } from '../../shared/schemas/roundViewSchema';
import type { ReviewState, StoredResponse } from '../../shared/schemas/resultsReviewSchema';
import { ApiError, type ApiClient } from '../api/apiClient';
import type { HostActions } from '../excel/officeHost';
import { fieldErrorsOf, type VisitRunner } from './useVisitRunner';

/** What the participant's Tulokset section knows of the round's results: unknown until first asked. */
export interface ResultsStatus {
  review: ReviewState | null;
  response: StoredResponse | null;
  final: { version: number; finalisedAt: string } | null;
}

/**
 * The participant's results commands: its status (is a review open, is there a final version),
 * insert the preview of its own part as the Tulosten esikatselu sheet, send the response read back
 * from it, insert the final summary as read-only sheets.
 */
export function useResultsCommands(host: HostActions, api: ApiClient, lang: Lang, view: RoundView, token: string, r: VisitRunner) {
  const [status, setStatus] = useState<ResultsStatus | undefined>();
  const roundId = view.roundId;

  const load = useCallback(async () => {
    const [preview, final] = await Promise.all([api.resultsPreview(roundId, token, lang), api.finalResults(roundId, token, lang)]);
    const next: ResultsStatus = { review: preview?.review ?? null, response: preview?.response ?? null, final: final ? { version: final.version, finalisedAt: final.finalisedAt } : null };
    setStatus(next);
    return { preview, final };
  }, [api, roundId, token, lang]);

  // The section opens with the status; a failure here stays quiet (Päivitä tila says what went wrong).
  useEffect(() => {
    load().catch(() => undefined);
  }, [load]);

  return {
    status,
    refresh: () => r.run(async () => {
      const { preview, final } = await load();
      if (!preview && !final) r.setNotice({ intent: 'info', key: 'resultsNothingYet' });
    }),
    insertPreview: () => r.run(async () => {
      const { preview } = await load();
      if (!preview) return r.setNotice({ intent: 'info', key: 'reviewNotOpen' });
      const sheet = await host.writeFormSheet(resultsPreviewSheet(preview, view.themes, lang), lang);
      await r.show(() => undefined, []);
      r.setNotice({ intent: 'success', key: 'previewInserted', params: { sheet, n: preview.items.length } });
    }),
    sendResponse: () => r.run(async () => {
      const values = await host.readFormTables({ items: RESULTS_PREVIEW_SHEET.itemsTable, approval: RESULTS_PREVIEW_SHEET.approvalTable });
      const reading = readResultsPreviewSheet(values, lang);
      if (reading.issues.length > 0) {
        const n = await r.show(() => undefined, [], reading.issues);
        return r.setNotice({ intent: 'warning', key: 'errorsFound', params: { n } });
      }
      let saved;
      try {
        saved = await api.putResultsResponse(roundId, token, reading.response.input, lang);
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) return r.setNotice({ intent: 'warning', key: 'responseRefused', params: { detail: err.message } });
        const issues = fieldErrorsOf(err);
        if (!issues) throw err;
        const n = await r.show(reading.response.cellFor, issues);
        return r.setNotice({ intent: 'warning', key: 'errorsFound', params: { n } });
      }
      await r.show(() => undefined, []);
      setStatus((s) => (s ? { ...s, response: saved } : s));
      const params = { comments: saved.comments.length, lowered: Object.keys(saved.lowered).length };
      r.setNotice({ intent: 'success', key: saved.approve ? 'responseApproved' : 'responseCommented', params });
    }, 'previewSheetMissing'),
    insertFinal: () => r.run(async () => {
      const final = await api.finalResults(roundId, token, lang);
      if (!final) return r.setNotice({ intent: 'info', key: 'finalNotYet' });
      setStatus((s) => ({ review: s?.review ?? null, response: s?.response ?? null, final: { version: final.version, finalisedAt: final.finalisedAt } }));
      const result = await host.writeReportSheets(resultsSheets(final, lang));
      r.setNotice({ intent: 'success', key: 'finalInserted', params: { version: final.version, sheet: result.written[0] ?? '' } });
    }),
  };
}

export type ResultsCommands = ReturnType<typeof useResultsCommands>;
