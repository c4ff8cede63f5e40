import {
  Button, Field, FluentProvider, Input, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Text, Title3, ToggleButton,
  makeStyles, tokens, webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import { helsinkiTime } from '../../shared/i18n/formatTime';
import { LANGS, type Lang } from '../../shared/i18n/lang';
import { ApiError, type ApiClient } from '../api/apiClient';
import { uploadText, type UploadStringKey } from './uploadStrings';

const useStyles = makeStyles({
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

const LANG_NAMES: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

/** One error of a 422 as the page shows it: where (sheet and cell, when known) and what. */
interface ShownError { sheet?: string; cell?: string; message: string }

type Outcome =
  | { kind: 'stored'; version: number; submittedAt: string }
  | { kind: 'invalid'; errors: ShownError[] }
  | { kind: 'failed'; key: UploadStringKey; detail: string };

type TemplateNote = { intent: 'success' | 'warning' | 'error'; key: UploadStringKey; params: Record<string, string> };

/** The server's message starts "Sheet!Cell: "; the page names the sheet and cell on a line of their own. */
function shownError(e: { sheet?: string; cell?: string; message: string }): ShownError {
  const prefix = e.sheet && e.cell ? `${e.sheet}!${e.cell}: ` : '';
  return { ...(e.sheet ? { sheet: e.sheet } : {}), ...(e.cell ? { cell: e.cell } : {}), message: prefix && e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message };
}

/** What a failed call means for the user, by HTTP status. */
function failure(err: unknown): { key: UploadStringKey; detail: string } {
  if (!(err instanceof ApiError)) return { key: 'unexpected', detail: String(err) };
  const byStatus: Record<number, UploadStringKey> = { 0: 'offline', 401: 'status401', 403: 'status401', 404: 'status404', 409: 'status409', 412: 'status412', 413: 'status413', 415: 'status415', 503: 'status503' };
  return { key: byStatus[err.status] ?? 'unexpected', detail: err.status === 413 ? err.message : `${err.status}: ${err.message}` };
}

function saveFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The upload page for participants without the add-in: paste the invite token, download the own
 * template, send the filled file back, and see either the errors by sheet and cell or the stored version.
 * The token stays in this page's memory only.
 */
export function UploadPage({ api, initialLang, initialRoundId }: { api: ApiClient; initialLang: Lang; initialRoundId: string }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = (key: UploadStringKey, params: Record<string, string | number> = {}) => uploadText(lang, key, params);
  const [roundId, setRoundId] = useState(initialRoundId);
  const [token, setToken] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'download' | 'send' | null>(null);
  const [templateNote, setTemplateNote] = useState<TemplateNote>();
  const [outcome, setOutcome] = useState<Outcome>();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const round = roundId.trim();
  const tok = token.trim();
  const ready = round !== '' && tok !== '';

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = uploadText(lang, 'title');
  }, [lang]);

  async function download(): Promise<void> {
    setBusy('download');
    setTemplateNote(undefined);
    try {
      const blob = await api.roundTemplate(round, tok, lang);
      const name = `ilmastoyhteistyo-${round}-${lang}.xlsx`;
      saveFile(blob, name);
      setTemplateNote({ intent: 'success', key: 'downloaded', params: { file: name } });
    } catch (err) {
      const f = failure(err);
      setTemplateNote({ intent: 'error', key: 'downloadFailed', params: { reason: uploadText(lang, f.key, { detail: f.detail }) } });
    } finally {
      setBusy(null);
    }
  }

  async function send(): Promise<void> {
    if (!file) return;
    setBusy('send');
    setOutcome(undefined);
    try {
      const stored = await api.importXlsx(round, tok, file, lang);
      setOutcome({ kind: 'stored', ...stored });
    } catch (err) {
      if (err instanceof ApiError && err.status === 422 && err.errors.length > 0) setOutcome({ kind: 'invalid', errors: err.errors.map(shownError) });
      else setOutcome({ kind: 'failed', ...failure(err) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{t('title')}</Title3>
          <Text>{t('intro')}</Text>
          <div className={styles.langs} role="group" aria-label={t('language')}>
            {LANGS.map((l) => (
              <ToggleButton key={l} size="small" checked={l === lang} aria-pressed={l === lang} onClick={() => setLang(l)} lang={l}>{LANG_NAMES[l]}</ToggleButton>
            ))}
          </div>
        </header>

        <section className={styles.section} aria-labelledby="step1">
          <Subtitle2 as="h2" id="step1">{t('step1')}</Subtitle2>
          <Field label={t('roundCode')} required>
            <Input value={roundId} onChange={(_, d) => setRoundId(d.value)} autoComplete="off" spellCheck={false} />
          </Field>
          <Field label={t('inviteToken')} hint={t('tokenHelp')} required>
            <Input type="password" value={token} onChange={(_, d) => setToken(d.value)} autoComplete="off" spellCheck={false} />
          </Field>
        </section>

        <section className={styles.section} aria-labelledby="step2">
          <Subtitle2 as="h2" id="step2">{t('step2')}</Subtitle2>
          <Text className={styles.help}>{t('step2Help')}</Text>
          <div className={styles.row}>
            <Button appearance="primary" disabled={!ready || busy !== null} onClick={() => void download()}>{t('download')}</Button>
            {busy === 'download' && <Spinner size="tiny" />}
          </div>
          {!ready && <Text className={styles.help}>{t('needCodes')}</Text>}
          {templateNote && (
            <MessageBar intent={templateNote.intent} role={templateNote.intent === 'error' ? 'alert' : 'status'}>
              <MessageBarBody>{t(templateNote.key, templateNote.params)}</MessageBarBody>
            </MessageBar>
          )}
        </section>

        <section className={styles.section} aria-labelledby="step3">
          <Subtitle2 as="h2" id="step3">{t('step3')}</Subtitle2>
          {/* The browser's own file button speaks the browser's language; a Fluent button in the page's opens the same input. */}
          <label htmlFor={fileId} className={styles.fileLabel}>{t('file')}</label>
          <input
            id={fileId}
            ref={fileInput}
            className={styles.file}
            type="file"
            tabIndex={-1}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => { setFile(e.target.files?.[0] ?? null); setOutcome(undefined); }}
          />
          <div className={styles.row}>
            <Button onClick={() => fileInput.current?.click()} aria-describedby={`${fileId}-name`}>{t('chooseFile')}</Button>
            <Text id={`${fileId}-name`}>{file ? file.name : t('noFile')}</Text>
          </div>
          <div className={styles.row}>
            <Button appearance="primary" disabled={!ready || !file || busy !== null} onClick={() => void send()}>{t('send')}</Button>
            {busy === 'send' && <Spinner size="tiny" label={t('sending')} />}
          </div>
          <OutcomeView outcome={outcome} lang={lang} />
        </section>
      </main>
    </FluentProvider>
  );
}

function OutcomeView({ outcome, lang }: { outcome: Outcome | undefined; lang: Lang }) {
  const styles = useStyles();
  const t = (key: UploadStringKey, params: Record<string, string | number> = {}) => uploadText(lang, key, params);
  if (!outcome) return null;
  if (outcome.kind === 'stored') {
    return (
      <MessageBar intent="success" role="status" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('stored', { version: outcome.version, time: helsinkiTime(outcome.submittedAt, lang) })}</MessageBarTitle>
          <div>{t('storedNext')}</div>
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
