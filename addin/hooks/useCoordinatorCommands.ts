import { useCallback, useState } from 'react';
import type { Lang } from '../../shared/i18n/lang';
import type { RoundTheme } from '../../shared/schemas/roundSchema';
import { coordinatorSheets } from '../../shared/layouts/coordinatorSheets';
import { interviewsSheet } from '../../shared/layouts/interviewsSheet';
import { ApiError, type ApiClient, type Invite, type NewRound } from '../api/apiClient';
import type { HostActions } from '../excel/officeHost';
import type { Notice } from './usePaneCommands';

const KEY_PREFIX = 'ilmastoyhteistyo.coordinator.';
const LAST_ROUND = 'ilmastoyhteistyo.coordinator.lastRound';

export interface OpenRound {
  roundId: string;
  name: string;
  key: string;
  /** Its themes as stored (from the create form, or the data loaded when opening it). */
  themes: RoundTheme[];
}

/** The coordinator's commands: create or open a round, add participants, write the plan, pull everyone in. */
export function useCoordinatorCommands(host: HostActions, api: ApiClient, lang: Lang, storage: Storage | undefined) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const [round, setRound] = useState<OpenRound | undefined>();
  /** Shown once, right after the round was created; never stored outside this browser's storage. */
  const [shownKey, setShownKey] = useState<string | undefined>();
  const [invites, setInvites] = useState<Invite[]>([]);
  /** The field errors of the last refused theme change (422), listed by the themes section. */
  const [themeErrors, setThemeErrors] = useState<string[]>([]);
  const remembered = useCallback(() => {
    const roundId = storage?.getItem(LAST_ROUND) ?? '';
    return { roundId, key: roundId ? (storage?.getItem(KEY_PREFIX + roundId) ?? '') : '' };
  }, [storage]);

  const remember = useCallback((r: OpenRound) => {
    setRound(r);
    storage?.setItem(KEY_PREFIX + r.roundId, r.key);
    storage?.setItem(LAST_ROUND, r.roundId);
  }, [storage]);

  const fail = useCallback((err: unknown, creating = false) => {
    if ((err as { code?: string }).code === 'InvalidOperationInCellEditMode') return setNotice({ intent: 'warning', key: 'editMode' });
    if (err instanceof ApiError) {
      if (err.kind === 'offline' || err.kind === 'unavailable') return setNotice({ intent: 'error', key: 'offline' });
      if (err.kind === 'incompatible') return setNotice({ intent: 'error', key: 'incompatible' });
      if (err.kind === 'unauthorized') return setNotice({ intent: 'error', key: creating ? 'creationKeyInvalid' : 'coordinatorUnauthorized' });
      if (err.kind === 'invalid') return setNotice({ intent: 'error', key: 'roundInvalid', params: { detail: err.errors.map((e) => e.message).join(' ') || err.message } });
    }
    return setNotice({ intent: 'error', key: 'unexpected', params: { detail: (err as Error).message } });
  }, []);

  const run = useCallback(async (work: () => Promise<void>, creating = false) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await work();
    } catch (err) {
      fail(err, creating);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  }, [fail]);

  return {
    busy, notice, progress, round, shownKey, invites, themeErrors, remembered,
    dismiss: () => setNotice(undefined),
    /** Back to choosing a round; the key stays remembered in this browser for reopening. */
    closeRound: () => {
      setRound(undefined);
      setShownKey(undefined);
      setInvites([]);
      setThemeErrors([]);
      setNotice(undefined);
    },
    createRound: (creationKey: string, input: NewRound) => run(async () => {
      if (input.themes.length === 0) return setNotice({ intent: 'error', key: 'needThemes' });
      const created = await api.createRound(creationKey, input, lang);
      remember({ roundId: created.roundId, name: input.name, key: created.coordinatorKey, themes: input.themes });
      setShownKey(created.coordinatorKey);
      setInvites(created.participants);
      setNotice({ intent: 'success', key: 'roundCreated', params: { roundId: created.roundId } });
    }, true),
    openRound: (roundId: string, key: string) => run(async () => {
      const data = await api.coordinatorData(roundId, key, lang);
      remember({ roundId, name: data.round.name, key, themes: data.round.themes });
      setShownKey(undefined);
      setInvites([]);
      setNotice({ intent: 'success', key: 'roundOpen', params: { roundId } });
    }),
    /** Resolves true when the participants were added (the pane then clears the names). */
    addParticipants: async (names: string[]) => {
      let done = false;
      await run(async () => {
        if (!round) return;
        const added = await api.addParticipants(round.roundId, round.key, names, lang);
        setInvites((prev) => [...prev, ...added]);
        setNotice({ intent: 'success', key: 'participantsAdded', params: { n: added.length } });
        done = true;
      });
      return done;
    },
    /** PUT the round's themes; a 409 (a removed theme has answers) changes nothing and says so, a 422 lists the errors. */
    saveThemes: (themes: RoundTheme[]) => run(async () => {
      if (!round) return;
      setThemeErrors([]);
      if (themes.length === 0) return setNotice({ intent: 'error', key: 'needThemes' });
      try {
        const saved = await api.updateThemes(round.roundId, round.key, { themes }, lang);
        setRound({ ...round, themes });
        setNotice({ intent: 'success', key: 'themesSaved', params: { n: saved.themes.length } });
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) return setNotice({ intent: 'error', key: 'themesInUse', params: { detail: err.message } });
        if (err instanceof ApiError && err.status === 422) {
          setThemeErrors(err.errors.map((e) => e.message));
          return setNotice({ intent: 'error', key: 'themesInvalid', params: { n: err.errors.length } });
        }
        throw err;
      }
    }),
    writePlan: () => run(async () => {
      if (!round) return;
      // The plan carries the names: no need to download everyone's submissions for it.
      const plan = await api.interviewPlan(round.roundId, round.key, lang);
      if (!plan) return setNotice({ intent: 'warning', key: 'planTooFew' });
      const participants = Object.entries(plan.names).map(([participantId, name]) => ({ participantId, name }));
      const result = await host.writeReportSheets([interviewsSheet({ participants, plan }, lang)]);
      setNotice({ intent: 'success', key: 'planWritten', params: { sheet: result.written[0] ?? '' } });
    }),
    pull: () => run(async () => {
      if (!round) return;
      setProgress({ done: 0, total: 0 });
      const data = await api.coordinatorData(round.roundId, round.key, lang);
      const sheets = coordinatorSheets(data, lang);
      setProgress({ done: 0, total: sheets.length });
      await host.writeReportSheets(sheets, (done, total) => setProgress({ done, total }));
      const submitted = data.participants.filter((p) => p.latest).length;
      setNotice({ intent: 'success', key: 'pulled', params: { submitted, n: data.participants.length } });
    }),
    download: () => run(async () => {
      if (!round) return;
      const blob = await api.workbookXlsx(round.roundId, round.key, lang);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `${round.roundId}.xlsx`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }),
    copy: (text: string) => run(async () => {
      try {
        await navigator.clipboard.writeText(text);
        setNotice({ intent: 'success', key: 'copied' });
      } catch {
        setNotice({ intent: 'warning', key: 'copyFailed' });
      }
    }),
  };
}
