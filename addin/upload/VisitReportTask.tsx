import { Button, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { helsinkiTime } from '../../shared/i18n/formatTime';
import type { Lang } from '../../shared/i18n/lang';
import type { PlanPlace } from '../../shared/schemas/roundViewSchema';
import { ApiError, type ApiClient } from '../api/apiClient';
import type { VisitFileClient } from '../api/visitFileClient';
import { FilePicker } from './FilePicker';
import { failure, outcomeOf, OutcomeView, saveFile, useUploadStyles, type Outcome } from './uploadShared';
import { uploadText, type UploadStringKey } from './uploadStrings';

type Visits = PlanPlace['visits'] | 'noPlan';
type Note = { intent: 'success' | 'warning' | 'error'; text: string };

/**
 * The interview team's task on the upload page (SYSTEM.md "The peer-learning visit"): find the
 * hosts it visits (the round's plan, by the invite token), download a host's report form, send the
 * filled form back, and see the stored version or the errors by sheet and cell. A stale form (the
 * other member saved meanwhile) is said in words: nothing was stored, download again.
 */
export function VisitReportTask({ api, lang, roundId, token }: { api: ApiClient & VisitFileClient; lang: Lang; roundId: string; token: string }) {
  const styles = useUploadStyles();
  const t = (key: UploadStringKey, params: Record<string, string | number> = {}) => uploadText(lang, key, params);
  const [visits, setVisits] = useState<Visits>();
  const [hostId, setHostId] = useState('');
  const [busy, setBusy] = useState<'find' | 'download' | 'send' | 'release' | null>(null);
  const [note, setNote] = useState<Note>();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>();
  const ready = roundId !== '' && token !== '';
  const ref = { roundId, token, hostId };

  // Other codes, other visits: what was found for the previous ones no longer applies.
  useEffect(() => {
    setVisits(undefined);
    setHostId('');
    setNote(undefined);
  }, [roundId, token]);

  const failed = (err: unknown) => {
    const f = failure(err);
    return t(f.key, { detail: f.detail });
  };

  async function step(kind: NonNullable<typeof busy>, work: () => Promise<void>): Promise<void> {
    setBusy(kind);
    try {
      await work();
    } finally {
      setBusy(null);
    }
  }

  const find = () => step('find', async () => {
    setNote(undefined);
    try {
      const view = await api.round(roundId, token, lang);
      const found = view.plan ? view.plan.visits : 'noPlan';
      setVisits(found);
      setHostId(found !== 'noPlan' && found.length > 0 ? found[0]!.host.id : '');
    } catch (err) {
      setNote({ intent: 'error', text: failed(err) });
    }
  });

  const download = () => step('download', async () => {
    try {
      const name = `${t('formFilePrefix')}-${roundId}-${hostId}-${lang}.xlsx`;
      saveFile(await api.visitReportForm(ref, lang), name);
      setNote({ intent: 'success', text: t('formDownloaded', { file: name }) });
    } catch (err) {
      setNote({ intent: 'error', text: t('downloadFailed', { reason: failed(err) }) });
    }
  });

  const send = () => step('send', async () => {
    if (!file) return;
    setOutcome(undefined);
    // "Downloaded, fill it in and send it below" is done with once the form is sent.
    setNote(undefined);
    try {
      const stored = await api.importVisitReport(ref, file, lang);
      const next = `${t('reportStoredNext')}${stored.questions.changed ? ` ${t('questionsStored')}` : ''}`;
      setOutcome({ kind: 'stored', title: t('reportStored', { version: stored.version, time: helsinkiTime(stored.savedAt, lang) }), next });
    } catch (err) {
      setOutcome(err instanceof ApiError && err.status === 412 ? { kind: 'failed', key: 'reportStale', detail: '' } : outcomeOf(err));
    }
  });

  const hosts = visits !== undefined && visits !== 'noPlan' ? visits : [];

  /** The latest stored version becomes the one the host sees; with nothing stored yet, the page says to send the form first. */
  const release = () => step('release', async () => {
    try {
      const released = await api.releaseVisitReport(ref, lang);
      const host = hosts.find((v) => v.host.id === hostId)?.host.name ?? '';
      // What a failed send listed is done with once a stored version is released.
      if (outcome?.kind !== 'stored') setOutcome(undefined);
      setNote({ intent: 'success', text: t('reportReleased', { host, version: released.version, time: helsinkiTime(released.releasedAt, lang) }) });
    } catch (err) {
      // 404 here: the round and the visit are there (they were found), only no version is stored yet.
      const nothingStored = err instanceof ApiError && err.status === 404;
      setNote({ intent: nothingStored ? 'warning' : 'error', text: t('releaseFailed', { reason: nothingStored ? t('nothingToRelease') : failed(err) }) });
    }
  });
  return (
    <section className={styles.section} aria-labelledby="visit-step">
      <Subtitle2 as="h2" id="visit-step">{t('visitStep')}</Subtitle2>
      <Text className={styles.help}>{t('visitHelp')}</Text>
      <div className={styles.row}>
        <Button disabled={!ready || busy !== null} onClick={() => void find()}>{t('findVisits')}</Button>
        {busy === 'find' && <Spinner size="tiny" />}
      </div>
      {visits === 'noPlan' && <Text>{t('noPlan')}</Text>}
      {visits !== undefined && visits !== 'noPlan' && hosts.length === 0 && <Text>{t('noVisits')}</Text>}
      {hosts.length > 0 && (
        <>
          <RadioGroup aria-label={t('host')} value={hostId} onChange={(_, d) => { setHostId(d.value); setOutcome(undefined); setNote(undefined); }}>
            {hosts.map((v) => <Radio key={v.host.id} value={v.host.id} label={t('hostWith', { host: v.host.name, with: v.with.name })} />)}
          </RadioGroup>
          <div className={styles.row}>
            <Button appearance="primary" disabled={!hostId || busy !== null} onClick={() => void download()}>{t('downloadForm')}</Button>
            {busy === 'download' && <Spinner size="tiny" />}
          </div>
          <FilePicker label={t('formFile')} choose={t('chooseFile')} none={t('noFile')} file={file} onChange={(f) => { setFile(f); setOutcome(undefined); }} />
          <div className={styles.row}>
            <Button appearance="primary" disabled={!hostId || !file || busy !== null} onClick={() => void send()}>{t('sendForm')}</Button>
            {busy === 'send' && <Spinner size="tiny" label={t('sending')} />}
          </div>
          <div className={styles.row}>
            <Button disabled={!hostId || busy !== null} onClick={() => void release()}>{t('releaseReport')}</Button>
            {busy === 'release' && <Spinner size="tiny" />}
          </div>
        </>
      )}
      {note && (
        <MessageBar intent={note.intent} role={note.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
      <OutcomeView outcome={outcome} lang={lang} />
    </section>
  );
}
