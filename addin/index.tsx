// Task pane entry: wait for Office, pick language and theme, and render. Outside Excel (a plain
// browser tab) the pane says so instead of hanging.
import { createRoot } from 'react-dom/client';
import { toLang } from '../shared/i18n/lang';
import { createApiClient } from './api/apiClient';
import { apiBase } from './apiBase';
import { App } from './components/App';
import { officeHostActions } from './excel/officeHost';

const OFFICE_TIMEOUT_MS = 4000;

async function officeInfo(): Promise<{ host: string | null }> {
  if (typeof Office === 'undefined') return { host: null };
  return Promise.race([
    Office.onReady().then((info) => ({ host: info.host ? String(info.host) : null })),
    new Promise<{ host: null }>((resolve) => setTimeout(() => resolve({ host: null }), OFFICE_TIMEOUT_MS)),
  ]);
}

function isDark(): boolean {
  const bg = typeof Office !== 'undefined' ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const n = parseInt(bg.replace('#', ''), 16);
  return ((n >> 16) & 255) * 0.299 + ((n >> 8) & 255) * 0.587 + (n & 255) * 0.114 < 128;
}

async function main(): Promise<void> {
  const info = await officeInfo();
  const inExcel = info.host === 'Excel';
  const displayLanguage = inExcel ? Office.context.displayLanguage : navigator.language;
  const lang = toLang(displayLanguage);
  const api = createApiClient(apiBase());
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <App
      host={inExcel ? officeHostActions() : null}
      api={api}
      initialLang={lang}
      dark={isDark()}
      storage={window.localStorage}
      templateUrl={`${apiBase()}/template.xlsx`}
      uploadUrl={new URL('upload.html', window.location.href).href}
    />,
  );
  document.documentElement.lang = lang;
}

void main();
