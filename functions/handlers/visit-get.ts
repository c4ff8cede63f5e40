import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { VisitDetailsSchema, type VisitDetails, type VisitDetailsBody } from '../../shared/schemas/visitDetailsSchema';
import { okJson } from '../http/okJson';
import { openVisit } from '../rounds/visitAccess';
import { detailsBody, etagHeader } from '../rounds/visitBodies';

/** GET /api/rounds/{roundId}/visits/{hostId} (host, team, coordinator): dates, roles to interview, contact, background material. */
export async function visitGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const v = await openVisit(request, 'visit-get');
  if (!v.ok) return v.response;
  const d = await v.visits.readDoc<VisitDetails>(v.r.roundId, 'details', v.hostId);
  const body: VisitDetailsBody = detailsBody(v.hostId, d, (await v.r.store.getParticipant(v.r.roundId, v.hostId))?.contact);
  return okJson(VisitDetailsSchema, body, 200, etagHeader(d));
}
