import { Body1Strong, Button, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../shared/i18n/lang';
import type { RoundView } from '../../shared/schemas/roundViewSchema';
import type { ApiClient } from '../api/apiClient';
import type { HostActions } from '../excel/officeHost';
import { useHostVisitCommands } from '../hooks/useHostVisitCommands';
import { useStrings } from '../hooks/useStrings';
import { memberNameIn, useVisitCommands } from '../hooks/useVisitCommands';
import { useVisitRunner } from '../hooks/useVisitRunner';
import { useVisitStatus } from '../hooks/useVisitStatus';
import { HostVisit } from './HostVisit';
import { RunnerFeedback } from './RunnerFeedback';
import { teamVisitStatus, type TeamVisitState } from './teamVisitStatus';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  visit: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  help: { color: tokens.colorNeutralForeground3 },
  status: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface VisitsProps {
  host: HostActions;
  api: ApiClient;
  lang: Lang;
  /** The round as this participant sees it (GET /api/rounds/{roundId}): its place in the stored plan. */
  view: RoundView;
  token: string;
  storage?: Storage;
}

/** A team visit's status: the questions and the report, as the server has them (nothing while unknown). */
function StatusLines({ state, lang, view }: { state: TeamVisitState | undefined; lang: Lang; view: RoundView }) {
  const styles = useStyles();
  if (!state) return null;
  const [questions, report] = teamVisitStatus(state, lang, (id) => memberNameIn(view, id));
  return (
    <Text as="p" className={styles.status}>
      {questions}
      <br />
      {report}
    </Text>
  );
}

/** "Vierailut": the visit to this participant (as host) and the visits it makes (as a team member). */
export function Visits({ host, api, lang, view, token, storage }: VisitsProps) {
  const t = useStrings(lang);
  const styles = useStyles();
  const r = useVisitRunner(host);
  const status = useVisitStatus(api, lang, view, token);
  const team = useVisitCommands(host, api, lang, storage, view, token, r, status.put);
  const hosting = useHostVisitCommands(host, api, lang, view, token, r);
  // After a command the visit's status is read again, unless the command read it itself (run never
  // throws: its failures are notices).
  const after = (hostId: string, command: (hostId: string) => Promise<void>) => {
    const seen = status.version(hostId);
    void command(hostId).then(() => (status.version(hostId) === seen ? status.refresh(hostId) : undefined));
  };
  const plan = view.plan;
  const visits = [...(plan?.visits ?? [])].sort((a, b) => a.order - b.order);
  const busy = r.busy || !host.supported;
  return (
    <section className={styles.section} aria-labelledby="visits">
      <Subtitle2 as="h2" id="visits">{t('visits')}</Subtitle2>
      <Text className={styles.help}>{t('visitsHelp')}</Text>
      <RunnerFeedback r={r} lang={lang} />
      {!plan && <Text>{t('visitsNoPlan')}</Text>}
      {plan?.visitedBy && <HostVisit c={hosting} view={view} lang={lang} busy={busy} />}
      {visits.map((v) => (
        <div key={v.host.id} className={styles.visit} role="group" aria-labelledby={`visit-${v.host.id}`}>
          <Body1Strong as="h3" id={`visit-${v.host.id}`}>{t('asTeam', { host: v.host.name, with: v.with.name })}</Body1Strong>
          <StatusLines state={status.stateOf(v.host.id)} lang={lang} view={view} />
          <div className={styles.row}>
            <Button disabled={busy} onClick={() => after(v.host.id, team.insertVisit)}>{t('insertVisit')}</Button>
            <Button disabled={busy} onClick={() => after(v.host.id, team.sendQuestions)}>{t('sendQuestions')}</Button>
            <Button disabled={busy} onClick={() => after(v.host.id, team.saveReport)}>{t('saveReport')}</Button>
            <Button appearance="primary" disabled={busy} onClick={() => after(v.host.id, team.release)}>{t('releaseReport')}</Button>
          </div>
        </div>
      ))}
    </section>
  );
}
