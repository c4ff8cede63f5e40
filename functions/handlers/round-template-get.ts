import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { instructionsSheet } from '../../shared/layouts/instructionsSheet';
import { earlierRatingsOf } from '../rounds/progressAccess';
import { openRound } from '../rounds/roundRoute';
import { progressStore } from '../storage/ProgressStore';
import { xlsxResponse } from '../xlsx/xlsxResponse';
import { participantXlsx } from '../xlsx/writeXlsx';

/** Where the upload page is: PANE_ORIGIN, else the pane's origin from CORS_ORIGINS (the add-in's origin); none when unknown. */
export function uploadUrl(roundId: string, lang: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const origin = env.PANE_ORIGIN ?? env.CORS_ORIGINS?.split(',')[0]?.trim();
  return origin ? `${origin.replace(/\/+$/, '')}/upload.html?round=${encodeURIComponent(roundId)}&lang=${lang}` : undefined;
}

/**
 * GET /api/rounds/{roundId}/template.xlsx (a participant, invite token): the participant's own
 * template in the caller's language: an instructions sheet saying how to return it, the round code
 * and the registered name filled in (or its latest submission, to correct and send again), and
 * exactly the round's themes with their names; when the round is linked to an earlier one, the
 * participant's own earlier ratings under each theme's name. The coordinator gets the round's blank template.
 */
export async function roundTemplateGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const round = r.access.stored.round;
  const caller = r.access.caller;
  const themes = round.themes.map((t) => ({ id: t.id, ...(t.name ? { name: t.name } : {}) }));
  if (caller.role !== 'participant') {
    return xlsxResponse(await participantXlsx(r.lang, { themes }), `${r.roundId}-${r.lang}.xlsx`);
  }
  const [participant, latest, earlier] = await Promise.all([
    r.store.getParticipant(r.roundId, caller.participantId),
    r.store.getSubmission(r.roundId, caller.participantId),
    earlierRatingsOf(r.store, progressStore(), r.roundId, caller.participantId),
  ]);
  const participantName = participant?.name ?? caller.participantId;
  const url = uploadUrl(r.roundId, r.lang);
  const bytes = await participantXlsx(r.lang, {
    themes,
    ...(latest ? { submission: latest.submission } : {}),
    ...(typeof earlier === 'object' ? { earlierRatings: earlier.ratings } : {}),
    prefill: { roundId: r.roundId, participantName },
    instructions: instructionsSheet(r.lang, { roundName: round.name, participantName, ...(url ? { uploadUrl: url } : {}) }),
  });
  return xlsxResponse(bytes, `${r.roundId}-${caller.participantId}-${r.lang}.xlsx`);
}
