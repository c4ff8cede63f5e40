import type { LocalizedFieldIssue } from '../../shared/schemas/fieldIssue';

/**
 * What went wrong talking to the API, so the pane can say what to do next. `incompatible`: the
 * service answered in a form this version of the pane does not understand (a body that is not JSON,
 * or a key missing or of the wrong kind): reloading the add-in fetches the version that does.
 */
export type ApiErrorKind = 'offline' | 'invalid' | 'unauthorized' | 'stale' | 'unavailable' | 'unexpected' | 'incompatible';

/** What went wrong talking to the API, typed so the pane can say what to do next. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    readonly errors: LocalizedFieldIssue[] = [],
    detail = '',
  ) {
    super(detail || kind);
    this.name = 'ApiError';
  }
}
