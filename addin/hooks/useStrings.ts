import { useCallback } from 'react';
import type { Lang } from '../../shared/i18n/lang';
import { PANE_STRINGS, type PaneStringKey } from '../../shared/i18n/paneStrings';

/** `t('key', { n: 3 })` in the pane's current language. */
export function useStrings(lang: Lang) {
  return useCallback(
    (key: PaneStringKey, params: Record<string, string | number> = {}) =>
      Object.entries(params).reduce<string>((s, [k, v]) => s.replace(`{${k}}`, String(v)), PANE_STRINGS[key][lang]),
    [lang],
  );
}
