import { useCallback, useEffect, useState } from 'react';
import { helsinkiTime } from '../../shared/i18n/formatTime';
import type { Lang } from '../../shared/i18n/lang';
import { sheetDate } from '../../shared/layouts/visitSheet';
import type { FinalResultBody } from '../../shared/schemas/resultsSnapshotSchema';
import { ApiError, type ApiClient } from '../api/apiClient';
import type { ResponseList } from '../api/resultsClient';
import type { Notice } from './usePaneCommands';

/** The coordinator's round, as far as the results need it. */
export interface ResultsRound {
  roundId: string;
  key: string;
}

/**
 * The coordinator's results commands: open the review with a deadline, follow the responses,
 * finalise, publish or withdraw, copy the public link. Whether the summary is published, and under
 * which link, is read from the API with the responses (nothing kept in the browser).
 */
export function useCoordinatorResults(api: ApiClient, lang: Lang, round: ResultsRound, today: string) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [list, setList] = useState<ResponseList | undefined>();
  const [final, setFinal] = useState<FinalResultBody | undefined>();
  const [publication, setPublication] = useState<ResponseList['publication'] | undefined>();

  const load = useCallback(async () => {
    const [responses, snapshot] = await Promise.all([api.resultsResponses(round.roundId, round.key, lang), api.finalResults(round.roundId, round.key, lang)]);
    setList(responses);
    setPublication(responses.publication ?? undefined);
    setFinal(snapshot ? { version: snapshot.version, finalisedAt: snapshot.finalisedAt } : undefined);
    return responses;
  }, [api, round.roundId, round.key, lang]);

  useEffect(() => {
    load().catch(() => undefined);
  }, [load]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await work();
    } catch (err) {
      if (err instanceof ApiError) {
        if (err.kind === 'offline' || err.kind === 'unavailable') return setNotice({ intent: 'error', key: 'offline' });
        if (err.kind === 'incompatible') return setNotice({ intent: 'error', key: 'incompatible' });
        if (err.kind === 'unauthorized') return setNotice({ intent: 'error', key: 'coordinatorUnauthorized' });
        if (err.kind === 'invalid') return setNotice({ intent: 'error', key: 'resultsConflict', params: { detail: err.errors.map((e) => e.message).join(' ') || err.message } });
      }
      setNotice({ intent: 'error', key: 'unexpected', params: { detail: (err as Error).message } });
    } finally {
      setBusy(false);
    }
  };

  return {
    busy, notice, list, final, publication,
    dismiss: () => setNotice(undefined),
    openReview: (deadline: string) => run(async () => {
      if (!deadline || deadline < today) return setNotice({ intent: 'warning', key: 'deadlineInPast' });
      const wasOpen = list?.review != null;
      const review = await api.openReview(round.roundId, round.key, deadline, lang);
      await load();
      setNotice({ intent: 'success', key: wasOpen ? 'deadlineChanged' : 'reviewOpened', params: { deadline: sheetDate(review.deadline, lang) } });
    }),
    refresh: () => run(async () => {
      const l = await load();
      if (!l.review) return setNotice({ intent: 'info', key: 'noReviewYet' });
      const answered = l.responses.filter((x) => x.status === 'approved' || x.status === 'commented').length;
      const approved = l.responses.filter((x) => x.status === 'approved').length;
      setNotice({ intent: 'info', key: 'responsesShown', params: { answered, n: l.responses.length, approved } });
    }),
    finalise: () => run(async () => {
      const f = await api.finaliseResults(round.roundId, round.key, lang);
      setFinal(f);
      setNotice({ intent: 'success', key: 'finalised', params: { version: f.version, time: helsinkiTime(f.finalisedAt, lang) } });
    }),
    publish: () => run(async () => {
      try {
        const p = await api.publishResults(round.roundId, round.key, lang);
        setPublication(p);
        setNotice({ intent: 'success', key: 'published', params: { version: p.version } });
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) return setNotice({ intent: 'warning', key: 'notFinalYet' });
        throw err;
      }
    }),
    withdraw: () => run(async () => {
      await api.withdrawResults(round.roundId, round.key, lang);
      setPublication(undefined);
      setNotice({ intent: 'success', key: 'withdrawn' });
    }),
    /** Resolves false when the clipboard refused (the pane then selects the link in its field). */
    copyLink: async (url: string) => {
      try {
        await navigator.clipboard.writeText(url);
        setNotice({ intent: 'success', key: 'linkCopied' });
        return true;
      } catch {
        setNotice({ intent: 'warning', key: 'linkCopyFailed' });
        return false;
      }
    },
  };
}
