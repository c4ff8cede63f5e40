import { withoutPrivateNotes } from '../../shared/rounds/privateNotes';
import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { requireRole } from '../auth/authorizeRound';
import { StoredSubmissionSchema } from '../../shared/schemas/responses/storedSubmissionSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { openRound } from '../rounds/roundRoute';

/** GET /api/rounds/{roundId}/submissions/{participantId}[?version=N] (that participant, coordinator). */
export async function submissionGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const pid = r.participantId!;
  const denied = requireRole(r.access, r.lang, pid);
  if (denied) return denied;
  const raw = request.query.get('version');
  const version = raw === null ? undefined : /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isNaN(version)) return problem(404, r.lang);
  const stored = await r.store.getSubmission(r.roundId, pid, version);
  if (!stored) return problem(404, r.lang);
  const shown = r.access.caller.role === 'coordinator' ? { ...stored, submission: withoutPrivateNotes(stored.submission) } : stored;
  return okJson(StoredSubmissionSchema, shown, 200, { etag: `"v${stored.version}"`, 'cache-control': 'no-store' });
}
