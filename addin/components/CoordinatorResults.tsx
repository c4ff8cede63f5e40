import {
  Button, Field, Input, Spinner, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { helsinkiTime } from '../../shared/i18n/formatTime';
import type { Lang } from '../../shared/i18n/lang';
import type { PaneStringKey } from '../../shared/i18n/paneStrings';
import { sheetThemeName } from '../../shared/layouts/renderWorkbookValues';
import { RESULTS_SHEET_TEXT } from '../../shared/layouts/resultsPreviewSheet';
import { sheetDate } from '../../shared/layouts/visitSheet';
import type { RoundTheme } from '../../shared/schemas/roundSchema';
import type { ResponseStatus, StoredResponse } from '../../shared/schemas/resultsReviewSchema';
import type { ApiClient } from '../api/apiClient';
import { useCoordinatorResults } from '../hooks/useCoordinatorResults';
import { useStrings } from '../hooks/useStrings';
import { helsinkiToday } from './MyRound';
import { NoticeBar } from './NoticeBar';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  help: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  // Two columns, the counts on a second line under the status: four columns do not fit a 320 px pane.
  counts: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const STATUS: Record<ResponseStatus, PaneStringKey> = { 'not-opened': 'statusNotOpened', opened: 'statusOpened', approved: 'statusApproved', commented: 'statusCommented' };

/** Two weeks from a YYYY-MM-DD day: the deadline the form proposes. */
function inTwoWeeks(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 14);
  return d.toISOString().slice(0, 10);
}

export interface CoordinatorResultsProps {
  api: ApiClient;
  lang: Lang;
  round: { roundId: string; key: string; themes: readonly RoundTheme[] };
  disabled?: boolean;
}

type StoredComment = StoredResponse['comments'][number];

/** The coordinator's step E: open the review, follow responses and comments, finalise, publish or withdraw, copy the link. */
export function CoordinatorResults({ api, lang, round, disabled = false }: CoordinatorResultsProps) {
  const t = useStrings(lang);
  const styles = useStyles();
  const today = helsinkiToday();
  const c = useCoordinatorResults(api, lang, round, today);
  const [deadline, setDeadline] = useState(() => inTwoWeeks(today));
  const link = useRef<HTMLInputElement>(null);
  const busy = c.busy || disabled;
  const review = c.list?.review;
  // An open review proposes its own deadline, to be kept or moved; another round starts afresh.
  useEffect(() => {
    setDeadline(review ? review.deadline : inTwoWeeks(today));
  }, [round.roundId, review?.deadline]);
  const themeName = (id: string) => sheetThemeName(round.themes.find((x) => x.id === id) ?? id, lang);
  /** What a comment is about, in words: never the item's id. */
  const about = (c: StoredComment) => {
    const [kind, id = ''] = c.itemRef.split(':');
    if (kind === 'sa') return t('commentOnSelf', { theme: themeName(id) });
    return c.themeId && c.field ? t('commentOnReport', { theme: themeName(c.themeId), field: RESULTS_SHEET_TEXT[c.field][lang] }) : t('commentOnReportItem');
  };
  const copy = async (url: string) => {
    if (!(await c.copyLink(url))) link.current?.select();
  };
  return (
    <section className={styles.section} aria-labelledby="coordResults">
      <Subtitle2 as="h2" id="coordResults">{t('coordResults')}</Subtitle2>
      <Text className={styles.help}>{t('coordResultsHelp')}</Text>
      <NoticeBar notice={c.notice} lang={lang} onDismiss={c.dismiss} />
      {c.busy && <Spinner size="tiny" label={t('busy')} />}
      {c.list && !review && <Text>{t('noReviewYet')}</Text>}
      {review && <Text>{t('reviewIsOpen', { deadline: sheetDate(review.deadline, lang), time: helsinkiTime(review.openedAt, lang) })}</Text>}
      <div className={styles.row}>
        <Field label={t('reviewDeadline')}>
          <Input type="date" min={today} value={deadline} onChange={(_, d) => setDeadline(d.value)} />
        </Field>
        <Button appearance="primary" disabled={busy} onClick={() => void c.openReview(deadline)}>{t(review ? 'changeDeadline' : 'openReview')}</Button>
        <Button disabled={busy} onClick={() => void c.refresh()}>{t('followResponses')}</Button>
      </div>
      {c.list && c.list.responses.length > 0 && (
        <Table size="small" aria-label={t('responsesTable')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('colParticipant')}</TableHeaderCell>
              <TableHeaderCell>{t('colStatus')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {c.list.responses.map((r) => (
              <TableRow key={r.participantId}>
                <TableCell>{r.name}</TableCell>
                <TableCell>
                  {t(STATUS[r.status])}
                  {(r.comments.length > 0 || Object.keys(r.lowered).length > 0) && (
                    <span className={styles.counts}>{t('responseCounts', { comments: r.comments.length, lowered: Object.keys(r.lowered).length })}</span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {c.list?.responses.filter((r) => r.comments.length > 0).map((r) => (
        <details key={r.participantId}>
          <summary>{t('commentsOf', { name: r.name })}</summary>
          <ul className={styles.list}>
            {r.comments.map((x, i) => <li key={i}><Text weight="semibold">{about(x)}:</Text> <Text style={{ whiteSpace: 'pre-wrap' }}>{x.text}</Text></li>)}
          </ul>
        </details>
      ))}
      {c.final && <Text>{t('finalVersion', { version: c.final.version, time: helsinkiTime(c.final.finalisedAt, lang) })}</Text>}
      <div className={styles.row}>
        <Button disabled={busy || !review} onClick={() => void c.finalise()}>{t('finalise')}</Button>
        <Button disabled={busy || !c.final} onClick={() => void c.publish()}>{t('publish')}</Button>
        <Button disabled={busy || !c.publication} onClick={() => void c.withdraw()}>{t('withdraw')}</Button>
      </div>
      {c.publication && (
        <Field label={t('publicLink')} hint={t('publicLinkHint', { xlsx: c.publication.xlsxUrl })}>
          <div className={styles.row}>
            <Input ref={link} readOnly value={c.publication.pageUrl} className={styles.mono} style={{ flexGrow: 1 }} onFocus={(e) => e.target.select()} />
            <Button onClick={() => void copy(c.publication!.pageUrl)}>{t('copyLink')}</Button>
          </div>
        </Field>
      )}
    </section>
  );
}
