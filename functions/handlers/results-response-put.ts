import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { LEVEL_RANK } from '../../shared/rounds/resultsLevels';
import { previewLevels, type PreviewItem } from '../../shared/rounds/resultsPreview';
import type { LocalizedFieldIssue } from '../../shared/schemas/fieldIssue';
import { ResponseSchema, ResponseInputSchema, type StoredResponse } from '../../shared/schemas/resultsReviewSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { readBody } from '../http/readBody';
import { openResults } from '../rounds/resultsAccess';
import { previewOf, readResultsInputs } from '../rounds/resultsData';
import { raisedRef, unknownRef } from '../rounds/resultsIssues';
import { reviewOr } from '../rounds/resultsReview';
import { responseBody } from '../rounds/responseStatus';

/** What a comment is about, for the coordinator's list: the item's theme, and a report item's field. */
function commentedItem(items: readonly PreviewItem[], itemRef: string): { themeId?: string; field?: 'strengths' | 'developmentAreas' } {
  const item = items.find((i) => i.itemRef === itemRef);
  if (!item) return {};
  return item.source === 'report' && (item.field === 'strengths' || item.field === 'developmentAreas') ? { themeId: item.themeId, field: item.field } : { themeId: item.themeId };
}

/**
 * PUT /api/rounds/{roundId}/results/responses/{participantId} (that participant): approves or not,
 * comments per item, lowers its own items. Every reference must be an item of its current preview;
 * a level above the item's current one is a 422. Approval and comments replace the earlier ones;
 * lowerings add up and never come back up.
 */
export async function resultsResponsePut(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const o = await openResults(request, 'results-response-put');
  if (!o.ok) return o.response;
  const { r } = o;
  const input = await readBody(request, ResponseInputSchema, r.lang);
  if (!input.ok) return input.response;
  const review = await reviewOr(r, 409);
  if (!review.ok) return review.response;
  const inputs = await readResultsInputs(r.store, r.results, r.roundId);
  const items = previewOf(r.access.stored.round, inputs, r.callerId).items;
  const levels = previewLevels(items);
  const issues: LocalizedFieldIssue[] = [];
  input.value.comments.forEach((c, i) => {
    if (!levels.has(c.itemRef)) issues.push(unknownRef('comments', i, c.itemRef, r.lang));
  });
  input.value.lower.forEach((l, i) => {
    const now = levels.get(l.itemRef);
    if (!now) issues.push(unknownRef('lower', i, l.itemRef, r.lang));
    else if (LEVEL_RANK[l.level] > LEVEL_RANK[now]) issues.push(raisedRef(i, l.itemRef, now, l.level, r.lang));
  });
  if (issues.length > 0) return problem(422, r.lang, { localizedErrors: issues });
  const at = new Date().toISOString();
  const doc = await r.results.writeResponse<StoredResponse>(r.roundId, r.callerId, (cur) => ({
    openedAt: cur?.value.openedAt ?? at,
    respondedAt: at,
    approve: input.value.approve,
    comments: input.value.comments.map((c) => ({ ...c, ...commentedItem(items, c.itemRef) })),
    lowered: { ...cur?.value.lowered, ...Object.fromEntries(input.value.lower.map((l) => [l.itemRef, l.level])) },
  }), at);
  const name = inputs.participants.find((p) => p.participantId === r.callerId)?.name ?? r.callerId;
  return okJson(ResponseSchema, responseBody(r.callerId, name, doc.value));
}
