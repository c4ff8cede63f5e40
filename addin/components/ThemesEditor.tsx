import { Checkbox, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CATALOG_DATA as CATALOG } from '../../shared/catalog/catalogData';
import type { Lang } from '../../shared/i18n/lang';
import { useStrings } from '../hooks/useStrings';
import { ownName, type ThemesDraft } from './themesDraft';

const useStyles = makeStyles({
  plain: { border: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** The round's themes as ticks (defaults, then the round's own) and new own themes one a line: for a new round and an open one. */
export function ThemesEditor({ draft, onChange, lang, disabled = false }: { draft: ThemesDraft; onChange: (d: ThemesDraft) => void; lang: Lang; disabled?: boolean }) {
  const t = useStrings(lang);
  const styles = useStyles();
  const tick = (id: string, on: boolean) => onChange({ ...draft, ticked: on ? [...draft.ticked, id] : draft.ticked.filter((x) => x !== id) });
  const choices = [...CATALOG.themes.map((x) => ({ id: x.id, label: x.name[lang] })), ...draft.own.map((x) => ({ id: x.id, label: ownName(x, lang) }))];
  return (
    <fieldset className={styles.plain} disabled={disabled}>
      <legend><Text weight="semibold">{t('themes')}</Text></legend>
      {choices.map((x) => (
        <Checkbox key={x.id} label={x.label} checked={draft.ticked.includes(x.id)} onChange={(_, d) => tick(x.id, d.checked === true)} />
      ))}
      <Field label={t('ownThemes')} hint={t('ownThemesHint')}>
        <Textarea value={draft.newThemes} onChange={(_, d) => onChange({ ...draft, newThemes: d.value })} resize="vertical" />
      </Field>
    </fieldset>
  );
}
