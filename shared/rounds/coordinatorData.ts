import type { CoordinatorData, SharedModelsData } from '../layouts/coordinatorSheets';
import type { Submission } from '../schemas/submissionSchema';
import { combineRound } from './combineRound';
import { planInterviews, type InterviewPlan } from './planInterviews';
import { releasedReports, visitEntries, type VisitRecord } from './visitEntries';

/** A participant as the coordinator registered it. */
export interface RegisteredParticipant {
  participantId: string;
  name: string;
}

/** A participant's latest stored version. */
export interface LatestVersion {
  participantId: string;
  version: number;
  submittedAt: string;
  submission: Submission;
}

/**
 * The latest submissions with each participant's name as the coordinator registered it: a `named`
 * text appears under that name, never under a name typed into the participant's own sheet.
 */
export function withRegisteredNames(latest: readonly LatestVersion[], participants: readonly RegisteredParticipant[]): Submission[] {
  const names = new Map(participants.map((p) => [p.participantId, p.name]));
  return latest.map((s) => ({ ...s.submission, participant: { ...s.submission.participant, name: names.get(s.participantId) ?? s.submission.participant.name } }));
}

/**
 * What the coordinator's sheets are made of (the API's workbook.xlsx, tests and the bench build it
 * here): every registered participant with its latest version or null, the coordinator's summary
 * under registered names, and the interview plan: the stored one when the coordinator has written
 * it, else the proposal planInterviews computes (null below three participants). With the stored
 * plan come the visits (`visits`, in plan order) and the released reports' shared findings in the summary.
 */
export function buildCoordinatorData(round: CoordinatorData['round'], participants: readonly RegisteredParticipant[], latest: readonly LatestVersion[], storedPlan?: InterviewPlan, visits?: readonly VisitRecord[]): CoordinatorData {
  const byId = new Map(latest.map((s) => [s.participantId, s]));
  const plan = storedPlan ? { ok: true as const, value: storedPlan } : planInterviews(participants.map((p) => p.participantId));
  const names = new Map(participants.map((p) => [p.participantId, p.name]));
  const releasedReportsOf = visits ? releasedReports(visits, names) : [];
  return {
    round,
    participants: participants.map((p) => {
      const s = byId.get(p.participantId);
      return { participantId: p.participantId, name: p.name, latest: s ? { version: s.version, submittedAt: s.submittedAt, submission: s.submission } : null };
    }),
    summary: combineRound(withRegisteredNames(latest, participants), { audience: 'coordinator', themeIds: round.themes.map((t) => t.id), releasedReports: releasedReportsOf }),
    plan: plan.ok ? plan.value : null,
    ...(storedPlan && visits ? { visits: visitEntries(storedPlan, visits) } : {}),
  };
}

/** How many models the shared sheet lists as most often recommended. */
export const MOST_RECOMMENDED = 10;

/**
 * The shared recommended-model sheet's data (GET /recommended-models): the members' view of the
 * round's models, and the models most often in participants' own top five (ties by id).
 */
export function sharedModelsData(submissions: readonly Submission[]): SharedModelsData {
  const summary = combineRound(submissions, { audience: 'member', themeIds: [] });
  const mostRecommended = summary.models
    .flatMap((m) => (m.recommendedCount ? [{ modelId: m.modelId, recommendedCount: m.recommendedCount }] : []))
    .sort((a, b) => b.recommendedCount - a.recommendedCount || (a.modelId < b.modelId ? -1 : 1))
    .slice(0, MOST_RECOMMENDED);
  return { participantCount: summary.participantCount, models: summary.models, mostRecommended };
}
