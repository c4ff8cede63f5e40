import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../shared/i18n/lang';
import { ApiError } from '../api/apiClient';
import { uploadText, type UploadStringKey } from './uploadStrings';

export const useUploadStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalXL, maxWidth: '720px', margin: '0 auto', boxSizing: 'border-box' },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  langs: { display: 'flex', gap: tokens.spacingHorizontalXS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalM, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  help: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  // Visually hidden, still labelled (and reachable for scripts and assistive technology).
  file: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', opacity: 0, clipPath: 'inset(50%)' },
  fileLabel: { fontWeight: tokens.fontWeightSemibold },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  at: { fontWeight: tokens.fontWeightSemibold, display: 'block' },
});

/** One error of a 422 as the page shows it: where (sheet and cell, when known) and what. */
export interface ShownError { sheet?: string; cell?: string; message: string }

/** What a send came to: stored (a title and what next), errors to fix, or a failure said in words. */
export type Outcome =
  | { kind: 'stored'; title: string; next: string }
  | { kind: 'invalid'; errors: ShownError[] }
  | { kind: 'failed'; key: UploadStringKey; detail: string };

/** The server's message starts "Sheet!Cell: "; the page names the sheet and cell on a line of their own. */
export function shownError(e: { sheet?: string; cell?: string; message: string }): ShownError {
  const prefix = e.sheet && e.cell ? `${e.sheet}!${e.cell}: ` : '';
  return { ...(e.sheet ? { sheet: e.sheet } : {}), ...(e.cell ? { cell: e.cell } : {}), message: prefix && e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message };
}

/** What a failed call means for the user, by HTTP status. */
export function failure(err: unknown): { key: UploadStringKey; detail: string } {
  if (!(err instanceof ApiError)) return { key: 'unexpected', detail: String(err) };
  if (err.kind === 'incompatible') return { key: 'incompatible', detail: '' };
  const byStatus: Record<number, UploadStringKey> = { 0: 'offline', 401: 'status401', 403: 'status401', 404: 'status404', 409: 'status409', 412: 'status412', 413: 'status413', 415: 'status415', 503: 'status503' };
  return { key: byStatus[err.status] ?? 'unexpected', detail: err.status === 413 ? err.message : `${err.status}: ${err.message}` };
}

/** A send's outcome from its error: the 422's errors by sheet and cell, or the failure in words. */
export const outcomeOf = (err: unknown): Outcome =>
  err instanceof ApiError && err.status === 422 && err.errors.length > 0 ? { kind: 'invalid', errors: err.errors.map(shownError) } : { kind: 'failed', ...failure(err) };

export function saveFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function OutcomeView({ outcome, lang }: { outcome: Outcome | undefined; lang: Lang }) {
  const styles = useUploadStyles();
  const t = (key: UploadStringKey, params: Record<string, string | number> = {}) => uploadText(lang, key, params);
  if (!outcome) return null;
  if (outcome.kind === 'stored') {
    return (
      <MessageBar intent="success" role="status" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{outcome.title}</MessageBarTitle>
          <div>{outcome.next}</div>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome.kind === 'failed') {
    return (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>{t(outcome.key, { detail: outcome.detail })}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('errorsFound', { n: outcome.errors.length })}</MessageBarTitle>
        <ul className={styles.errors}>
          {outcome.errors.map((e, i) => (
            <li key={i}>
              {e.sheet && e.cell && <span className={styles.at}>{t('errorAt', { sheet: e.sheet, cell: e.cell })}</span>}
              {e.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
