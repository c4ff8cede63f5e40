import { useCallback, useState } from 'react';
import { helsinkiTime } from '../../shared/i18n/formatTime';
import type { Lang } from '../../shared/i18n/lang';
import type { PaneStringKey } from '../../shared/i18n/paneStrings';
import type { CellRef } from '../../shared/layouts/a1';
import { sharedModelsSheet } from '../../shared/layouts/sharedModelsSheet';
import { withoutPrivateNotes } from '../../shared/rounds/privateNotes';
import type { WorkbookReading } from '../../shared/layouts/readWorkbook';
import { PROFILE_FIELDS } from '../../shared/layouts/profileLayout';
import type { LocalizedFieldIssue } from '../../shared/schemas/fieldIssue';
import type { RoundView } from '../../shared/schemas/roundViewSchema';
import { formatPath } from '../../shared/schemas/fieldLabels';
import type { ApiClient } from '../api/apiClient';
import { ApiError } from '../api/apiClient';
import type { HostActions } from '../excel/officeHost';
import { SheetsMissingError } from '../excel/readInputSheets';
import { paneText } from './useStrings';

export interface ShownError {
  message: string;
  code: string;
  cell?: CellRef;
}

export type Notice = { intent: 'success' | 'error' | 'warning' | 'info'; key: PaneStringKey; params?: Record<string, string | number> };

const TOKEN_KEY = 'ilmastoyhteistyo.inviteToken';

/** The round-code field's label as the Profile sheet shows it. */
const roundCodeLabel = (lang: Lang) => PROFILE_FIELDS.find((f) => f.key === 'roundId')!.label[lang];
const ETAG_KEY = 'ilmastoyhteistyo.etag';

/** What the pane does; each command turns every failure into a notice with the next step. */
export function usePaneCommands(host: HostActions, api: ApiClient, lang: Lang, storage: Storage | undefined) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>(
    !host.supported ? { intent: 'error', key: 'tooOldExcel' } : host.dataValidationSupported ? undefined : { intent: 'warning', key: 'oldExcel' },
  );
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [topApproach, setTopApproach] = useState<string | undefined>();
  const [submitted, setSubmitted] = useState<{ version: number; time: string } | undefined>();
  const [token, setTokenState] = useState<string>(() => storage?.getItem(TOKEN_KEY) ?? '');
  const [roundView, setRoundView] = useState<RoundView | undefined>();
  /** The last submit was refused for errors (listed under step 2): said again under the submit button. */
  const [submitRefused, setSubmitRefused] = useState(false);

  const setToken = useCallback((value: string) => {
    setTokenState(value);
    if (value) storage?.setItem(TOKEN_KEY, value);
    else storage?.removeItem(TOKEN_KEY);
  }, [storage]);

  const fail = useCallback((err: unknown) => {
    if (err instanceof SheetsMissingError) return setNotice({ intent: 'error', key: 'sheetsMissing' });
    if ((err as { code?: string }).code === 'InvalidOperationInCellEditMode') return setNotice({ intent: 'warning', key: 'editMode' });
    if (err instanceof ApiError) {
      if (err.kind === 'offline' || err.kind === 'unavailable') return setNotice({ intent: 'error', key: 'offline' });
      if (err.kind === 'incompatible') return setNotice({ intent: 'error', key: 'incompatible' });
      if (err.kind === 'unauthorized') return setNotice({ intent: 'error', key: 'unauthorized' });
      if (err.kind === 'stale') return setNotice({ intent: 'warning', key: 'stale' });
      if (err.status === 409) return setNotice({ intent: 'warning', key: 'conflict' });
    }
    return setNotice({ intent: 'error', key: 'unexpected', params: { detail: (err as Error).message } });
  }, []);

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await work();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }, [fail]);

  /**
   * The round the pane is connected to (round code and token given), fetched once and kept; its
   * themes decide the sheets' theme rows and how Check judges them. Undefined outside a round.
   */
  const roundFor = useCallback(async (roundId: string): Promise<RoundView | undefined> => {
    if (!roundId || !token) return undefined;
    if (roundView?.roundId === roundId) return roundView;
    const view = await api.round(roundId, token, lang);
    setRoundView(view);
    return view;
  }, [api, lang, roundView, token]);

  /** Reads the sheets, validates on the server (by the round's themes in a round) and marks the cells; true when there is nothing to fix. */
  const checkOnly = useCallback(async (roundId: string, participantId?: string) => {
    const themeIds = (await roundFor(roundId))?.themes.map((t) => t.id);
    const reading = await host.readSubmission(participantId);
    let issues;
    try {
      issues = await api.validate(reading.input, lang, themeIds);
    } catch (err) {
      if (err instanceof ApiError && err.kind === 'invalid') issues = err.errors;
      else throw err;
    }
    const shown = await show(reading, issues);
    return { reading, ok: shown.length === 0, count: shown.length, themeIds };
  }, [api, host, lang, roundFor]);

  /** Lists field errors and marks their cells, the same way for Check and for Submit. */
  const show = useCallback(async (reading: WorkbookReading, issues: readonly LocalizedFieldIssue[]): Promise<ShownError[]> => {
    // The cell is shown beside each message, so the API's path suffix is left out.
    const shown = issues.map((e) => ({
      message: e.message.replace(` (${formatPath(e.path)})`, ''),
      code: e.code,
      ...(reading.cellFor(e.path) ? { cell: reading.cellFor(e.path)! } : {}),
    }));
    setErrors(shown);
    await host.highlight(shown.flatMap((e) => (e.cell ? [e.cell] : [])));
    return shown;
  }, [host]);

  return {
    busy, notice, errors, topApproach, submitted, token, setToken, roundView, submitRefused,
    dismiss: () => setNotice(undefined),
    /**
     * With a round code and a token the sheets carry exactly the round's themes (the round is fetched
     * unless already shown; 401/404 → the 'unauthorized' notice and no sheets); else the default ones.
     */
    create: (roundId: string) => run(async () => {
      const view = await roundFor(roundId);
      // A participant in a round linked to an earlier one sees its own earlier ratings under each theme.
      const earlier = view && token ? await api.earlierRatings(roundId, token, lang) : null;
      if (earlier) await host.createSheets(lang, view?.themes, earlier.ratings);
      else await host.createSheets(lang, view?.themes);
      setNotice({ intent: 'success', key: 'created' });
    }),
    check: (roundId: string) => run(async () => {
      // A check is not a submit: what it finds is not a refused submit.
      setSubmitRefused(false);
      const { ok, count } = await checkOnly(roundId);
      setNotice(ok ? { intent: 'success', key: 'checkOk' } : { intent: 'warning', key: 'errorsFound', params: { n: count } });
    }),
    recommend: (roundId: string) => run(async () => {
      const { reading, ok, count, themeIds } = await checkOnly(roundId);
      if (!ok) return setNotice({ intent: 'warning', key: 'errorsFound', params: { n: count } });
      const rec = await api.recommend(reading.input, lang, themeIds);
      await host.writeRecommendations(rec, lang);
      setTopApproach(rec.approaches[0]?.approachId);
      setNotice({ intent: 'success', key: 'recommended' });
    }),
    submit: (roundId: string) => run(async () => {
      const participantId = token.split('.')[0];
      setSubmitRefused(false);
      const refused = (n: number) => {
        setSubmitRefused(true);
        setNotice({ intent: 'warning', key: 'errorsFound', params: { n } });
      };
      const { reading, ok, count } = await checkOnly(roundId, participantId);
      if (!ok) return refused(count);
      // One round code: the Profile sheet gets the pane's; a different one there is an error at its cell.
      const inSheet = typeof reading.input.roundId === 'string' ? reading.input.roundId.trim() : '';
      if (inSheet && inSheet !== roundId) {
        const label = roundCodeLabel(lang);
        await show(reading, [{ path: ['roundId'], code: 'invalid_value', message: paneText(lang, 'roundCodeMismatch', { label, sheet: inSheet, pane: roundId }) }]);
        return refused(1);
      }
      if (!inSheet) await host.writeRoundCode(roundId);
      const etagKey = `${ETAG_KEY}.${roundId}.${participantId}`;
      let result;
      try {
        // Notes are private to this workbook: they are never sent.
        result = await api.submit(roundId, token, withoutPrivateNotes({ ...reading.input, roundId }), lang, storage?.getItem(etagKey) ?? undefined);
      } catch (err) {
        // Errors found only on submit (e.g. the round's own themes) are listed and marked like Check's.
        if (err instanceof ApiError && err.status === 422 && err.errors.length > 0) {
          const shown = await show(reading, err.errors);
          return refused(shown.length);
        }
        // A newer version came from elsewhere: say so, and let the next submit add a new version.
        if (err instanceof ApiError && err.kind === 'stale') storage?.removeItem(etagKey);
        throw err;
      }
      storage?.setItem(etagKey, result.etag);
      const time = helsinkiTime(result.submittedAt, lang);
      setSubmitted({ version: result.version, time });
      // "Oma kierros" (fetched by the check above, so shown for this round) is refreshed: its next step
      // then tells the stored version, and the contact person as sent. Stored already: a failed
      // refresh leaves the earlier view rather than an error.
      await api.round(roundId, token, lang).then(setRoundView, () => undefined);
      setNotice({ intent: 'success', key: 'submitted', params: { version: result.version, time } });
    }),
    select: (cell: CellRef) => run(() => host.select(cell)),
    /** "Oma kierros": the round as this participant sees it (401/404 → the 'unauthorized' notice). */
    showRound: (roundId: string) => run(async () => {
      if (!roundId || !token) return setNotice({ intent: 'warning', key: 'needRoundAndToken' });
      setRoundView(undefined);
      setRoundView(await api.round(roundId, token, lang));
    }),
    insertShared: (roundId: string) => run(async () => {
      if (!roundId || !token) return setNotice({ intent: 'warning', key: 'needRoundAndToken' });
      const data = await api.recommendedModels(roundId, token, lang);
      const result = await host.writeReportSheets([sharedModelsSheet(data, roundId, lang)]);
      setNotice({ intent: 'success', key: 'sharedInserted', params: { sheet: result.written[0] ?? '', n: data.participantCount } });
    }),
  };
}
