import {
  Button, Field, FluentProvider, Input, Link, MessageBar, MessageBarBody, Spinner, Subtitle2, Tab, TabList, Text, Title3,
  makeStyles, tokens, webDarkTheme, webLightTheme, ToggleButton,
} from '@fluentui/react-components';
import { useState } from 'react';
import { CATALOG_DATA as CATALOG } from '../../shared/catalog/catalogData';
import { LANGS, type Lang } from '../../shared/i18n/lang';
import { MODELS_SHEET } from '../../shared/layouts/modelsLayout';
import { PROFILE_SHEET } from '../../shared/layouts/profileLayout';
import { SELF_ASSESSMENT_SHEET } from '../../shared/layouts/selfAssessmentLayout';
import type { ApiClient } from '../api/apiClient';
import type { HostActions } from '../excel/officeHost';
import { usePaneCommands } from '../hooks/usePaneCommands';
import { useStrings } from '../hooks/useStrings';
import { CoordinatorPane } from './CoordinatorPane';
import { MyRound, helsinkiToday } from './MyRound';
import { NoticeBar } from './NoticeBar';
import { Results } from './Results';
import { Visits } from './Visits';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL, minHeight: '100vh', boxSizing: 'border-box' },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  langs: { display: 'flex', gap: tokens.spacingHorizontalXS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  refused: { color: tokens.colorPaletteRedForeground1 },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  help: { color: tokens.colorNeutralForeground3 },
  mode: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, '&[hidden]': { display: 'none' } },
});

export interface AppProps {
  /** Null outside Excel: the pane then says how to start. */
  host: HostActions | null;
  api: ApiClient;
  initialLang: Lang;
  dark: boolean;
  storage?: Storage;
  /** Where those without the add-in download the participant template (in invitations). */
  templateUrl?: string;
  /** The upload page for those without the add-in (upload.html next to the pane), named in invitations. */
  uploadUrl?: string;
}

type Mode = 'participant' | 'coordinator';
const MODE_KEY = 'ilmastoyhteistyo.mode';

const LANG_NAMES: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };
const SHEET_TITLES = { profile: PROFILE_SHEET.title, models: MODELS_SHEET.title, selfAssessment: SELF_ASSESSMENT_SHEET.title };

/** The task pane: three steps, one notice area, errors that lead to their cells. */
export function App({ host, api, initialLang, dark, storage, templateUrl, uploadUrl }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [mode, setModeState] = useState<Mode>(() => (storage?.getItem(MODE_KEY) === 'coordinator' ? 'coordinator' : 'participant'));
  const setMode = (m: Mode) => {
    setModeState(m);
    storage?.setItem(MODE_KEY, m);
  };
  const t = useStrings(lang);
  const styles = useStyles();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{t('appTitle')}</Title3>
          <Text className={styles.help}>{t('tagline')}</Text>
          <div className={styles.langs} role="group" aria-label={t('language')}>
            {LANGS.map((l) => (
              <ToggleButton key={l} size="small" checked={l === lang} aria-pressed={l === lang} onClick={() => setLang(l)} lang={l}>
                {LANG_NAMES[l]}
              </ToggleButton>
            ))}
          </div>
        </header>
        {host && (
          <TabList selectedValue={mode} onTabSelect={(_, d) => setMode(d.value as Mode)} aria-label={t('modes')} size="small">
            <Tab value="participant">{t('modeParticipant')}</Tab>
            <Tab value="coordinator">{t('modeCoordinator')}</Tab>
          </TabList>
        )}
        {/* Both modes stay mounted (hidden when not chosen): invitations shown once survive a look at the other tab. */}
        {host && (
          <div hidden={mode !== 'coordinator'} className={styles.mode}>
            <CoordinatorPane host={host} api={api} lang={lang} {...(storage ? { storage } : {})} {...(templateUrl ? { templateUrl } : {})} {...(uploadUrl ? { uploadUrl } : {})} />
          </div>
        )}
        {host && (
          <div hidden={mode !== 'participant'} className={styles.mode}>
            <Steps host={host} api={api} lang={lang} {...(storage ? { storage } : {})} />
          </div>
        )}
        {!host && (
          <MessageBar intent="info">
            {/* The upload page is served beside the pane; the same query (language, API in development) carries over. */}
            <MessageBarBody>{t('notInOffice')} <Link href={`upload.html${window.location.search}`}>{t('openUploadPage')}</Link></MessageBarBody>
          </MessageBar>
        )}
      </main>
    </FluentProvider>
  );
}

function Steps({ host, api, lang, storage }: { host: HostActions; api: ApiClient; lang: Lang; storage?: Storage }) {
  const t = useStrings(lang);
  const styles = useStyles();
  const c = usePaneCommands(host, api, lang, storage);
  const [roundId, setRoundId] = useState('');
  const approach = c.topApproach ? CATALOG.approaches.find((a) => a.id === c.topApproach)?.name[lang] : undefined;
  return (
    <>
      <NoticeBar notice={c.notice} lang={lang} onDismiss={c.dismiss} />
      {c.busy && <Spinner size="tiny" label={t('busy')} />}
      <section className={styles.section} aria-labelledby="step1">
        <Subtitle2 as="h2" id="step1">{t('step1')}</Subtitle2>
        <Text className={styles.help}>{t('step1Help')}</Text>
        <div className={styles.row}>
          <Button appearance="primary" disabled={c.busy || !host.supported} onClick={() => void c.create(roundId)}>{t('create')}</Button>
        </div>
      </section>
      <section className={styles.section} aria-labelledby="step2">
        <Subtitle2 as="h2" id="step2">{t('step2')}</Subtitle2>
        <div className={styles.row}>
          <Button disabled={c.busy || !host.supported} onClick={() => void c.check(roundId)}>{t('check')}</Button>
          <Button appearance="primary" disabled={c.busy || !host.supported} onClick={() => void c.recommend(roundId)}>{t('recommend')}</Button>
        </div>
        {c.errors.length > 0 && (
          <ul className={styles.errors} aria-label={t('errorsFound', { n: c.errors.length })}>
            {c.errors.map((e, i) => (
              <li key={i}>
                {e.cell ? <Link as="button" onClick={() => void c.select(e.cell!)}>{`${SHEET_TITLES[e.cell.sheet][lang]}!${e.cell.address}`}</Link> : null} {e.message}
              </li>
            ))}
          </ul>
        )}
        {approach && <Text><strong>{t('topApproach')}:</strong> {approach}</Text>}
      </section>
      <section className={styles.section} aria-labelledby="step3">
        <Subtitle2 as="h2" id="step3">{t('step3')}</Subtitle2>
        <Field label={t('roundCode')}>
          <Input value={roundId} onChange={(_, d) => setRoundId(d.value.trim())} />
        </Field>
        <Field label={t('inviteToken')} hint={t('tokenHelp')}>
          <Input type="password" value={c.token} onChange={(_, d) => c.setToken(d.value.trim())} />
        </Field>
        <div className={styles.row}>
          <Button appearance="primary" disabled={c.busy || !host.supported || !roundId || !c.token} onClick={() => void c.submit(roundId)}>{t('submit')}</Button>
        </div>
        {c.submitRefused && c.errors.length > 0 && <Text role="status" className={styles.refused}>{t('submitRefused', { n: c.errors.length })}</Text>}
        {c.submitted && <Text>{t('submitted', c.submitted)}</Text>}
      </section>
      <section className={styles.section} aria-labelledby="step4">
        <Subtitle2 as="h2" id="step4">{t('step4')}</Subtitle2>
        <Text className={styles.help}>{t('sharedHelp')}</Text>
        <div className={styles.row}>
          <Button disabled={c.busy || !host.supported || !roundId || !c.token} onClick={() => void c.insertShared(roundId)}>{t('insertShared')}</Button>
        </div>
      </section>
      <section className={styles.section} aria-labelledby="myRound">
        <Subtitle2 as="h2" id="myRound">{t('myRound')}</Subtitle2>
        <Text className={styles.help}>{t('myRoundHelp')}</Text>
        <div className={styles.row}>
          <Button disabled={c.busy || !roundId || !c.token} onClick={() => void c.showRound(roundId)}>{t('showMyRound')}</Button>
        </div>
        {c.roundView?.roundId === roundId && <MyRound view={c.roundView} lang={lang} today={helsinkiToday()} />}
      </section>
      {c.roundView?.roundId === roundId && c.roundView.audience === 'participant' && (
        <>
          <Visits host={host} api={api} lang={lang} view={c.roundView} token={c.token} {...(storage ? { storage } : {})} />
          <Results host={host} api={api} lang={lang} view={c.roundView} token={c.token} />
        </>
      )}
    </>
  );
}
