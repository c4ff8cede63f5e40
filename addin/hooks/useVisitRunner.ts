import { useCallback, useState } from 'react';
import type { PaneStringKey } from '../../shared/i18n/paneStrings';
import type { FormCellRef } from '../../shared/layouts/readVisitSheet';
import type { IssuePath, LocalizedFieldIssue } from '../../shared/schemas/fieldIssue';
import { formatPath } from '../../shared/schemas/fieldLabels';
import { ApiError } from '../api/apiClient';
import type { HostActions } from '../excel/officeHost';
import { FormSheetMissingError } from '../excel/readFormTables';
import type { Notice } from './usePaneCommands';

/** An error listed in the Vierailut section, at its cell when it has one. */
export interface FormError {
  message: string;
  code: string;
  cell?: FormCellRef;
}

/** The 422 of a request, or undefined: its field errors are listed (and marked) rather than noticed. */
export const fieldErrorsOf = (err: unknown): LocalizedFieldIssue[] | undefined =>
  err instanceof ApiError && err.status === 422 && err.errors.length > 0 ? err.errors : undefined;

/**
 * The Vierailut section's busy flag, notice and error list: every command runs through `run`, which
 * turns each failure into a notice with the next step; `show` lists errors and marks their cells.
 */
export function useVisitRunner(host: HostActions) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [errors, setErrors] = useState<FormError[]>([]);

  const fail = useCallback((err: unknown, missing: PaneStringKey) => {
    if (err instanceof FormSheetMissingError) return setNotice({ intent: 'warning', key: missing });
    if ((err as { code?: string }).code === 'InvalidOperationInCellEditMode') return setNotice({ intent: 'warning', key: 'editMode' });
    if (err instanceof ApiError) {
      if (err.kind === 'offline' || err.kind === 'unavailable') return setNotice({ intent: 'error', key: 'offline' });
      if (err.kind === 'incompatible') return setNotice({ intent: 'error', key: 'incompatible' });
      if (err.status === 403) return setNotice({ intent: 'error', key: 'visitForbidden' });
      if (err.kind === 'unauthorized') return setNotice({ intent: 'error', key: 'unauthorized' });
      if (err.kind === 'stale') return setNotice({ intent: 'warning', key: 'stale' });
    }
    return setNotice({ intent: 'error', key: 'unexpected', params: { detail: (err as Error).message } });
  }, []);

  const run = useCallback(async (work: () => Promise<void>, missing: PaneStringKey = 'visitSheetMissing') => {
    setBusy(true);
    setNotice(undefined);
    try {
      await work();
    } catch (err) {
      fail(err, missing);
    } finally {
      setBusy(false);
    }
  }, [fail]);

  /** Lists the errors (local ones first) and marks their cells; the count shown. */
  const show = useCallback(async (cellFor: (path: IssuePath) => FormCellRef | undefined, issues: readonly LocalizedFieldIssue[], local: readonly FormError[] = []): Promise<number> => {
    // The cell is shown beside each message, so the API's path suffix is left out.
    const shown: FormError[] = [...local, ...issues.map((e) => {
      const cell = cellFor(e.path);
      return { message: e.message.replace(` (${formatPath(e.path)})`, ''), code: e.code, ...(cell ? { cell } : {}) };
    })];
    setErrors(shown);
    await host.highlightForm(shown.flatMap((e) => (e.cell ? [e.cell] : [])));
    return shown.length;
  }, [host]);

  return {
    busy, notice, setNotice, errors, setErrors, run, show,
    dismiss: () => setNotice(undefined),
    select: (cell: FormCellRef) => run(() => host.selectForm(cell)),
  };
}

export type VisitRunner = ReturnType<typeof useVisitRunner>;
