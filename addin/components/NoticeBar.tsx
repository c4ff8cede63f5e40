import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { Lang } from '../../shared/i18n/lang';
import type { Notice } from '../hooks/usePaneCommands';
import { useStrings } from '../hooks/useStrings';

/** The one notice area of a pane mode: what happened and what to do next. */
export function NoticeBar({ notice, lang, onDismiss }: { notice: Notice | undefined; lang: Lang; onDismiss: () => void }) {
  const t = useStrings(lang);
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>{t(notice.key, notice.params)}</MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" size="small" onClick={onDismiss}>{t('dismiss')}</Button>} />
    </MessageBar>
  );
}
