import { Button, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { helsinkiTime } from '../../shared/i18n/formatTime';
import type { Lang } from '../../shared/i18n/lang';
import { sheetDate } from '../../shared/layouts/visitSheet';
import type { RoundView } from '../../shared/schemas/roundViewSchema';
import type { ApiClient } from '../api/apiClient';
import type { HostActions } from '../excel/officeHost';
import { useResultsCommands } from '../hooks/useResultsCommands';
import { useStrings } from '../hooks/useStrings';
import { useVisitRunner } from '../hooks/useVisitRunner';
import { RunnerFeedback } from './RunnerFeedback';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  help: { color: tokens.colorNeutralForeground3 },
});

export interface ResultsProps {
  host: HostActions;
  api: ApiClient;
  lang: Lang;
  /** The round as this participant sees it (GET /api/rounds/{roundId}). */
  view: RoundView;
  token: string;
}

/**
 * "Tulokset": during the review, the preview of the participant's own part as a sheet and its
 * response read back from it; once finalised, the final summary as read-only sheets.
 */
export function Results({ host, api, lang, view, token }: ResultsProps) {
  const t = useStrings(lang);
  const styles = useStyles();
  const r = useVisitRunner(host);
  const c = useResultsCommands(host, api, lang, view, token, r);
  const busy = r.busy || !host.supported;
  const s = c.status;
  const reviewing = s?.review && !s.final;
  return (
    <section className={styles.section} aria-labelledby="results">
      <Subtitle2 as="h2" id="results">{t('results')}</Subtitle2>
      <Text className={styles.help}>{t('resultsHelp')}</Text>
      <RunnerFeedback r={r} lang={lang} />
      {s && !s.review && !s.final && <Text>{t('resultsNothingYet')}</Text>}
      {reviewing && (
        <>
          <Text>{t('resultsReviewOpen', { deadline: sheetDate(s.review!.deadline, lang) })}</Text>
          {s.response?.respondedAt && <Text>{t('resultsResponded', { time: helsinkiTime(s.response.respondedAt, lang) })}</Text>}
          <div className={styles.row}>
            <Button disabled={busy} onClick={() => void c.insertPreview()}>{t('insertPreview')}</Button>
            <Button appearance="primary" disabled={busy} onClick={() => void c.sendResponse()}>{t('sendResponse')}</Button>
          </div>
        </>
      )}
      {s?.final && (
        <>
          <Text>{t('resultsFinal', { time: helsinkiTime(s.final.finalisedAt, lang), version: s.final.version })}</Text>
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy} onClick={() => void c.insertFinal()}>{t('insertFinal')}</Button>
          </div>
        </>
      )}
      <div className={styles.row}>
        <Button size="small" disabled={r.busy} onClick={() => void c.refresh()}>{t('resultsRefresh')}</Button>
      </div>
    </section>
  );
}
