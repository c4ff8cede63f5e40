import * as z from 'zod';
import { createDocument, type ZodOpenApiPathsObject } from 'zod-openapi';
import { ContactResultSchema, ContactUpdateSchema } from '../../shared/schemas/contactRequests';
import { NamedInterviewPlanSchema, PlanWriteResultSchema, PlanWriteSchema } from '../../shared/schemas/interviewPlanSchema';
import { LocalizedCatalogSchema } from '../../shared/schemas/responses/catalogResponseSchema';
import { CoordinatorDataSchema } from '../../shared/schemas/responses/coordinatorDataSchema';
import { HealthSchema } from '../../shared/schemas/responses/healthSchema';
import { ParticipantsAddedSchema, RoundCreatedSchema } from '../../shared/schemas/responses/invitationSchema';
import { OpenApiDocumentSchema } from '../../shared/schemas/responses/openApiDocumentSchema';
import { RecommendationSchema } from '../../shared/schemas/responses/recommendationSchema';
import { RecommendedModelsSchema } from '../../shared/schemas/responses/recommendedModelsSchema';
import { RoundSummarySchema } from '../../shared/schemas/responses/roundSummarySchema';
import { StoredSubmissionSchema, SubmissionComponentSchema, SubmissionVersionSchema } from '../../shared/schemas/responses/storedSubmissionSchema';
import { ValidationResultSchema } from '../../shared/schemas/responses/validationResultSchema';
import { AddParticipantsSchema, RoundCreateSchema, ThemesUpdateSchema } from '../../shared/schemas/roundRequests';
import { RoundViewSchema, ThemesResultSchema } from '../../shared/schemas/roundViewSchema';
import { ThemesQuerySchema } from '../../shared/schemas/themesQuery';
import { conflict, HEADERS, invalid, json, jsonBody, langQuery, participantPath, planRace, problem, publicOp, RACE, roundPath, unavailable, withAuth, writeHeaders, xlsx, xlsxBody } from './openApiParts';
import { progressPaths } from './progressPaths';
import { resultsPaths } from './resultsPaths';
import { visitPaths } from './visitPaths';

const checkQuery = z.object({ lang: langQuery.shape.lang, themes: ThemesQuerySchema.optional() });
const written = { ETag: HEADERS.etag, Location: HEADERS.location };
const submissionWrites = { '200': json('A retry of the latest version: nothing new stored', SubmissionVersionSchema, written), '201': json('A new version', SubmissionVersionSchema, written) };
const RETRY_NOTE = 'A retry stores nothing and answers 200 with the version it made: the same Idempotency-Key among the last 10 writes (the key with another body is a 422), or without a key the same content as the latest write (with If-Match, made from the same version).';

/** Every route of the function app; a test checks it against the registrations. */
export const API_PATHS: ZodOpenApiPathsObject = {
  '/api/health': { get: publicOp({ operationId: 'health-get', summary: 'Liveness and storage check', tags: ['Service'], responses: { '200': json('Alive, storage reachable', HealthSchema, { 'Cache-Control': HEADERS.cacheControl }), ...unavailable('Storage unreachable') } }) },
  '/api/openapi.json': { get: publicOp({ operationId: 'openapi-get', summary: 'This document', tags: ['Service'], responses: { '200': json('The OpenAPI 3.1 document', OpenApiDocumentSchema, { 'Cache-Control': HEADERS.cacheControl }) } }) },
  '/api/catalog': { get: publicOp({ operationId: 'catalog-get', summary: 'The national catalogue in one language', tags: ['Checks'], requestParams: { query: langQuery }, responses: { '200': json('Models, categories, goals, approaches, themes and phases', LocalizedCatalogSchema, { 'Content-Language': HEADERS.contentLanguage, 'Cache-Control': HEADERS.cacheControl }) } }) },
  '/api/validate': { post: publicOp({ operationId: 'validate-post', summary: 'Check a submission', description: 'Nothing is stored. `?themes=` judges the self-assessment by a round’s themes.', tags: ['Checks'], requestParams: { query: checkQuery }, requestBody: jsonBody(SubmissionComponentSchema), responses: { '200': json('Valid', ValidationResultSchema), ...invalid('Malformed JSON, or a malformed `themes` list') } }) },
  '/api/recommend': { post: publicOp({ operationId: 'recommend-post', summary: 'Recommend approaches and models', description: 'Nothing is stored.', tags: ['Checks'], requestParams: { query: checkQuery }, requestBody: jsonBody(SubmissionComponentSchema), responses: { '200': json('Ranked approaches and models with reasons', RecommendationSchema, { 'Content-Language': HEADERS.contentLanguage }), ...invalid('Malformed JSON, or a malformed `themes` list') } }) },
  '/api/template.xlsx': { get: publicOp({ operationId: 'template-get', summary: 'The blank participant template', tags: ['Checks'], requestParams: { query: langQuery }, responses: { '200': xlsx('The participant template: profile, models with formulas, self-assessment', { 'Content-Language': HEADERS.contentLanguage }) } }) },
  '/api/rounds': {
    post: withAuth({
      operationId: 'rounds-post', summary: 'Create a round', tags: ['Rounds'], description: 'Bearer: the service round-creation key.', requestBody: jsonBody(RoundCreateSchema),
      responses: { '201': json('Round id, coordinator key and invite tokens (shown once)', RoundCreatedSchema, { Location: HEADERS.location }), ...invalid(), ...conflict('The new round id was taken at the same moment (rare; Retry-After)') },
    }, { forbidden: false, notFound: false, unauthorized: 'No bearer token, or not the round-creation key' }),
  },
  '/api/rounds/{roundId}': {
    get: withAuth({ operationId: 'round-get', summary: 'The round as the caller may see it', tags: ['Rounds'], description: 'Round members. A participant: its own entry and place in the stored interview plan. The coordinator: every participant with its latest version and time (no bodies).', requestParams: { path: roundPath }, responses: { '200': json('The round', RoundViewSchema), ...planRace } }, { forbidden: false }),
  },
  '/api/rounds/{roundId}/participants': {
    post: withAuth({ operationId: 'participants-post', summary: 'Add participants', tags: ['Rounds'], description: 'Coordinator. Participants get visits in a stored interview plan without moving any planned team.', requestParams: { path: roundPath }, requestBody: jsonBody(AddParticipantsSchema), responses: { '201': json('Invite tokens (shown once)', ParticipantsAddedSchema), ...invalid(), ...conflict('Other additions kept taking the same ids for 20 s (Retry-After)') } }),
  },
  '/api/rounds/{roundId}/themes': {
    put: withAuth({ operationId: 'themes-put', summary: 'Set the round’s themes', tags: ['Rounds'], description: 'Coordinator. A theme someone has answered cannot be removed (409).', requestParams: { path: roundPath }, requestBody: jsonBody(ThemesUpdateSchema), responses: { '200': json('The round’s themes with names in fi, sv and en', ThemesResultSchema), ...invalid(), ...conflict('A removed theme has answers (the detail names it and who answered)') } }),
  },
  '/api/rounds/{roundId}/interview-plan': {
    get: withAuth({ operationId: 'interview-plan-get', summary: 'The stored interview plan', tags: ['Rounds'], description: 'Round members.', requestParams: { path: roundPath }, responses: { '200': json('The stored teams and visit order', NamedInterviewPlanSchema), '404': problem('No such round, the token does not open it, or no plan yet (the detail says so)'), ...planRace } }, { forbidden: false }),
    put: withAuth({
      operationId: 'interview-plan-put', summary: 'Write or re-plan the interview plan', tags: ['Rounds'],
      description: 'Coordinator. `{}` writes the plan once (201), or answers 200 with the stored plan unchanged; `{ "replan": true }` plans again from scratch (200) and lists the hosts whose team changed.',
      requestParams: { path: roundPath }, requestBody: jsonBody(PlanWriteSchema),
      responses: { '200': json('The stored plan (or the re-plan)', PlanWriteResultSchema), '201': json('The plan, written now', PlanWriteResultSchema), ...invalid(), ...planRace, ...conflict('Fewer than 3 participants (`too_few_participants`), or other plan writes kept winning (Retry-After)') },
    }),
  },
  '/api/rounds/{roundId}/participants/{participantId}/contact': {
    put: withAuth({ operationId: 'contact-put', summary: 'Set a participant’s contact person', tags: ['Rounds'], description: 'That participant or the coordinator; last write wins (a stored submission carrying `contact` sets it too). Field errors point at `contact.name`, `contact.role`, `contact.email`.', requestParams: { path: participantPath }, requestBody: jsonBody(ContactUpdateSchema), responses: { '200': json('The contact person as stored', ContactResultSchema), ...invalid() } }),
  },
  '/api/rounds/{roundId}/template.xlsx': {
    get: withAuth({ operationId: 'round-template-get', summary: 'The caller’s template for this round', tags: ['Rounds'], description: 'An invite token: the participant’s own file (instructions, round code and name, or its latest submission; the round’s themes; earlier ratings when linked). The coordinator key: the round’s blank template.', requestParams: { path: roundPath, query: langQuery }, responses: { '200': xlsx('The template') } }, { forbidden: false }),
  },
  '/api/rounds/{roundId}/summary': { get: withAuth({ operationId: 'summary-get', summary: 'Combined results', tags: ['Rounds'], description: 'The coordinator’s view counts every rating, members’ only shared ones; per theme also the interview teams’ findings from released reports at the hosts’ sharing levels (never `team`; the host’s name only where `named`).', requestParams: { path: roundPath }, responses: { '200': json('Combined results by audience', RoundSummarySchema) } }, { forbidden: false }) },
  '/api/rounds/{roundId}/recommended-models': { get: withAuth({ operationId: 'recommended-models-get', summary: 'The shared recommended-model table', tags: ['Rounds'], requestParams: { path: roundPath }, responses: { '200': json('Members’ view of the round’s models and the most recommended ones', RecommendedModelsSchema) } }, { forbidden: false }) },
  '/api/rounds/{roundId}/submissions': { get: withAuth({ operationId: 'submissions-get', summary: 'The coordinator workbook’s data', tags: ['Coordinator'], description: 'Coordinator.', requestParams: { path: roundPath }, responses: { '200': json('Round, every participant with its latest submission (no private notes), summary, interview plan and, once stored, the visits', CoordinatorDataSchema), ...planRace } }) },
  '/api/rounds/{roundId}/workbook.xlsx': { get: withAuth({ operationId: 'workbook-get', summary: 'The coordinator workbook as a file', tags: ['Coordinator'], description: 'Coordinator.', requestParams: { path: roundPath, query: langQuery }, responses: { '200': xlsx('The coordinator workbook'), ...planRace } }) },
  '/api/rounds/{roundId}/submissions/{participantId}': {
    put: withAuth({
      operationId: 'submission-put', summary: 'Store a submission version', tags: ['Submissions'],
      description: `That participant. ${RETRY_NOTE} Without If-Match every other write is stored as its own version.`,
      requestParams: { path: participantPath, header: writeHeaders }, requestBody: jsonBody(SubmissionComponentSchema),
      responses: { ...submissionWrites, ...invalid('Malformed JSON, or a malformed Idempotency-Key'), ...conflict(RACE), '412': problem('If-Match is stale') },
    }),
    get: withAuth({ operationId: 'submission-get', summary: 'A stored submission version', tags: ['Submissions'], description: 'That participant or the coordinator (without private notes).', requestParams: { path: participantPath, query: z.object({ version: z.string().regex(/^[1-9]\d*$/).optional() }) }, responses: { '200': json('The latest or the given version', StoredSubmissionSchema, { ETag: HEADERS.etag }) } }),
  },
  '/api/rounds/{roundId}/submissions/{participantId}/import': {
    post: withAuth({
      operationId: 'submission-import-post', summary: 'Import a filled template', tags: ['Submissions'],
      description: `That participant. A filled template read and validated like the add-in’s sheets; errors carry \`sheet\` and \`cell\`. ${RETRY_NOTE}`,
      requestParams: { path: participantPath, header: writeHeaders }, requestBody: xlsxBody('A filled template (GET …/template.xlsx).'),
      responses: {
        ...submissionWrites, '400': problem('A malformed Idempotency-Key'), ...conflict(RACE), '412': problem('If-Match is stale'),
        '413': problem('File too large, or over a read limit (code `workbook_too_large`; the message names the limit)'), '415': problem('Not an .xlsx upload'),
        '422': problem('Not a template, formulas without values in answer cells, or field errors naming sheet and cell'),
        ...unavailable('Every file reader busy, this participant’s previous import still being read, or storage unavailable'),
      },
    }),
  },
  ...visitPaths(),
  ...resultsPaths(),
  ...progressPaths(),
};

const TAGS = [
  { name: 'Service', description: 'Health and this document.' },
  { name: 'Checks', description: 'Public: the catalogue, the blank template, checking and recommending without storing anything.' },
  { name: 'Rounds', description: 'A peer-learning round: creation, participants, themes, the interview plan and the combined results.' },
  { name: 'Submissions', description: 'A participant’s versions of its self-assessment.' },
  { name: 'Coordinator', description: 'The coordinator’s workbook and the link to an earlier round.' },
  { name: 'Visits', description: 'The peer-learning visit: details, questions, the feedback report and its sharing.' },
  { name: 'Results', description: 'The results review, the final versions and their publication.' },
  { name: 'Public', description: 'Published results, no login.' },
];

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests and type the answers. */
export function openApiDocument(): ReturnType<typeof createDocument> {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Ilmastoyhteistyö API',
      version: '0.1.0',
      license: { name: 'UNLICENSED' },
      description: 'Validate, recommend and combine climate-cooperation self-assessments of Finnish municipalities. Every answer carries `X-Content-Type-Options: nosniff` and `Referrer-Policy: no-referrer`; another method on a known path is a 405 with `Allow` (see components.responses.MethodNotAllowed).',
    },
    servers: [{ url: '/', description: 'The function app itself (paths start with /api)' }],
    tags: TAGS,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: '`coordinator.<secret>`, `<participantId>.<secret>`, or the service round-creation key for POST /api/rounds.' } },
      responses: { MethodNotAllowed: problem('Another method on a known path', { Allow: HEADERS.allow }) },
    },
    paths: API_PATHS,
  });
}
