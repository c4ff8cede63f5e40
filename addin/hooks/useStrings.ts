import { useCallback } from 'react';
import type { Lang } from '../../shared/i18n/lang';
import { PANE_STRINGS, type PaneStringKey } from '../../shared/i18n/paneStrings';

/** The singular form (`keyOne`) when `n` is 1 and the key has one: "1 osallistuja", not "1 osallistujaa". */
function counted(key: PaneStringKey, params: Record<string, string | number>): PaneStringKey {
  const one = `${key}One`;
  return params.n === 1 && one in PANE_STRINGS ? (one as PaneStringKey) : key;
}

/** A pane string in `lang` with its `{params}` filled in (outside React too). */
export function paneText(lang: Lang, key: PaneStringKey, params: Record<string, string | number> = {}): string {
  return Object.entries(params).reduce<string>((s, [k, v]) => s.replace(`{${k}}`, String(v)), PANE_STRINGS[counted(key, params)][lang]);
}

/** `t('key', { n: 3 })` in the pane's current language. */
export function useStrings(lang: Lang) {
  return useCallback((key: PaneStringKey, params: Record<string, string | number> = {}) => paneText(lang, key, params), [lang]);
}
