import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { LangSchema } from '../../shared/i18n/langSchema';
import { ContactResultSchema, ContactUpdateSchema } from '../../shared/schemas/contactRequests';
import { NamedInterviewPlanSchema, PlanWriteResultSchema, PlanWriteSchema } from '../../shared/schemas/interviewPlanSchema';
import { AddParticipantsSchema, RoundCreateSchema, ThemesUpdateSchema } from '../../shared/schemas/roundRequests';
import { RoundViewSchema, ThemesResultSchema } from '../../shared/schemas/roundViewSchema';
import { ThemesQuerySchema } from '../../shared/schemas/themesQuery';
import { XLSX_TYPE } from '../xlsx/xlsxResponse';
import { progressPaths } from './progressPaths';
import { resultsPaths } from './resultsPaths';
import { visitPaths } from './visitPaths';
import { ParticipantIdSchema, RoundIdSchema, SubmissionSchema } from '../../shared/schemas/submissionSchema';

const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z
      .array(z.object({ path: z.array(z.union([z.string(), z.number()])), code: z.string(), message: z.string() }))
      .max(100)
      .optional()
      .meta({ description: 'Field errors, at most the first 100.' }),
    errorCount: z.number().int().optional().meta({ description: 'How many field errors there were in all; present only when `errors` holds just the first 100.' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details; `errors[].path` points into the submission.' });

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });
const json = (description: string, schema: z.ZodType = z.looseObject({})) => ({ description, content: { 'application/json': { schema } } });
const bearer = [{ bearer: [] }];
const roundPath = z.object({ roundId: RoundIdSchema });
const participantPath = z.object({ roundId: RoundIdSchema, participantId: ParticipantIdSchema });
const langQuery = z.object({ lang: LangSchema.optional() });
const checkQuery = z.object({ lang: LangSchema.optional(), themes: ThemesQuerySchema.optional() });
const Submission = SubmissionSchema.meta({ id: 'Submission' });

const writeHeaders = z.object({
  'if-match': z.string().optional(),
  'idempotency-key': z.string().regex(/^[\x21-\x7e]{1,200}$/).optional().meta({ description: 'Makes a retried write recognisable; without it the content is the key.' }),
});

const withAuth = (op: ZodOpenApiOperationObject): ZodOpenApiOperationObject => ({
  security: bearer,
  ...op,
  responses: {
    ...op.responses,
    '401': problem('No bearer token'),
    '403': problem('The token does not allow this'),
    '404': problem('No such round, or the token does not open it'),
    '503': problem('Storage unavailable; retry after Retry-After seconds'),
  },
});

const body = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const xlsxFile = z.string().meta({ format: 'binary', description: 'An .xlsx workbook' });
const xlsx = (description: string) => ({ description, content: { [XLSX_TYPE]: { schema: xlsxFile } } });
const invalid = { '400': problem('Malformed JSON'), '413': problem('Body too large'), '415': problem('Not JSON'), '422': problem('Field errors') };

/** Every route of the function app; a test checks it against the registrations. */
export const API_PATHS: ZodOpenApiPathsObject = {
  '/api/health': { get: { operationId: 'health-get', responses: { '200': json('Alive, storage reachable'), '503': problem('Storage unreachable') } } },
  '/api/catalog': { get: { operationId: 'catalog-get', requestParams: { query: langQuery }, responses: { '200': json('The catalogue in one language') } } },
  '/api/openapi.json': { get: { operationId: 'openapi-get', responses: { '200': json('This document') } } },
  '/api/validate': { post: { operationId: 'validate-post', requestParams: { query: checkQuery }, requestBody: body(Submission), responses: { '200': json('Valid'), ...invalid } } },
  '/api/recommend': { post: { operationId: 'recommend-post', requestParams: { query: checkQuery }, requestBody: body(Submission), responses: { '200': json('Ranked approaches and models with reasons'), ...invalid } } },
  '/api/rounds': {
    post: withAuth({ operationId: 'rounds-post', description: 'Bearer: the service round-creation key.', requestBody: body(RoundCreateSchema), responses: { '201': json('Round id, coordinator key and invite tokens (shown once)'), ...invalid } }),
  },
  '/api/rounds/{roundId}/participants': {
    post: withAuth({ operationId: 'participants-post', requestParams: { path: roundPath }, requestBody: body(AddParticipantsSchema), responses: { '201': json('Invite tokens (shown once)'), ...invalid } }),
  },
  '/api/rounds/{roundId}': {
    get: withAuth({ operationId: 'round-get', description: 'Round members. A participant: its own entry and place in the stored interview plan. The coordinator: every participant with its latest version and time (no bodies).', requestParams: { path: roundPath }, responses: { '200': json('The round as the caller may see it', RoundViewSchema) } }),
  },
  '/api/rounds/{roundId}/interview-plan': {
    get: withAuth({ operationId: 'interview-plan-get', description: 'Round members. 404 (with a detail saying so) before the coordinator writes the plan.', requestParams: { path: roundPath }, responses: { '200': json('The stored teams and visit order', NamedInterviewPlanSchema) } }),
    put: withAuth({
      operationId: 'interview-plan-put',
      description: 'Coordinator. `{}` writes the plan once (201), or answers 200 with the stored plan unchanged; `{ "replan": true }` plans again from scratch (200) and lists the hosts whose team changed. Participants added later get visits without moving any planned team.',
      requestParams: { path: roundPath },
      requestBody: body(PlanWriteSchema),
      responses: { '200': json('The stored plan (or the re-plan)', PlanWriteResultSchema), '201': json('The plan, written now', PlanWriteResultSchema), '409': problem('Fewer than 3 participants'), ...invalid },
    }),
  },
  '/api/rounds/{roundId}/participants/{participantId}/contact': {
    put: withAuth({
      operationId: 'contact-put',
      description: 'Bearer: that participant\'s invite token or the coordinator key. Sets the contact person for the participant\'s own visit; last write wins (a stored submission carrying `contact` sets it too). Field errors point at `contact.name`, `contact.role`, `contact.email`.',
      requestParams: { path: participantPath },
      requestBody: body(ContactUpdateSchema),
      responses: { '200': json('The contact person as stored', ContactResultSchema), ...invalid },
    }),
  },
  '/api/rounds/{roundId}/submissions': { get: withAuth({ operationId: 'submissions-get', requestParams: { path: roundPath }, responses: { '200': json('The coordinator workbook’s data: round, every participant with its latest submission (no private notes), coordinator summary, interview plan and, once the plan is stored, the visits (status and the latest report texts, coordinator only)') } }) },
  '/api/rounds/{roundId}/submissions/{participantId}': {
    put: withAuth({
      operationId: 'submission-put',
      description: 'A retry stores nothing and answers 200 with the version it made: the same Idempotency-Key among the last 10 writes (the key with another body is a 422), or without a key the same content as the latest write (with If-Match, made from the same version). Without If-Match every other write is stored as its own version; 409 only if other writes to the same participant keep winning for 20 s.',
      requestParams: { path: participantPath, header: writeHeaders },
      requestBody: body(Submission),
      responses: { '200': json('A retry of the latest version: nothing new stored; ETag header'), '201': json('New version; ETag header'), '409': problem('Other writes kept winning; retry after Retry-After'), '412': problem('If-Match is stale'), ...invalid },
    }),
    get: withAuth({ operationId: 'submission-get', requestParams: { path: participantPath, query: z.object({ version: z.string().regex(/^[1-9]\d*$/).optional() }) }, responses: { '200': json('Latest or the given version') } }),
  },
  '/api/rounds/{roundId}/submissions/{participantId}/import': {
    post: withAuth({
      operationId: 'submission-import-post',
      description: 'Bearer: the participant\'s invite token. A filled template (GET /api/template.xlsx) read and validated like the add-in\'s sheets; errors carry `sheet` and `cell`.',
      requestParams: { path: participantPath, header: writeHeaders },
      requestBody: { content: { [XLSX_TYPE]: { schema: xlsxFile } } },
      responses: { '200': json('A retry of the latest version: nothing new stored; ETag header'), '201': json('New version; ETag header'), '412': problem('If-Match is stale'), '413': problem('File too large, or over a read limit (code workbook_too_large; the message names the limit)'), '415': problem('Not an .xlsx upload'), '422': problem('Not a template, formulas without values in answer cells, or field errors naming sheet and cell'), '503': problem('Every file reader busy, or this participant’s previous import still being read; Retry-After') },
    }),
  },
  '/api/rounds/{roundId}/themes': {
    put: withAuth({
      operationId: 'themes-put',
      description: 'Bearer: the coordinator key. The round\'s themes from now on; a theme someone has answered cannot be removed (409).',
      requestParams: { path: roundPath },
      requestBody: body(ThemesUpdateSchema),
      responses: { '200': json('The round\'s themes with names in fi, sv and en', ThemesResultSchema), '409': problem('A removed theme has answers'), ...invalid },
    }),
  },
  '/api/rounds/{roundId}/template.xlsx': {
    get: withAuth({
      operationId: 'round-template-get',
      description: 'Bearer: an invite token (the participant\'s own file: instructions sheet, round code and name filled in, or its latest submission; the round\'s themes) or the coordinator key (the round\'s blank template).',
      requestParams: { path: roundPath, query: langQuery },
      responses: { '200': xlsx('The participant\'s own template for this round') },
    }),
  },
  '/api/rounds/{roundId}/workbook.xlsx': { get: withAuth({ operationId: 'workbook-get', description: 'Bearer: the coordinator key.', requestParams: { path: roundPath, query: langQuery }, responses: { '200': xlsx('The coordinator workbook') } }) },
  '/api/template.xlsx': { get: { operationId: 'template-get', requestParams: { query: langQuery }, responses: { '200': xlsx('The participant template: profile, models with formulas, self-assessment') } } },
  '/api/rounds/{roundId}/summary': { get: withAuth({ operationId: 'summary-get', requestParams: { path: roundPath }, responses: { '200': json('Combined results by audience; per theme also the interview teams’ findings from released reports at the hosts’ sharing levels (never `team`; the host’s name only where `named`)') } }) },
  '/api/rounds/{roundId}/recommended-models': { get: withAuth({ operationId: 'recommended-models-get', requestParams: { path: roundPath }, responses: { '200': json('The shared recommended-model table') } }) },
  ...visitPaths({ withAuth, json, problem, body, invalid }),
  ...resultsPaths({ withAuth, json, problem, body, invalid }),
  ...progressPaths({ withAuth, json, problem, body, invalid }),
};

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function openApiDocument(): ReturnType<typeof createDocument> {
  return createDocument({
    openapi: '3.1.0',
    info: { title: 'Ilmastoyhteistyö API', version: '0.1.0', description: 'Validate, recommend and combine climate-cooperation self-assessments of Finnish municipalities.' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths: API_PATHS,
  });
}
