import { Button, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../../shared/i18n/lang';
import type { RoundTheme } from '../../shared/schemas/roundSchema';
import type { OpenRound } from '../hooks/useCoordinatorCommands';
import { useStrings } from '../hooks/useStrings';
import { ThemesEditor } from './ThemesEditor';
import { draftOf, themesOf } from './themesDraft';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  help: { color: tokens.colorNeutralForeground3 },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** An open round's themes, changed later: untick themes, add own ones, save (a theme with answers stays: the service refuses). */
export function RoundThemes({ round, errors, busy, lang, onSave }: { round: OpenRound; errors: readonly string[]; busy: boolean; lang: Lang; onSave: (themes: RoundTheme[]) => void }) {
  const t = useStrings(lang);
  const styles = useStyles();
  const [draft, setDraft] = useState(() => draftOf(round.themes));
  return (
    <section className={styles.section} aria-labelledby="coord4">
      <Subtitle2 as="h2" id="coord4">{t('coordStep4')}</Subtitle2>
      <Text className={styles.help}>{t('themesEditHelp')}</Text>
      <ThemesEditor draft={draft} onChange={setDraft} lang={lang} disabled={busy} />
      {errors.length > 0 && (
        <ul className={styles.errors} aria-label={t('themesErrors')}>
          {errors.map((e, i) => <li key={i}>{e}</li>)}
        </ul>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => onSave(themesOf(draft, lang))}>{t('saveThemes')}</Button>
      </div>
    </section>
  );
}
