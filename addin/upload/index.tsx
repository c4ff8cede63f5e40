// Upload page entry (upload.html): for participants without the add-in. The round code and language
// come from the invitation's link (`?round=…&lang=fi`); the invite token is pasted, never in the URL.
import { createRoot } from 'react-dom/client';
import { toLang } from '../../shared/i18n/lang';
import { createApiClient } from '../api/apiClient';
import { apiBase } from '../apiBase';
import { UploadPage } from './UploadPage';

const query = new URLSearchParams(window.location.search);
const lang = toLang(query.get('lang') ?? navigator.language);
document.documentElement.lang = lang;
createRoot(document.getElementById('root')!).render(
  <UploadPage api={createApiClient(apiBase())} initialLang={lang} initialRoundId={query.get('round') ?? ''} />,
);
