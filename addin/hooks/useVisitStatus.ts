import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../shared/i18n/lang';
import type { RoundView } from '../../shared/schemas/roundViewSchema';
import type { ApiClient } from '../api/apiClient';
import type { TeamVisitState } from '../components/teamVisitStatus';

/**
 * The state of every visit the participant makes as a team member: read when the section opens,
 * given by a command that has just read it (`put`), or read again (`refresh`). Only the newest read
 * or put of a visit counts, so a slow earlier answer never overwrites a later one; a failed read keeps
 * the last status (the commands say what went wrong when they are used). `version` tells whether
 * anything arrived for a visit since a given moment.
 */
export function useVisitStatus(api: ApiClient, lang: Lang, view: RoundView, token: string) {
  const [states, setStates] = useState<ReadonlyMap<string, TeamVisitState>>(new Map());
  const latest = useRef(new Map<string, number>());
  // The token as typed now: a read uses it, but typing in the field does not start reads.
  const tokenNow = useRef(token);
  tokenNow.current = token;
  const key = (hostId: string) => `${view.roundId}/${hostId}`;
  const next = (k: string) => {
    const n = (latest.current.get(k) ?? 0) + 1;
    latest.current.set(k, n);
    return n;
  };
  const keep = (k: string, n: number, state: TeamVisitState) => {
    if (latest.current.get(k) === n) setStates((old) => new Map(old).set(k, state));
  };

  const put = useCallback((hostId: string, state: TeamVisitState) => {
    const k = `${view.roundId}/${hostId}`;
    keep(k, next(k), state);
  }, [view.roundId]);

  const refresh = useCallback(async (hostId: string) => {
    const k = `${view.roundId}/${hostId}`;
    const n = next(k);
    const ref = { roundId: view.roundId, token: tokenNow.current, hostId };
    try {
      const [questions, report] = await Promise.all([api.visitQuestions(ref, lang), api.visitReport(ref, lang)]);
      keep(k, n, { questions, report: report?.body ?? null });
    } catch {
      // The last known status stays.
    }
  }, [api, lang, view.roundId]);

  const hostIds = (view.plan?.visits ?? []).map((v) => v.host.id).join(',');
  useEffect(() => {
    for (const hostId of hostIds ? hostIds.split(',') : []) void refresh(hostId);
  }, [hostIds, refresh]);

  return {
    stateOf: (hostId: string) => states.get(key(hostId)),
    version: (hostId: string) => latest.current.get(key(hostId)) ?? 0,
    put,
    refresh,
  };
}
