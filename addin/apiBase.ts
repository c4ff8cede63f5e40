/** The API base chosen at build time (scripts/buildAddin.ts `--api-base` or API_BASE). */
declare const __API_BASE__: string | undefined;

/** The API the pane and the upload page call: `?api=` on the page's URL, else the build's API base, else the local default. */
export function apiBase(): string {
  const fromQuery = new URLSearchParams(window.location.search).get('api');
  return fromQuery ?? (typeof __API_BASE__ === 'string' ? __API_BASE__ : 'http://localhost:7071/api');
}
