import type { PlanWriteResultSchema } from '../../shared/schemas/interviewPlanSchema';
import type { EarlierRatingsSchema } from '../../shared/schemas/progressSchema';
import type { CoordinatorDataSchema } from '../../shared/schemas/responses/coordinatorDataSchema';
import type { ParticipantsAddedSchema, RoundCreatedSchema } from '../../shared/schemas/responses/invitationSchema';
import type { FieldErrorSchema, ProblemSchema } from '../../shared/schemas/responses/problemSchema';
import type { RecommendationSchema } from '../../shared/schemas/responses/recommendationSchema';
import type { RecommendedModelsSchema } from '../../shared/schemas/responses/recommendedModelsSchema';
import type { SubmissionVersionSchema } from '../../shared/schemas/responses/storedSubmissionSchema';
import type { ValidationResultSchema } from '../../shared/schemas/responses/validationResultSchema';
import type { PreviewSchema, ResponseListSchema, ResponseSchema, ReviewStateSchema } from '../../shared/schemas/resultsReviewSchema';
import type { FinalResultSchema, PublicationSchema, ResultsSnapshotSchema } from '../../shared/schemas/resultsSnapshotSchema';
import type { RoundViewSchema, ThemesResultSchema } from '../../shared/schemas/roundViewSchema';
import type { VisitDetailsSchema } from '../../shared/schemas/visitDetailsSchema';
import type { VisitQuestionsSchema } from '../../shared/schemas/visitQuestionsSchema';
import type { VisitReportImportSchema } from '../../shared/schemas/visitReportImportSchema';
import type { ReportReleaseSchema, VisitReportSchema, VisitReportWriteSchema } from '../../shared/schemas/visitReportSchema';
import type { TeamSelfAssessmentSchema } from '../../shared/schemas/visitSelfAssessmentSchema';
import type { ReportSharingSchema } from '../../shared/schemas/visitSharingSchema';
import { bodyShape } from './bodyShape';

// The body of every JSON answer the pane reads, typed by the schema the route's handler sends it with
// (functions/handlers/<operationId>.ts: okJson(XSchema, …)) and the OpenAPI document publishes.
// The schemas are imported as types only: zod stays out of the pane's bundle.

const FIELD_ERROR = bodyShape<typeof FieldErrorSchema>({ path: 'array', code: 'string', message: 'string', sheet: 'string?', cell: 'string?' });

/** Every error answer (RFC 9457); its field errors one by one, as they go to cells and lists. */
export const PROBLEM = bodyShape<typeof ProblemSchema>(
  { type: 'string', title: 'string', status: 'number', detail: 'string?', errors: 'array?', errorCount: 'number?' },
  (p) => {
    const i = (p.errors ?? []).findIndex((e) => !FIELD_ERROR.is(e));
    return i < 0 ? undefined : `errors.${i}.${FIELD_ERROR.misfit(p.errors?.[i]) ?? ''}`;
  },
);

/** The answers of apiClient's own routes. */
export const CORE_SHAPES = {
  validation: bodyShape<typeof ValidationResultSchema>({ valid: 'boolean' }),
  recommendation: bodyShape<typeof RecommendationSchema>({
    participantName: 'string', capacity: 'number', suggestedCapacity: 'number?', notes: 'array', approaches: 'array', models: 'array', stability: 'array',
  }),
  submissionVersion: bodyShape<typeof SubmissionVersionSchema>({ version: 'number', submittedAt: 'string' }),
  roundCreated: bodyShape<typeof RoundCreatedSchema>({ roundId: 'string', coordinatorKey: 'string', participants: 'array' }),
  participantsAdded: bodyShape<typeof ParticipantsAddedSchema>({ participants: 'array' }),
  coordinatorData: bodyShape<typeof CoordinatorDataSchema>({ round: 'object', participants: 'array', summary: 'object', plan: 'object|null', visits: 'array?' }),
  planWrite: bodyShape<typeof PlanWriteResultSchema>({ visits: 'array', slotCount: 'number', names: 'object', contacts: 'object', changedTeams: 'array' }),
  themes: bodyShape<typeof ThemesResultSchema>({ themes: 'array' }),
  recommendedModels: bodyShape<typeof RecommendedModelsSchema>({ participantCount: 'number', models: 'array', mostRecommended: 'array' }),
  roundView: bodyShape<typeof RoundViewSchema>({
    roundId: 'string', name: 'string', participantKind: 'string', themes: 'array', phases: 'array', audience: 'string',
    self: 'object|null', plan: 'object|null', submission: 'object|null?', participants: 'array?',
  }),
};

/** The peer-learning visit's answers (visitClient, visitFileClient). */
export const VISIT_SHAPES = {
  details: bodyShape<typeof VisitDetailsSchema>({
    hostId: 'string', dates: 'array', roles: 'array', contact: 'object|null', material: 'object', revision: 'number', updatedAt: 'string|null',
  }),
  selfAssessment: bodyShape<typeof TeamSelfAssessmentSchema>({
    hostId: 'string', version: 'number', submittedAt: 'string', participant: 'object', profile: 'object', selfAssessment: 'array',
  }),
  questions: bodyShape<typeof VisitQuestionsSchema>({
    hostId: 'string', themes: 'array', sent: 'boolean', sentAt: 'string|null', revision: 'number', updatedAt: 'string|null',
  }),
  report: bodyShape<typeof VisitReportSchema>({
    hostId: 'string', version: 'number', savedAt: 'string', savedBy: 'string', report: 'object', release: 'object|null', updatedSinceRelease: 'boolean?', sharing: 'object',
  }),
  reportWrite: bodyShape<typeof VisitReportWriteSchema>({ version: 'number', savedAt: 'string', report: 'object' }),
  release: bodyShape<typeof ReportReleaseSchema>({ version: 'number', releasedAt: 'string' }),
  sharing: bodyShape<typeof ReportSharingSchema>({ hostId: 'string', version: 'number', sharing: 'object', updatedAt: 'string|null' }),
  reportImport: bodyShape<typeof VisitReportImportSchema>({ version: 'number', savedAt: 'string', report: 'object', questions: 'object' }),
};

/** The results review's and sharing's answers (resultsClient). */
export const RESULTS_SHAPES = {
  review: bodyShape<typeof ReviewStateSchema>({ deadline: 'string', openedAt: 'string', revision: 'number' }),
  preview: bodyShape<typeof PreviewSchema>({ review: 'object', name: 'string', items: 'array', response: 'object|null' }),
  response: bodyShape<typeof ResponseSchema>({
    openedAt: 'string|null', respondedAt: 'string|null', approve: 'boolean|null', comments: 'array', lowered: 'object', participantId: 'string', name: 'string', status: 'string',
  }),
  responses: bodyShape<typeof ResponseListSchema>({ review: 'object|null', responses: 'array', publication: 'object|null' }),
  final: bodyShape<typeof FinalResultSchema>({ version: 'number', finalisedAt: 'string' }),
  snapshot: bodyShape<typeof ResultsSnapshotSchema>({ version: 'number', finalisedAt: 'string', round: 'object', summary: 'object' }),
  publication: bodyShape<typeof PublicationSchema>({ publicId: 'string', version: 'number', publishedAt: 'string', path: 'string' }),
  earlier: bodyShape<typeof EarlierRatingsSchema>({ previousRoundId: 'string', previousRoundName: 'string', submittedAt: 'string', ratings: 'array' }),
};
