import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { VisitQuestionsSchema, VisitQuestionsInputSchema, type VisitQuestions, type VisitQuestionsBody } from '../../shared/schemas/visitQuestionsSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { readBody } from '../http/readBody';
import { openVisit } from '../rounds/visitAccess';
import { etagHeader, ifMatchOf, questionsBody } from '../rounds/visitBodies';
import { themeIssues } from '../rounds/visitIssues';

const ALREADY_SENT: Record<Lang, string> = {
  fi: 'Kysymykset on jo lähetetty isännälle, eikä lähetystä voi perua. Voit yhä muokata kysymyksiä: isäntä näkee muutokset.',
  sv: 'Frågorna har redan skickats till värden och sändningen kan inte ångras. Du kan fortfarande ändra frågorna: värden ser ändringarna.',
  en: 'The questions have already been sent to the host, and sending cannot be undone. You can still edit them: the host sees the changes.',
};

/**
 * PUT /api/rounds/{roundId}/visits/{hostId}/questions (team): all questions per theme of the round,
 * replaced. `sent: true` shows them to the host; once sent they stay sent (`sent: false` then is a
 * 409). Optional `If-Match` (412 when stale).
 */
export async function visitQuestionsPut(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const v = await openVisit(request, 'visit-questions-put');
  if (!v.ok) return v.response;
  const input = await readBody(request, VisitQuestionsInputSchema, v.lang);
  if (!input.ok) return input.response;
  const issues = themeIssues(input.value.themes, v.r.access.stored.round.themes.map((t) => t.id));
  if (issues.length > 0) return problem(422, v.lang, { errors: issues });
  const now = new Date().toISOString();
  const current = await v.visits.readDoc<VisitQuestions>(v.r.roundId, 'questions', v.hostId);
  if (current?.value.sentAt && !input.value.sent) return problem(409, v.lang, { detail: ALREADY_SENT[v.lang] });
  const d = await v.visits.writeDoc<VisitQuestions>(v.r.roundId, 'questions', v.hostId, {
    next: (cur) => ({ themes: input.value.themes, sentAt: cur?.value.sentAt ?? (input.value.sent ? now : null) }),
    updatedAt: now,
    updatedBy: v.callerId,
    ...ifMatchOf(request.headers),
  });
  const body: VisitQuestionsBody = questionsBody(v.hostId, d);
  return okJson(VisitQuestionsSchema, body, 200, etagHeader(d));
}
