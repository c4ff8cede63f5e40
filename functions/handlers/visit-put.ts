import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { VisitDetailsSchema, VisitDetailsInputSchema, type VisitDetails, type VisitDetailsBody } from '../../shared/schemas/visitDetailsSchema';
import { okJson } from '../http/okJson';
import { readBody } from '../http/readBody';
import { openVisit } from '../rounds/visitAccess';
import { detailsBody, etagHeader, ifMatchOf } from '../rounds/visitBodies';

/**
 * PUT /api/rounds/{roundId}/visits/{hostId} (host, coordinator): replaces the visit details. `If-Match`
 * with the ETag read is optional; a stale one gets 412.
 */
export async function visitPut(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const v = await openVisit(request, 'visit-put');
  if (!v.ok) return v.response;
  const input = await readBody(request, VisitDetailsInputSchema, v.lang);
  if (!input.ok) return input.response;
  const d = await v.visits.writeDoc<VisitDetails>(v.r.roundId, 'details', v.hostId, {
    next: () => input.value,
    updatedAt: new Date().toISOString(),
    updatedBy: v.callerId,
    ...ifMatchOf(request.headers),
  });
  const body: VisitDetailsBody = detailsBody(v.hostId, d, (await v.r.store.getParticipant(v.r.roundId, v.hostId))?.contact);
  return okJson(VisitDetailsSchema, body, 200, etagHeader(d));
}
