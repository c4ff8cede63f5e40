import type { Lang } from '../../shared/i18n/lang';
import type { EarlierRatings } from '../../shared/schemas/progressSchema';
import type { ApiCall } from './apiClient';
import { orNull } from './orNull';
import { readBody } from './readJson';
import { RESULTS_SHAPES } from './responseShapes';

/** Progress over rounds (SYSTEM.md "The peer-learning visit", step 6), as the participant's pane needs it. */
export interface ProgressClient {
  /**
   * GET …/submissions/{participantId}/earlier with the participant's invite token: its own earlier
   * ratings; null when the round has no link or the participant nothing there (404), or for the
   * coordinator key (which has no earlier ratings of its own).
   */
  earlierRatings(roundId: string, token: string, lang: Lang): Promise<EarlierRatings | null>;
}

/** The progress routes over `call`; the body is read as EarlierRatingsSchema describes it. */
export function createProgressClient(call: ApiCall): ProgressClient {
  return {
    async earlierRatings(roundId, token, lang) {
      const participantId = token.split('.')[0] ?? '';
      if (!participantId || participantId === 'coordinator') return null;
      const route = `rounds/${encodeURIComponent(roundId)}/submissions/${encodeURIComponent(participantId)}/earlier`;
      return orNull(async () => readBody(await call('GET', route, undefined, lang, { authorization: `Bearer ${token}` }), RESULTS_SHAPES.earlier));
    },
  };
}
