import { Body1Strong, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CATALOG_DATA as CATALOG } from '../../shared/catalog/catalogData';
import { helsinkiDay, helsinkiTime } from '../../shared/i18n/formatTime';
import type { Contact } from '../../shared/schemas/contactSchema';
import type { Lang } from '../../shared/i18n/lang';
import type { RoundView } from '../../shared/schemas/roundViewSchema';
import { useStrings } from '../hooks/useStrings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  now: { fontWeight: tokens.fontWeightSemibold },
  next: { padding: tokens.spacingHorizontalS, borderLeft: `3px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground2, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  help: { color: tokens.colorNeutralForeground3 },
  heading: { margin: 0, marginTop: tokens.spacingVerticalS },
});

/** Today in Helsinki as an ISO date (yyyy-mm-dd): the phases' dates are Finnish days. */
export const helsinkiToday = (now = new Date()): string => helsinkiDay(now);

const ymd = (iso: string) => iso.split('-').map(Number) as [number, number, number];

/** An ISO date as 26.1.2027 (fi, sv) or 26/1/2027 (en). */
export function formatDay(iso: string, lang: Lang): string {
  const [y, m, d] = ymd(iso);
  return lang === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
}

/** A date range, the year once when both ends share it: 26.1.–22.3.2027. */
export function formatRange(start: string, end: string, lang: Lang): string {
  const [y1, m1, d1] = ymd(start);
  const [y2] = ymd(end);
  if (y1 === y2 && lang !== 'en') return `${d1}.${m1}.–${formatDay(end, lang)}`;
  return `${formatDay(start, lang)}–${formatDay(end, lang)}`;
}

/** A contact person on one line: "Anna Virtanen (ilmastokoordinaattori), anna.virtanen@kunta.fi". */
const contactLine = (c: Contact) => `${c.name}${c.role ? ` (${c.role})` : ''}, ${c.email}`;

const phaseName = (id: string, lang: Lang) => CATALOG.phases.find((p) => p.id === id)?.name[lang] ?? id;
const phaseHelp = (id: string, lang: Lang) => CATALOG.phases.find((p) => p.id === id)?.description[lang];
/** Phases in which participants fill in and submit their self-assessment. */
const SELF_ASSESSMENT_PHASES = new Set(['organise', 'prepare']);

/** "Oma kierros": the round's phases, what is due now, and the participant's visits (names only). */
export function MyRound({ view, lang, today }: { view: RoundView; lang: Lang; today: string }) {
  const t = useStrings(lang);
  const styles = useStyles();
  const phases = [...view.phases].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const current = phases.find((p) => p.start <= today && today <= p.end);
  const upcoming = current ? undefined : phases.find((p) => p.start > today);
  const focus = current ?? upcoming;
  // The self-assessment is due by the end of preparation (or of the phase at hand when the round has none).
  const due = focus && SELF_ASSESSMENT_PHASES.has(focus.phaseId) ? (phases.find((p) => p.phaseId === 'prepare') ?? focus).end : undefined;
  const help = focus && !due ? phaseHelp(focus.phaseId, lang) : undefined;
  const plan = view.plan;
  const visits = [...(plan?.visits ?? [])].sort((a, b) => a.order - b.order);
  return (
    <div className={styles.root}>
      <Body1Strong>{view.name}</Body1Strong>
      {view.self && <Text>{t('participatingAs', { name: view.self.name })}</Text>}
      {view.self?.contact && <Text>{t('yourContact', { contact: contactLine(view.self.contact) })}</Text>}

      <Body1Strong as="h3" className={styles.heading}>{t('whatsNext')}</Body1Strong>
      <div className={styles.next}>
        <Text weight="semibold">
          {current ? t('phaseNow', { phase: phaseName(current.phaseId, lang), dates: formatRange(current.start, current.end, lang) })
            : upcoming ? t('phaseUpcoming', { phase: phaseName(upcoming.phaseId, lang), date: formatDay(upcoming.start, lang) })
              : t(phases.length ? 'phasesOver' : 'noPhases')}
        </Text>
        {due && !view.submission && <Text>{t('nextSelfAssessment', { date: formatDay(due, lang) })}</Text>}
        {due && view.submission && <Text>{t('selfAssessmentSent', { version: view.submission.version, time: helsinkiTime(view.submission.submittedAt, lang), date: formatDay(due, lang) })}</Text>}
        {view.self && !view.self.contact && <Text>{t('nameContact')}</Text>}
        {help && <Text className={styles.help}>{help}</Text>}
        {!plan && <Text>{t('noPlanYet')}</Text>}
      </div>

      {phases.length > 0 && (
        <>
          <Body1Strong as="h3" className={styles.heading}>{t('phases')}</Body1Strong>
          <ol className={styles.list}>
            {phases.map((p) => (
              <li key={p.phaseId} className={p === current ? styles.now : undefined} {...(p === current ? { 'aria-current': 'step' as const } : {})}>
                {phaseName(p.phaseId, lang)}: {formatRange(p.start, p.end, lang)}{p === current ? ` ${t('currentPhase')}` : ''}
              </li>
            ))}
          </ol>
        </>
      )}

      {plan?.visitedBy && (
        <>
          <Body1Strong as="h3" className={styles.heading}>{t('visitToYou')}</Body1Strong>
          <Text>{t('visitedBy', { a: plan.visitedBy.team[0].name, b: plan.visitedBy.team[1].name })}</Text>
          <Text>{t('visitDate', { date: plan.visitedBy.visitDate ? formatDay(plan.visitedBy.visitDate, lang) : t('dateNotSet') })}</Text>
        </>
      )}

      {visits.length > 0 && (
        <>
          <Body1Strong as="h3" className={styles.heading}>{t('yourVisits')}</Body1Strong>
          <ul className={styles.list}>
            {visits.map((v) => (
              <li key={`${v.order}-${v.host.id}`}>
                {t('visitHost', { host: v.host.name, with: v.with.name })}
                {' – '}
                {t('visitDate', { date: v.visitDate ? formatDay(v.visitDate, lang) : t('dateNotSet') })}
                {v.host.contact && <><br />{t('hostContact', { contact: contactLine(v.host.contact) })}</>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
