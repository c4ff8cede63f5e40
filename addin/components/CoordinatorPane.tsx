import {
  mergeClasses,
  Button, Field, Input, ProgressBar, Radio, RadioGroup, Spinner, Subtitle2, Text, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { CATALOG_DATA as CATALOG } from '../../shared/catalog/catalogData';
import { LANGS, type Lang } from '../../shared/i18n/lang';
import { invitationText } from '../../shared/rounds/invitation';
import { proposePhases } from '../../shared/rounds/proposePhases';
import type { RoundPhase } from '../../shared/schemas/roundSchema';
import type { ApiClient, NewRound } from '../api/apiClient';
import type { HostActions } from '../excel/officeHost';
import { useCoordinatorCommands } from '../hooks/useCoordinatorCommands';
import { useStrings } from '../hooks/useStrings';
import { CoordinatorResults } from './CoordinatorResults';
import { NoticeBar } from './NoticeBar';
import { RoundThemes } from './RoundThemes';
import { ThemesEditor } from './ThemesEditor';
import { freshDraft, themesOf } from './themesDraft';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  dates: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  help: { color: tokens.colorNeutralForeground3 },
  invite: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  phaseName: { gridColumn: '1 / span 2', fontWeight: tokens.fontWeightSemibold },
  plain: { border: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  subhead: { paddingTop: tokens.spacingVerticalM },
});

const LANG_NAMES: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };
const today = () => new Date().toISOString().slice(0, 10);
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** Coordinator mode: create or open a round, invite participants, write the plan, pull everyone in. */
export function CoordinatorPane({ host, api, lang, storage, templateUrl, uploadUrl }: { host: HostActions; api: ApiClient; lang: Lang; storage?: Storage; templateUrl?: string; uploadUrl?: string }) {
  const t = useStrings(lang);
  const styles = useStyles();
  const c = useCoordinatorCommands(host, api, lang, storage);
  const last = useMemo(() => c.remembered(), [c.remembered]);
  const [creationKey, setCreationKey] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<NewRound['participantKind']>('municipalities');
  const [themes, setThemes] = useState(freshDraft);
  const [start, setStart] = useState(today());
  const [phases, setPhases] = useState<RoundPhase[]>(() => proposePhases(today()));
  const [names, setNames] = useState('');
  const [moreNames, setMoreNames] = useState('');
  const [openId, setOpenId] = useState(last.roundId);
  const [openKey, setOpenKey] = useState(last.key);
  const [inviteLang, setInviteLang] = useState<Lang>(lang);
  const phaseName = (id: string) => CATALOG.phases.find((p) => p.id === id)?.name[lang] ?? id;
  const busy = c.busy || !host.supported;

  // Switching round starts the create form afresh (the creation key stays: it is the same for every round).
  const switchRound = () => {
    c.closeRound();
    setName('');
    setKind('municipalities');
    setThemes(freshDraft());
    setStart(today());
    setPhases(proposePhases(today()));
    setNames('');
    setMoreNames('');
  };

  const submitRound = () => {
    void c.createRound(creationKey, { name: name.trim(), participantKind: kind, themes: themesOf(themes, lang), phases, participants: lines(names).map((n) => ({ name: n })) });
  };

  return (
    <>
      <NoticeBar notice={c.notice} lang={lang} onDismiss={c.dismiss} />
      {c.progress && (
        <Field validationState="none" validationMessage={c.progress.total ? t('pullProgress', c.progress) : t('pullFetching')}>
          <ProgressBar value={c.progress.total ? c.progress.done / c.progress.total : undefined} aria-label={t('pull')} />
        </Field>
      )}
      {c.busy && !c.progress && <Spinner size="tiny" label={t('busy')} />}

      <section className={styles.section} aria-labelledby="coord1">
        <Subtitle2 as="h2" id="coord1">{t('coordStep1')}</Subtitle2>
        {c.round ? (
          <>
            <Text weight="semibold">{t('currentRound', { name: c.round.name, roundId: c.round.roundId })}</Text>
            {c.shownKey && (
              <Field label={t('coordinatorKey')} hint={t('coordinatorKeyHelp')}>
                <div className={styles.row}>
                  <Input readOnly value={c.shownKey} className={styles.mono} style={{ flexGrow: 1 }} />
                  <Button onClick={() => void c.copy(c.shownKey!)}>{t('copy')}</Button>
                </div>
              </Field>
            )}
            <div className={styles.row}>
              <Button disabled={c.busy} onClick={switchRound}>{t('switchRound')}</Button>
            </div>
          </>
        ) : (
          <>
            <Text weight="semibold" as="h3">{t('openExisting')}</Text>
            <Field label={t('roundCode')}>
              <Input value={openId} onChange={(_, d) => setOpenId(d.value.trim())} />
            </Field>
            <Field label={t('coordinatorKey')}>
              <Input type="password" value={openKey} onChange={(_, d) => setOpenKey(d.value.trim())} />
            </Field>
            <div className={styles.row}>
              <Button disabled={busy || !openId || !openKey} onClick={() => void c.openRound(openId, openKey)}>{t('openRound')}</Button>
            </div>
            <Text weight="semibold" as="h3" className={styles.subhead}>{t('newRound')}</Text>
            <Text className={styles.help}>{t('coordStep1Help')}</Text>
            <Field label={t('creationKey')} hint={t('creationKeyHelp')}>
              <Input type="password" value={creationKey} onChange={(_, d) => setCreationKey(d.value.trim())} />
            </Field>
            <Field label={t('roundName')} required>
              <Input value={name} onChange={(_, d) => setName(d.value)} />
            </Field>
            <Field label={t('participantKind')}>
              <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as NewRound['participantKind'])}>
                <Radio value="municipalities" label={t('kindMunicipalities')} />
                <Radio value="companies" label={t('kindCompanies')} />
                <Radio value="mixed" label={t('kindMixed')} />
              </RadioGroup>
            </Field>
            <ThemesEditor draft={themes} onChange={setThemes} lang={lang} />
            <Field label={t('roundStart')}>
              <Input type="date" value={start} onChange={(_, d) => { setStart(d.value); const p = proposePhases(d.value); if (p.length) setPhases(p); }} />
            </Field>
            <fieldset className={mergeClasses(styles.plain, styles.dates)}>
              <legend><Text weight="semibold">{t('phases')}</Text></legend>
              {phases.map((p, i) => (
                <div key={p.phaseId} style={{ display: 'contents' }}>
                  <Text className={styles.phaseName}>{phaseName(p.phaseId)}</Text>
                  <Input type="date" aria-label={t('phaseStart', { phase: phaseName(p.phaseId) })} value={p.start} onChange={(_, d) => setPhases(phases.map((q, k) => (k === i ? { ...q, start: d.value } : q)))} />
                  <Input type="date" aria-label={t('phaseEnd', { phase: phaseName(p.phaseId) })} value={p.end} onChange={(_, d) => setPhases(phases.map((q, k) => (k === i ? { ...q, end: d.value } : q)))} />
                </div>
              ))}
            </fieldset>
            <Field label={t('participantNames')}>
              <Textarea value={names} onChange={(_, d) => setNames(d.value)} rows={4} resize="vertical" />
            </Field>
            <div className={styles.row}>
              <Button appearance="primary" disabled={busy || !creationKey || !name.trim()} onClick={submitRound}>{t('createRound')}</Button>
            </div>
          </>
        )}
      </section>

      {c.round && (<>
      <section className={styles.section} aria-labelledby="coord2">
        <Subtitle2 as="h2" id="coord2">{t('coordStep2')}</Subtitle2>
        <Field label={t('participantNames')}>
          <Textarea value={moreNames} onChange={(_, d) => setMoreNames(d.value)} rows={3} resize="vertical" disabled={!c.round} />
        </Field>
        <div className={styles.row}>
          <Button disabled={busy || !c.round || lines(moreNames).length === 0} onClick={() => void c.addParticipants(lines(moreNames)).then((added) => { if (added) setMoreNames(''); })}>{t('addParticipants')}</Button>
          <Button disabled={busy || !c.round} onClick={() => void c.writePlan()}>{t('writePlan')}</Button>
        </div>
        {c.invites.length > 0 && c.round && (
          <>
            <Subtitle2 as="h3">{t('invitations')}</Subtitle2>
            <Field label={t('invitationLanguage')}>
              <RadioGroup layout="horizontal" value={inviteLang} onChange={(_, d) => setInviteLang(d.value as Lang)}>
                {LANGS.map((l) => <Radio key={l} value={l} label={LANG_NAMES[l]} />)}
              </RadioGroup>
            </Field>
            {c.invites.map((inv) => {
              const text = invitationText({ roundName: c.round!.name, roundId: c.round!.roundId, participantName: inv.name, inviteToken: inv.inviteToken, ...(templateUrl ? { templateUrl } : {}), ...(uploadUrl ? { uploadUrl } : {}) }, inviteLang);
              return (
                <div key={inv.participantId} className={styles.invite}>
                  <Text weight="semibold">{inv.name}</Text>
                  <Textarea readOnly value={text} rows={5} resize="vertical" className={styles.mono} aria-label={inv.name} />
                  <div className={styles.row}>
                    <Button size="small" onClick={() => void c.copy(text)}>{t('copyInvitation', { name: inv.name })}</Button>
                  </div>
                </div>
              );
            })}
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="coord3">
        <Subtitle2 as="h2" id="coord3">{t('coordStep3')}</Subtitle2>
        <Text className={styles.help}>{t('pullHelp')}</Text>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy || !c.round} onClick={() => void c.pull()}>{t('pull')}</Button>
          <Button disabled={busy || !c.round} onClick={() => void c.download()}>{t('downloadWorkbook')}</Button>
        </div>
      </section>

      {/* Remounted when the round or its saved themes change, so the ticks start from what is stored. */}
      <RoundThemes key={`${c.round.roundId}:${c.round.themes.map((x) => x.id).join(',')}`} round={c.round} errors={c.themeErrors} busy={busy} lang={lang} onSave={(x) => void c.saveThemes(x)} />
      <CoordinatorResults key={c.round.roundId} api={api} lang={lang} round={c.round} disabled={!host.supported} />
      </>)}
    </>
  );
}
