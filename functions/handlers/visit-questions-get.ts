import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { VisitQuestionsSchema, type VisitQuestions, type VisitQuestionsBody } from '../../shared/schemas/visitQuestionsSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { openVisit } from '../rounds/visitAccess';
import { etagHeader, questionsBody } from '../rounds/visitBodies';

const NOT_SENT: Record<Lang, string> = {
  fi: 'Haastatteluryhmä ei ole vielä lähettänyt kysymyksiään.',
  sv: 'Intervjugruppen har inte skickat sina frågor ännu.',
  en: 'The interview team has not sent its questions yet.',
};

/**
 * GET /api/rounds/{roundId}/visits/{hostId}/questions: the team and the coordinator always (empty,
 * revision 0, before the first write); the host only once the team has sent them (404 before).
 */
export async function visitQuestionsGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const v = await openVisit(request, 'visit-questions-get');
  if (!v.ok) return v.response;
  const d = await v.visits.readDoc<VisitQuestions>(v.r.roundId, 'questions', v.hostId);
  if (v.role === 'host' && !d?.value.sentAt) return problem(404, v.lang, { detail: NOT_SENT[v.lang] });
  const body: VisitQuestionsBody = questionsBody(v.hostId, d);
  return okJson(VisitQuestionsSchema, body, 200, etagHeader(d));
}
