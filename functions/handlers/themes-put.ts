import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { themeNames } from '../../shared/rounds/roundView';
import { ThemesUpdateSchema } from '../../shared/schemas/roundRequests';
import { ThemesResultSchema, type ThemesResult } from '../../shared/schemas/roundViewSchema';
import type { Submission } from '../../shared/schemas/submissionSchema';
import { requireRole } from '../auth/authorizeRound';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { readBody } from '../http/readBody';
import { openRound } from '../rounds/roundRoute';

const IN_USE: Record<Lang, (theme: string, who: string) => string> = {
  fi: (theme, who) => `Teemaa «${theme}» ei voi poistaa: siitä on jo lähetetty arvio (${who}). Pidä teema kierroksella.`,
  sv: (theme, who) => `Temat «${theme}» kan inte tas bort: en bedömning av det har redan skickats (${who}). Behåll temat i omgången.`,
  en: (theme, who) => `The theme “${theme}” cannot be removed: an assessment of it has already been submitted (${who}). Keep the theme in the round.`,
};

/** Whether a submission answered a theme (a rating or any text). */
const answered = (s: Submission, themeId: string) =>
  s.selfAssessment.some((a) => a.themeId === themeId && (a.rating !== undefined || a.currentPractice || a.strengths || a.developmentAreas || a.evidence));

/**
 * PUT /api/rounds/{roundId}/themes (coordinator): the round's themes from now on: default themes by
 * id, own themes with a name in at least one language. A theme someone has already answered cannot
 * be removed (409 naming the theme and who answered it). Participants' sheets and templates carry
 * exactly these themes from then on.
 */
export async function themesPut(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const denied = requireRole(r.access, r.lang);
  if (denied) return denied;
  const body = await readBody(request, ThemesUpdateSchema, r.lang);
  if (!body.ok) return body.response;
  const stored = r.access.stored;
  const kept = new Set(body.value.themes.map((t) => t.id));
  const removed = stored.round.themes.filter((t) => !kept.has(t.id));
  if (removed.length > 0) {
    const [latest, participants] = await Promise.all([r.store.listLatestSubmissions(r.roundId), r.store.listParticipants(r.roundId)]);
    const names = new Map(participants.map((p) => [p.participantId, p.name]));
    for (const theme of removed) {
      const who = latest.filter((s) => answered(s.submission, theme.id)).map((s) => names.get(s.participantId) ?? s.participantId);
      if (who.length > 0) return problem(409, r.lang, { detail: IN_USE[r.lang](themeNames(theme)[r.lang], who.join(', ')) });
    }
  }
  await r.store.replaceRound({ ...stored, round: { ...stored.round, themes: body.value.themes } });
  const result: ThemesResult = { themes: body.value.themes.map((t) => ({ id: t.id, name: themeNames(t) })) };
  return okJson(ThemesResultSchema, result);
}
