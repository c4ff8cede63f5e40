import type { HttpHandler } from '@azure/functions';
import { MAX_XLSX_BYTES } from './http/bodyLimits';
import type { RouteSpec } from './http/registerRoute';

/** One HTTP function of the app: what the host registers (RouteSpec), and how to load its handler. */
export interface AppRoute extends Omit<RouteSpec, 'handler'> {
  /** The function's name, also its file under `handlers/`. */
  name: string;
  /** The handler's module, imported on the route's first request (lazyHandler). */
  load: () => Promise<HttpHandler>;
}

/**
 * Every HTTP function of the app. Registration needs only these facts, so start-up loads none of the
 * handlers: each route's code (storage, ExcelJS, the catalogue, …) is loaded with its first request,
 * and a request loads only what its own route uses (cold start, `npm run bench`).
 */
export const ROUTES: readonly AppRoute[] = [
  { name: 'catalog-get', methods: ['GET'], route: 'catalog', load: async () => (await import('./handlers/catalog-get.js')).catalogGet },
  { name: 'contact-put', methods: ['PUT'], route: 'rounds/{roundId}/participants/{participantId}/contact', load: async () => (await import('./handlers/contact-put.js')).contactPut },
  { name: 'earlier-submission-get', methods: ['GET'], route: 'rounds/{roundId}/submissions/{participantId}/earlier', load: async () => (await import('./handlers/earlier-submission-get.js')).earlierSubmissionGet },
  { name: 'health-get', methods: ['GET'], route: 'health', load: async () => (await import('./handlers/health-get.js')).healthGet },
  { name: 'interview-plan-get', methods: ['GET'], route: 'rounds/{roundId}/interview-plan', load: async () => (await import('./handlers/interview-plan-get.js')).interviewPlanGet },
  { name: 'interview-plan-put', methods: ['PUT'], route: 'rounds/{roundId}/interview-plan', load: async () => (await import('./handlers/interview-plan-put.js')).interviewPlanPut },
  { name: 'openapi-get', methods: ['GET'], route: 'openapi.json', load: async () => (await import('./handlers/openapi-get.js')).openapiGet },
  { name: 'participants-post', methods: ['POST'], route: 'rounds/{roundId}/participants', load: async () => (await import('./handlers/participants-post.js')).participantsPost },
  { name: 'previous-round-get', methods: ['GET'], route: 'rounds/{roundId}/previous', load: async () => (await import('./handlers/previous-round-get.js')).previousRoundGet },
  { name: 'previous-round-put', methods: ['PUT'], route: 'rounds/{roundId}/previous', load: async () => (await import('./handlers/previous-round-put.js')).previousRoundPut },
  { name: 'public-results-get', methods: ['GET'], route: 'public/results/{publicId}', load: async () => (await import('./handlers/public-results-get.js')).publicResultsGet },
  { name: 'publication-delete', methods: ['DELETE'], route: 'rounds/{roundId}/publication', load: async () => (await import('./handlers/publication-delete.js')).publicationDelete },
  { name: 'publication-post', methods: ['POST'], route: 'rounds/{roundId}/publication', load: async () => (await import('./handlers/publication-post.js')).publicationPost },
  { name: 'recommend-post', methods: ['POST'], route: 'recommend', load: async () => (await import('./handlers/recommend-post.js')).recommendPost },
  { name: 'recommended-models-get', methods: ['GET'], route: 'rounds/{roundId}/recommended-models', load: async () => (await import('./handlers/recommended-models-get.js')).recommendedModelsGet },
  { name: 'results-final-post', methods: ['POST'], route: 'rounds/{roundId}/results/final', load: async () => (await import('./handlers/results-final-post.js')).resultsFinalPost },
  { name: 'results-get', methods: ['GET'], route: 'rounds/{roundId}/results', load: async () => (await import('./handlers/results-get.js')).resultsGet },
  { name: 'results-preview-get', methods: ['GET'], route: 'rounds/{roundId}/results/preview', load: async () => (await import('./handlers/results-preview-get.js')).resultsPreviewGet },
  { name: 'results-response-put', methods: ['PUT'], route: 'rounds/{roundId}/results/responses/{participantId}', load: async () => (await import('./handlers/results-response-put.js')).resultsResponsePut },
  { name: 'results-responses-get', methods: ['GET'], route: 'rounds/{roundId}/results/responses', load: async () => (await import('./handlers/results-responses-get.js')).resultsResponsesGet },
  { name: 'results-review-post', methods: ['POST'], route: 'rounds/{roundId}/results/review', load: async () => (await import('./handlers/results-review-post.js')).resultsReviewPost },
  { name: 'round-get', methods: ['GET'], route: 'rounds/{roundId}', load: async () => (await import('./handlers/round-get.js')).roundGet },
  { name: 'round-template-get', methods: ['GET'], route: 'rounds/{roundId}/template.xlsx', load: async () => (await import('./handlers/round-template-get.js')).roundTemplateGet },
  { name: 'rounds-post', methods: ['POST'], route: 'rounds', load: async () => (await import('./handlers/rounds-post.js')).roundsPost },
  { name: 'submission-get', methods: ['GET'], route: 'rounds/{roundId}/submissions/{participantId}', load: async () => (await import('./handlers/submission-get.js')).submissionGet },
  { name: 'submission-import-post', methods: ['POST'], route: 'rounds/{roundId}/submissions/{participantId}/import', maxBodyBytes: MAX_XLSX_BYTES, load: async () => (await import('./handlers/submission-import-post.js')).submissionImportPost },
  { name: 'submission-put', methods: ['PUT'], route: 'rounds/{roundId}/submissions/{participantId}', load: async () => (await import('./handlers/submission-put.js')).submissionPut },
  { name: 'submissions-get', methods: ['GET'], route: 'rounds/{roundId}/submissions', load: async () => (await import('./handlers/submissions-get.js')).submissionsGet },
  { name: 'summary-get', methods: ['GET'], route: 'rounds/{roundId}/summary', load: async () => (await import('./handlers/summary-get.js')).summaryGet },
  { name: 'template-get', methods: ['GET'], route: 'template.xlsx', load: async () => (await import('./handlers/template-get.js')).templateGet },
  { name: 'themes-put', methods: ['PUT'], route: 'rounds/{roundId}/themes', load: async () => (await import('./handlers/themes-put.js')).themesPut },
  { name: 'validate-post', methods: ['POST'], route: 'validate', load: async () => (await import('./handlers/validate-post.js')).validatePost },
  { name: 'visit-get', methods: ['GET'], route: 'rounds/{roundId}/visits/{hostId}', load: async () => (await import('./handlers/visit-get.js')).visitGet },
  { name: 'visit-put', methods: ['PUT'], route: 'rounds/{roundId}/visits/{hostId}', load: async () => (await import('./handlers/visit-put.js')).visitPut },
  { name: 'visit-questions-get', methods: ['GET'], route: 'rounds/{roundId}/visits/{hostId}/questions', load: async () => (await import('./handlers/visit-questions-get.js')).visitQuestionsGet },
  { name: 'visit-questions-put', methods: ['PUT'], route: 'rounds/{roundId}/visits/{hostId}/questions', load: async () => (await import('./handlers/visit-questions-put.js')).visitQuestionsPut },
  { name: 'visit-report-form-get', methods: ['GET'], route: 'rounds/{roundId}/visits/{hostId}/report.xlsx', load: async () => (await import('./handlers/visit-report-form-get.js')).visitReportFormGet },
  { name: 'visit-report-get', methods: ['GET'], route: 'rounds/{roundId}/visits/{hostId}/report', load: async () => (await import('./handlers/visit-report-get.js')).visitReportGet },
  { name: 'visit-report-import-post', methods: ['POST'], route: 'rounds/{roundId}/visits/{hostId}/report/import', maxBodyBytes: MAX_XLSX_BYTES, load: async () => (await import('./handlers/visit-report-import-post.js')).visitReportImportPost },
  { name: 'visit-report-put', methods: ['PUT'], route: 'rounds/{roundId}/visits/{hostId}/report', load: async () => (await import('./handlers/visit-report-put.js')).visitReportPut },
  { name: 'visit-report-release-post', methods: ['POST'], route: 'rounds/{roundId}/visits/{hostId}/report/release', load: async () => (await import('./handlers/visit-report-release-post.js')).visitReportReleasePost },
  { name: 'visit-report-sharing-put', methods: ['PUT'], route: 'rounds/{roundId}/visits/{hostId}/report/sharing', load: async () => (await import('./handlers/visit-report-sharing-put.js')).visitReportSharingPut },
  { name: 'visit-self-assessment-get', methods: ['GET'], route: 'rounds/{roundId}/visits/{hostId}/self-assessment', load: async () => (await import('./handlers/visit-self-assessment-get.js')).visitSelfAssessmentGet },
  { name: 'visits-get', methods: ['GET'], route: 'rounds/{roundId}/visits', load: async () => (await import('./handlers/visits-get.js')).visitsGet },
  { name: 'workbook-get', methods: ['GET'], route: 'rounds/{roundId}/workbook.xlsx', load: async () => (await import('./handlers/workbook-get.js')).workbookGet },
];
