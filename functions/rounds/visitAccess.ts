import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { helsinkiDay } from '../../shared/i18n/formatTime';
import { sheetDate } from '../../shared/layouts/visitSheet';
import type { Lang } from '../../shared/i18n/lang';
import type { InterviewPlan, InterviewVisit } from '../../shared/rounds/planInterviews';
import { ParticipantIdSchema } from '../../shared/schemas/submissionSchema';
import { problem } from '../http/problem';
import { visitStore } from '../storage/createVisitStore';
import type { VisitStore } from '../storage/VisitStore';
import { openRound, type RoundRequest } from './roundRoute';
import { currentPlan } from './storedPlan';

/** Who a caller is for one host's visit (SYSTEM.md "The peer-learning visit"). */
export type VisitRole = 'host' | 'team' | 'coordinator' | 'other';

/** Which roles each visit route serves; every other member gets 403, outsiders the round's 401/404. */
export const VISIT_ROUTE_ROLES = {
  'visit-get': ['host', 'team', 'coordinator'],
  'visit-put': ['host', 'coordinator'],
  'visit-self-assessment-get': ['team', 'coordinator'],
  'visit-questions-get': ['team', 'coordinator', 'host'],
  'visit-questions-put': ['team'],
  'visit-report-get': ['team', 'coordinator', 'host'],
  'visit-report-put': ['team'],
  'visit-report-release-post': ['team', 'coordinator'],
  'visit-report-sharing-put': ['host'],
  'visit-report-form-get': ['team', 'coordinator'],
  'visit-report-import-post': ['team'],
} as const satisfies Record<string, readonly VisitRole[]>;
export type VisitRoute = keyof typeof VISIT_ROUTE_ROLES;

const NO_PLAN: Record<Lang, string> = {
  fi: 'Haastattelusuunnitelmaa ei ole vielä tehty, joten vierailuja ei ole. Koordinaattori kirjoittaa suunnitelman ensin.',
  sv: 'Intervjuplanen har inte gjorts ännu, så det finns inga besök. Koordinatorn skriver planen först.',
  en: 'There is no interview plan yet, so there are no visits. The coordinator writes the plan first.',
};

const NO_VISIT: Record<Lang, (hostId: string) => string> = {
  fi: (h) => `Haastattelusuunnitelmassa ei ole vierailua osallistujan «${h}» luo.`,
  sv: (h) => `Intervjuplanen har inget besök hos deltagaren «${h}».`,
  en: (h) => `The interview plan has no visit to the participant “${h}”.`,
};

const TEAM_ACCESS_ENDED: Record<Lang, (end: string) => string> = {
  fi: (end) => `Kierros päättyi ${end}, ja haastatteluryhmän pääsy isännän aineistoon päättyi sen mukana. Koordinaattori ja isäntä näkevät sen yhä.`,
  sv: (end) => `Omgången slutade ${end}, och intervjugruppens åtkomst till värdens material slutade med den. Koordinatorn och värden ser det fortfarande.`,
  en: (end) => `The round ended on ${end}, and with it the interview team's access to the host's material. The coordinator and the host still see it.`,
};

/** The last day of the round's last phase, or undefined for a round without phases (it never ends). */
export const roundEnd = (phases: readonly { end: string }[]): string | undefined => phases.map((p) => p.end).sort().at(-1);

export type OpenRound = Extract<RoundRequest, { ok: true }>;

export type VisitRequest =
  | { ok: true; r: OpenRound; lang: Lang; hostId: string; role: Exclude<VisitRole, 'other'>; callerId: string; visit: InterviewVisit; plan: InterviewPlan; visits: VisitStore }
  | { ok: false; response: HttpResponseInit };

/** The caller's role for a visit in the plan. */
export function visitRole(caller: OpenRound['access']['caller'], visit: InterviewVisit): VisitRole {
  if (caller.role === 'coordinator') return 'coordinator';
  if (caller.participantId === visit.hostId) return 'host';
  return (visit.teamIds as readonly string[]).includes(caller.participantId) ? 'team' : 'other';
}

/** The round's stored plan, or the 404 that says there is none yet. */
export async function planOr404(r: OpenRound): Promise<{ ok: true; plan: InterviewPlan } | { ok: false; response: HttpResponseInit }> {
  const plan = await currentPlan(r.store, r.roundId);
  return plan ? { ok: true, plan } : { ok: false, response: problem(404, r.lang, { detail: NO_PLAN[r.lang] }) };
}

/**
 * The common start of every per-host visit route: the round opened (401/404 for outsiders), the
 * host found in the stored plan (404 saying so), and the caller's role allowed for `route` (403).
 */
export async function openVisit(request: HttpRequest, route: VisitRoute): Promise<VisitRequest> {
  const r = await openRound(request);
  if (!r.ok) return r;
  const hostId = request.params.hostId ?? '';
  if (!ParticipantIdSchema.safeParse(hostId).success) return { ok: false, response: problem(404, r.lang) };
  const planned = await planOr404(r);
  if (!planned.ok) return planned;
  const visit = planned.plan.visits.find((v) => v.hostId === hostId);
  if (!visit) return { ok: false, response: problem(404, r.lang, { detail: NO_VISIT[r.lang](hostId) }) };
  const role = visitRole(r.access.caller, visit);
  if (role === 'other' || !(VISIT_ROUTE_ROLES[route] as readonly VisitRole[]).includes(role)) return { ok: false, response: problem(403, r.lang) };
  // `team` sharing holds "while the round runs" (SYSTEM.md): after the last phase the team is no longer let in.
  const end = roundEnd(r.access.stored.round.phases);
  if (role === 'team' && end !== undefined && helsinkiDay(new Date()) > end) return { ok: false, response: problem(403, r.lang, { detail: TEAM_ACCESS_ENDED[r.lang](sheetDate(end, r.lang)) }) };
  const callerId = r.access.caller.role === 'coordinator' ? 'coordinator' : r.access.caller.participantId;
  return { ok: true, r, lang: r.lang, hostId, role, callerId, visit, plan: planned.plan, visits: visitStore() };
}
