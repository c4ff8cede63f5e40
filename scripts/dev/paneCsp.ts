/** Where Office.js comes from in production (the pane's only script origin besides its own). */
export const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

/**
 * The task pane's Content-Security-Policy: scripts from the pane itself and Office.js's origin only,
 * network calls to the pane and the API only. Styles allow inline rules: Fluent UI (Griffel) inserts
 * its generated CSS at run time. No plugins, no <base> or form targets elsewhere.
 *
 * @example
 * paneCsp('http://localhost:7071') // "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; connect-src 'self' http://localhost:7071; …"
 */
export function paneCsp(apiOrigin: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS_ORIGIN}`,
    `connect-src 'self' ${apiOrigin}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    // Office.js frames its own telemetry page when it can; the pane needs no frame, so none loads.
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
