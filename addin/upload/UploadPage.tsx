import { Button, Field, FluentProvider, Input, MessageBar, MessageBarBody, Spinner, Subtitle2, Text, Title3, ToggleButton, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { helsinkiTime } from '../../shared/i18n/formatTime';
import { LANGS, type Lang } from '../../shared/i18n/lang';
import type { ApiClient } from '../api/apiClient';
import type { VisitFileClient } from '../api/visitFileClient';
import { FilePicker } from './FilePicker';
import { failure, outcomeOf, OutcomeView, saveFile, useUploadStyles, type Outcome } from './uploadShared';
import { uploadText, type UploadStringKey } from './uploadStrings';
import { VisitReportTask } from './VisitReportTask';

const LANG_NAMES: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

type TemplateNote = { intent: 'success' | 'warning' | 'error'; key: UploadStringKey; params: Record<string, string> };

/**
 * The upload page for participants without the add-in: paste the invite token, download the own
 * template, send the filled file back, and see either the errors by sheet and cell or the stored version.
 * The token stays in this page's memory only.
 */
export function UploadPage({ api, initialLang, initialRoundId }: { api: ApiClient & VisitFileClient; initialLang: Lang; initialRoundId: string }) {
  const styles = useUploadStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = (key: UploadStringKey, params: Record<string, string | number> = {}) => uploadText(lang, key, params);
  const [roundId, setRoundId] = useState(initialRoundId);
  const [token, setToken] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'download' | 'send' | null>(null);
  const [templateNote, setTemplateNote] = useState<TemplateNote>();
  const [outcome, setOutcome] = useState<Outcome>();
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
      setOutcome({ kind: 'stored', title: t('stored', { version: stored.version, time: helsinkiTime(stored.submittedAt, lang) }), next: t('storedNext') });
    } catch (err) {
      setOutcome(outcomeOf(err));
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
          <FilePicker label={t('file')} choose={t('chooseFile')} none={t('noFile')} file={file} onChange={(f) => { setFile(f); setOutcome(undefined); }} />
          <div className={styles.row}>
            <Button appearance="primary" disabled={!ready || !file || busy !== null} onClick={() => void send()}>{t('send')}</Button>
            {busy === 'send' && <Spinner size="tiny" label={t('sending')} />}
          </div>
          <OutcomeView outcome={outcome} lang={lang} />
        </section>

        <VisitReportTask api={api} lang={lang} roundId={round} token={tok} />
      </main>
    </FluentProvider>
  );
}
