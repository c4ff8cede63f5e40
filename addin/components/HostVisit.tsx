import { Body1Strong, Button, Field, Input, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { sheetThemeName } from '../../shared/layouts/renderWorkbookValues';
import type { Lang } from '../../shared/i18n/lang';
import type { RoundView } from '../../shared/schemas/roundViewSchema';
import type { HostVisitCommands } from '../hooks/useHostVisitCommands';
import { useStrings } from '../hooks/useStrings';
import type { DetailsDraft } from './visitDetailsDraft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

type TextKey = keyof DetailsDraft;
const FIELDS: { key: TextKey; label: 'detailsDates' | 'detailsRoles' | 'contactName' | 'contactRole' | 'contactEmail' | 'materialTexts' | 'materialLinks'; multi?: boolean; hint?: 'detailsDatesHint' }[] = [
  { key: 'dates', label: 'detailsDates', hint: 'detailsDatesHint' },
  { key: 'roles', label: 'detailsRoles', multi: true },
  { key: 'contactName', label: 'contactName' },
  { key: 'contactRole', label: 'contactRole' },
  { key: 'contactEmail', label: 'contactEmail' },
  { key: 'texts', label: 'materialTexts', multi: true },
  { key: 'links', label: 'materialLinks', multi: true },
];

/** The host's part of "Vierailut": the visit details form, the team's questions, the feedback report. */
export function HostVisit({ c, view, lang, busy }: { c: HostVisitCommands; view: RoundView; lang: Lang; busy: boolean }) {
  const t = useStrings(lang);
  const styles = useStyles();
  const draft = c.draft;
  const set = (key: TextKey, value: string) => draft && c.setDraft({ ...draft, [key]: value });
  const themeName = (id: string) => sheetThemeName(view.themes.find((x) => x.id === id) ?? id, lang);
  return (
    <div className={styles.root} role="group" aria-labelledby="visit-host">
      <Body1Strong as="h3" id="visit-host">{t('asHost')}</Body1Strong>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void c.editDetails()}>{t('editDetails')}</Button>
        <Button disabled={busy} onClick={() => void c.showQuestions()}>{t('showQuestions')}</Button>
      </div>
      {draft && (
        <form className={styles.root} onSubmit={(e) => { e.preventDefault(); void c.saveDetails(draft); }}>
          {FIELDS.map((f) => (
            <Field key={f.key} label={t(f.label)} {...(f.hint ? { hint: t(f.hint) } : {})}>
              {f.multi
                ? <Textarea value={draft[f.key]} onChange={(_, d) => set(f.key, d.value)} resize="vertical" />
                : <Input value={draft[f.key]} onChange={(_, d) => set(f.key, d.value)} />}
            </Field>
          ))}
          <div className={styles.row}>
            <Button appearance="primary" type="submit" disabled={busy}>{t('saveDetails')}</Button>
          </div>
        </form>
      )}
      {c.questions && (
        <>
          <Body1Strong as="h4">{t('teamQuestions')}</Body1Strong>
          {c.questions.themes.map((q) => (
            <div key={q.themeId}>
              <Text weight="semibold">{themeName(q.themeId)}</Text>
              <ul className={styles.list}>{q.questions.map((text, i) => <li key={i}>{text}</li>)}</ul>
            </div>
          ))}
        </>
      )}
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void c.insertFeedback()}>{t('insertFeedback')}</Button>
        <Button appearance="primary" disabled={busy} onClick={() => void c.sendSharing()}>{t('sendSharing')}</Button>
      </div>
    </div>
  );
}
