import { Link, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../shared/i18n/lang';
import { useStrings } from '../hooks/useStrings';
import type { VisitRunner } from '../hooks/useVisitRunner';
import { NoticeBar } from './NoticeBar';

const useStyles = makeStyles({
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** A section's notice, its busy spinner and its errors, each leading to its cell (Vierailut, Tulokset). */
export function RunnerFeedback({ r, lang }: { r: VisitRunner; lang: Lang }) {
  const t = useStrings(lang);
  const styles = useStyles();
  return (
    <>
      <NoticeBar notice={r.notice} lang={lang} onDismiss={r.dismiss} />
      {r.busy && <Spinner size="tiny" label={t('busy')} />}
      {r.errors.length > 0 && (
        <ul className={styles.errors} aria-label={t('errorsFound', { n: r.errors.length })}>
          {r.errors.map((e, i) => (
            <li key={i}>
              {e.cell ? <Link as="button" onClick={() => void r.select(e.cell!)}>{`${e.cell.sheet}!${e.cell.address}`}</Link> : null} {e.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
