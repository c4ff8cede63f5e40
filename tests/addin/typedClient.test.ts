import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type * as z from 'zod';
import { ApiError, createApiClient } from '../../addin/api/apiClient';
import type { ApiClient, CoordinatorDataBody, RecommendedModelsBody } from '../../addin/api/apiClient';
import { bodyShape } from '../../addin/api/bodyShape';
import type { VisitFileClient } from '../../addin/api/visitFileClient';
import type { CoordinatorData, SharedModelsData } from '../../shared/layouts/coordinatorSheets';
import { PlanWriteResultSchema } from '../../shared/schemas/interviewPlanSchema';
import { EarlierRatingsSchema } from '../../shared/schemas/progressSchema';
import { CoordinatorDataSchema } from '../../shared/schemas/responses/coordinatorDataSchema';
import { ParticipantsAddedSchema, RoundCreatedSchema } from '../../shared/schemas/responses/invitationSchema';
import { ProblemSchema } from '../../shared/schemas/responses/problemSchema';
import { RecommendationSchema } from '../../shared/schemas/responses/recommendationSchema';
import { RecommendedModelsSchema } from '../../shared/schemas/responses/recommendedModelsSchema';
import { SubmissionVersionSchema } from '../../shared/schemas/responses/storedSubmissionSchema';
import { ValidationResultSchema } from '../../shared/schemas/responses/validationResultSchema';
import { PreviewSchema, ResponseListSchema, ResponseSchema, ReviewStateSchema } from '../../shared/schemas/resultsReviewSchema';
import { FinalResultSchema, PublicationSchema, ResultsSnapshotSchema } from '../../shared/schemas/resultsSnapshotSchema';
import { RoundViewSchema, ThemesResultSchema } from '../../shared/schemas/roundViewSchema';
import { VisitDetailsSchema } from '../../shared/schemas/visitDetailsSchema';
import { VisitQuestionsSchema } from '../../shared/schemas/visitQuestionsSchema';
import { VisitReportImportSchema } from '../../shared/schemas/visitReportImportSchema';
import { ReportReleaseSchema, VisitReportSchema, VisitReportWriteSchema } from '../../shared/schemas/visitReportSchema';
import { TeamSelfAssessmentSchema } from '../../shared/schemas/visitSelfAssessmentSchema';
import { ReportSharingSchema } from '../../shared/schemas/visitSharingSchema';
import { problemBody, SERVER_BODIES } from './serverBodies';

// The pane's client reads every JSON answer through one reader bound to the route's schema (as a
// type, with a cheap top-level check at run time): the real shapes pass, anything else is the
// ApiError 'incompatible'. Here each route's literal answer is checked against the server's schema
// too, so the reader and the schema cannot drift apart unnoticed.

const root = path.resolve(__dirname, '../..');
type Client = ApiClient & VisitFileClient;
const REF = { roundId: 'kevat-2027-abc123', token: 'eura.T', hostId: 'aura' };
const XLSX = new Blob(['xlsx']);

/** Each method that reads a JSON answer: the schema its route's handler sends, how it is called, what it gives for `body`. */
const ROUTES: Record<keyof typeof SERVER_BODIES, { schema: z.ZodType; call: (api: Client) => Promise<unknown>; gives?: (body: Record<string, unknown>) => unknown }> = {
  validate: { schema: ValidationResultSchema, call: (api) => api.validate({}, 'fi'), gives: () => [] },
  recommend: { schema: RecommendationSchema, call: (api) => api.recommend({}, 'fi') },
  submit: { schema: SubmissionVersionSchema, call: (api) => api.submit('r', 'turku.T', {}, 'fi'), gives: (b) => ({ ...b, etag: '"v2"' }) },
  createRound: { schema: RoundCreatedSchema, call: (api) => api.createRound('K', { name: 'R', participantKind: 'municipalities', themes: [], phases: [], participants: [] }, 'fi') },
  addParticipants: { schema: ParticipantsAddedSchema, call: (api) => api.addParticipants('r', 'K', ['Pori'], 'fi'), gives: (b) => b.participants },
  coordinatorData: { schema: CoordinatorDataSchema, call: (api) => api.coordinatorData('r', 'K', 'fi') },
  interviewPlan: { schema: PlanWriteResultSchema, call: (api) => api.interviewPlan('r', 'K', 'fi') },
  updateThemes: { schema: ThemesResultSchema, call: (api) => api.updateThemes('r', 'K', { themes: [{ id: 'procurement' }] }, 'fi') },
  recommendedModels: { schema: RecommendedModelsSchema, call: (api) => api.recommendedModels('r', 'turku.T', 'fi') },
  round: { schema: RoundViewSchema, call: (api) => api.round('r', 'turku.T', 'fi') },
  importXlsx: { schema: SubmissionVersionSchema, call: (api) => api.importXlsx('r', 'turku.T', XLSX, 'fi') },
  visitDetails: { schema: VisitDetailsSchema, call: (api) => api.visitDetails(REF, 'fi'), gives: (body) => ({ body, etag: '"v2"' }) },
  putVisitDetails: {
    schema: VisitDetailsSchema, call: (api) => api.putVisitDetails(REF, { dates: ['2027-04-02'], roles: [], contact: null, material: { texts: [], links: [] } }, 'fi', '"r1"'),
    gives: (body) => ({ body, etag: '"v2"' }),
  },
  visitSelfAssessment: { schema: TeamSelfAssessmentSchema, call: (api) => api.visitSelfAssessment(REF, 'fi') },
  visitQuestions: { schema: VisitQuestionsSchema, call: (api) => api.visitQuestions(REF, 'fi') },
  putVisitQuestions: { schema: VisitQuestionsSchema, call: (api) => api.putVisitQuestions(REF, { themes: [], sent: false }, 'fi') },
  visitReport: { schema: VisitReportSchema, call: (api) => api.visitReport(REF, 'fi'), gives: (body) => ({ body, etag: '"v2"' }) },
  putVisitReport: { schema: VisitReportWriteSchema, call: (api) => api.putVisitReport(REF, { themes: [], summary: '', feedbackNotes: '' }, 'fi'), gives: (body) => ({ body, etag: '"v2"' }) },
  releaseVisitReport: { schema: ReportReleaseSchema, call: (api) => api.releaseVisitReport(REF, 'fi') },
  putReportSharing: { schema: ReportSharingSchema, call: (api) => api.putReportSharing(REF, { items: {} }, 'fi') },
  importVisitReport: { schema: VisitReportImportSchema, call: (api) => api.importVisitReport(REF, XLSX, 'fi') },
  openReview: { schema: ReviewStateSchema, call: (api) => api.openReview('r', 'K', '2027-03-20', 'fi') },
  resultsPreview: { schema: PreviewSchema, call: (api) => api.resultsPreview('r', 'turku.T', 'fi') },
  putResultsResponse: { schema: ResponseSchema, call: (api) => api.putResultsResponse('r', 'turku.T', { approve: true, comments: [], lower: [] }, 'fi') },
  resultsResponses: { schema: ResponseListSchema, call: (api) => api.resultsResponses('r', 'K', 'fi') },
  finaliseResults: { schema: FinalResultSchema, call: (api) => api.finaliseResults('r', 'K', 'fi') },
  finalResults: { schema: ResultsSnapshotSchema, call: (api) => api.finalResults('r', 'K', 'fi') },
  publishResults: {
    schema: PublicationSchema, call: (api) => api.publishResults('r', 'K', 'fi'),
    gives: (b) => ({ ...b, pageUrl: 'http://api.test/api/public/results/Abc.html', xlsxUrl: 'http://api.test/api/public/results/Abc.xlsx' }),
  },
  earlierRatings: { schema: EarlierRatingsSchema, call: (api) => api.earlierRatings('r', 'turku.T', 'fi') },
};
const NAMES = Object.keys(ROUTES) as (keyof typeof ROUTES)[];

/** A client whose every request is answered with `status` and `text` (and ETag "v2"). */
const clientAnswering = (status: number, text: string) =>
  createApiClient('http://api.test/api', async () => new Response(text, { status, headers: { 'content-type': 'application/json', etag: '"v2"' } }));
const answering = (status: number, body: unknown) => clientAnswering(status, JSON.stringify(body));
function bodyOf(name: keyof typeof ROUTES): Record<string, unknown> {
  const body: unknown = SERVER_BODIES[name];
  if (typeof body !== 'object' || body === null) throw new Error(`${name}: no object`);
  return Object.fromEntries(Object.entries(body));
}

/** The kind and status of the call's failure, or 'ok' with what it gave. */
async function outcome(call: Promise<unknown>): Promise<unknown> {
  return call.then((v) => ['ok', v], (e: unknown) => (e instanceof ApiError ? [e.kind, e.status] : ['thrown', String(e)]));
}

/** A value of another JSON kind than `v`'s (null for none becomes a number). */
const otherKind = (v: unknown): unknown =>
  v === null ? 42 : Array.isArray(v) ? {} : typeof v === 'object' ? [] : typeof v === 'string' ? 42 : typeof v === 'number' ? '42' : 'yes';

describe('the typed client: every answer read through its route’s schema', () => {
  it('covers every method of the client that reads JSON', () => {
    const files = ['workbookXlsx', 'roundTemplate', 'visitReportForm', 'withdrawResults'];
    expect(Object.keys(createApiClient('http://api.test/api')).filter((k) => !files.includes(k)).sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('%s: the answer the server sends is valid by its schema and comes back as it is', async (name) => {
    const route = ROUTES[name];
    const body = bodyOf(name);
    expect(route.schema.safeParse(body).error).toBeUndefined();
    expect(await outcome(route.call(answering(name === 'submit' || name === 'createRound' ? 201 : 200, body)))).toEqual(['ok', route.gives ? route.gives(body) : body]);
  });

  it.each(NAMES)('%s: a key missing or of another kind is the ApiError "incompatible" exactly where the schema refuses it', async (name) => {
    const route = ROUTES[name];
    const body = bodyOf(name);
    const verdicts: [string, boolean, unknown][] = [];
    for (const key of Object.keys(body)) {
      const { [key]: _dropped, ...without } = body;
      const changed = { ...body, [key]: otherKind(body[key]) };
      for (const [label, variant] of [[`-${key}`, without], [`~${key}`, changed]] as const) {
        const schemaTakes = route.schema.safeParse(variant).success;
        const got = await outcome(route.call(answering(200, variant)));
        verdicts.push([label, schemaTakes, schemaTakes ? 'ok' : got]);
        if (schemaTakes) expect([label, (got as unknown[])[0]]).toEqual([label, 'ok']);
      }
    }
    expect(verdicts.filter(([, takes]) => !takes).map(([label, , got]) => [label, got])).toEqual(verdicts.filter(([, takes]) => !takes).map(([label]) => [label, ['incompatible', 200]]));
  });

  it.each(NAMES)('%s: a body that is no JSON object (a proxy’s page, a list, null) is "incompatible"', async (name) => {
    const call = ROUTES[name].call;
    expect([
      await outcome(call(clientAnswering(200, '<html>Gateway</html>'))),
      await outcome(call(answering(200, []))),
      await outcome(call(answering(200, null))),
    ]).toEqual([['incompatible', 200], ['incompatible', 200], ['incompatible', 200]]);
  });

  it('says in its message where the answer did not fit, never what zod would', async () => {
    const { participants: _p, ...rest } = SERVER_BODIES.coordinatorData;
    const err = await answering(200, rest).coordinatorData('r', 'K', 'fi').catch((e: unknown) => e);
    expect([err instanceof ApiError, err instanceof ApiError && err.kind, err instanceof Error && err.message]).toEqual([true, 'incompatible', 'answer 200 does not fit at «participants»']);
  });

  it('reads a 422 and the other error answers as problems: field errors at their paths, the detail as the message', async () => {
    const errors = [{ path: ['profile', 'capacity'], code: 'out_of_range', message: 'Kapasiteetti on 1–3.', sheet: 'Profiili', cell: 'B11' }];
    const invalid = problemBody(422, 'Tiedoissa on virheitä', { errors });
    const conflict = problemBody(409, 'Ristiriita', { detail: 'Teemaa «Hankinnat» ei voi poistaa.' });
    expect([ProblemSchema.safeParse(invalid).success, ProblemSchema.safeParse(conflict).success]).toEqual([true, true]);
    const fail = (p: Promise<unknown>) => p.then(() => undefined, (e: ApiError) => [e.kind, e.status, e.errors, e.message]);
    expect([
      await fail(answering(422, invalid).submit('r', 'turku.T', {}, 'fi')),
      await answering(422, invalid).validate({}, 'fi'),
      await fail(answering(409, conflict).updateThemes('r', 'K', { themes: [] }, 'fi')),
      // Not a problem: the status still says what happened, with nothing invented.
      await fail(clientAnswering(503, '<html>Busy</html>').round('r', 'turku.T', 'fi')),
      await fail(answering(412, { detail: 'no type, title or status' }).putVisitReport(REF, { themes: [], summary: '', feedbackNotes: '' }, 'fi')),
      // A 422 whose body is no problem, or whose errors are not field errors, cannot be shown at cells.
      await fail(answering(422, { errors }).submit('r', 'turku.T', {}, 'fi')),
      await fail(answering(422, problemBody(422, 'Virheitä', { errors: [{ path: 'profile.capacity', code: 'out_of_range', message: 'x' }] })).submit('r', 'turku.T', {}, 'fi')),
    ]).toEqual([
      ['invalid', 422, errors, 'invalid'],
      errors,
      ['invalid', 409, [], 'Teemaa «Hankinnat» ei voi poistaa.'],
      ['unavailable', 503, [], '503'],
      ['stale', 412, [], '412'],
      ['incompatible', 422, [], 'answer 422 does not fit at «type»'],
      ['incompatible', 422, [], 'answer 422 does not fit at «errors.0.path»'],
    ]);
  });

  it('binds each shape to its schema at compile time: a key missing, extra, of another kind or not marked optional fails tsc', () => {
    const shape = bodyShape<typeof SubmissionVersionSchema>({ version: 'number', submittedAt: 'string' });
    // @ts-expect-error a key of the schema is missing
    bodyShape<typeof SubmissionVersionSchema>({ version: 'number' });
    // @ts-expect-error a key the schema does not have
    bodyShape<typeof SubmissionVersionSchema>({ version: 'number', submittedAt: 'string', etag: 'string' });
    // @ts-expect-error the kind differs from the schema's
    bodyShape<typeof SubmissionVersionSchema>({ version: 'string', submittedAt: 'string' });
    // @ts-expect-error `submission` may be absent (and null) in RoundView
    bodyShape<typeof RoundViewSchema>({ roundId: 'string', name: 'string', participantKind: 'string', themes: 'array', phases: 'array', audience: 'string', self: 'object|null', plan: 'object|null', submission: 'object', participants: 'array?' });
    expect([shape.is({ version: 1, submittedAt: 'x' }), shape.is({ version: '1', submittedAt: 'x' }), shape.misfit({ version: 1 })]).toEqual([true, false, 'submittedAt']);
  });

  it('gives the components the schemas’ types: the coordinator’s data and the shared models go to the sheets as the schemas describe them', () => {
    // Compile-time: the client's types are the schemas' outputs, and those fit where the sheets take them.
    const toSheets = (d: CoordinatorDataBody, m: RecommendedModelsBody): [CoordinatorData, SharedModelsData] => [d, m];
    const body = SERVER_BODIES.recommendedModels;
    expect(toSheets(CoordinatorDataSchema.parse(SERVER_BODIES.coordinatorData), RecommendedModelsSchema.parse(body))[1]).toEqual({ participantCount: 1, models: [], mostRecommended: [] });
  });
});

describe('no cast on an answer in the pane’s client or the upload page', () => {
  const sources = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
    );
  /** The code without comments, string literals and import/export lines (where `as` renames). */
  const code = (file: string) =>
    readFileSync(path.join(root, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''")
      .replace(/^\s*import\s[^;]*;/gm, '')
      .replace(/^\s*export\s+(type\s+)?\{[^}]*\}[^;]*;/gm, '');

  it('addin/api and addin/upload use `as` only as `as const`', () => {
    const files = [...sources('addin/api'), ...sources('addin/upload')];
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((f) => (code(f).match(/\bas\s+(?!const\b)[\w{[(<]/g) ?? []).map((m) => `${f}: ${m}`))).toEqual([]);
  });

  it('nowhere in addin/ is a response’s JSON cast, and only readJson.ts calls .json()', () => {
    const files = sources('addin');
    expect(files.filter((f) => /json\(\)\)?\s+as\b|\(b\)\s*=>\s*b\s+as\b|\bas never\b/.test(code(f)))).toEqual([]);
    expect(files.filter((f) => /\.json\(\)/.test(code(f)))).toEqual(['addin/api/readJson.ts']);
  });
});
