import { HttpRequest, InvocationContext } from '@azure/functions';
import { recommendPost } from '../../functions/handlers/recommend-post';
import { validatePost } from '../../functions/handlers/validate-post';
import { makeSubmissionInput } from '../helpers/makeSubmission';

const context = () => new InvocationContext({ functionName: 'test', invocationId: 'test-invocation' });
const post = (route: string, body: unknown) =>
  new HttpRequest({ url: `http://localhost:7071/api/${route}`, method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body: { string: JSON.stringify(body) } });
const json = (res: { body?: unknown }) => JSON.parse(String(res.body));

/** A submission rating two default themes and the round's own theme `kiertotalous`. */
const input = makeSubmissionInput({
  selfAssessment: [
    { themeId: 'strategy-link', rating: 3, sharing: 'team' },
    { themeId: 'procurement', rating: 2, sharing: 'team' },
    { themeId: 'kiertotalous', rating: 4, sharing: 'team' },
  ],
});

describe("?themes= on POST /api/validate and /api/recommend: checked by the round's own themes", () => {
  it("without it, an own theme is unknown; with the round's ids it is valid", async () => {
    const before = await validatePost(post('validate', input), context());
    expect([before.status, json(before).errors.map((e: { path: unknown[]; code: string }) => [e.path, e.code])]).toEqual([422, [[['selfAssessment', 2, 'themeId'], 'unknown_theme']]]);
    const after = await validatePost(post('validate?themes=strategy-link,procurement,kiertotalous', input), context());
    expect([after.status, json(after)]).toEqual([200, { valid: true }]);
    const rec = await recommendPost(post('recommend?themes=strategy-link,procurement,kiertotalous', input), context());
    expect(rec.status).toBe(200);
  });

  it("a default theme the round dropped is refused when the round's ids are given", async () => {
    const res = await validatePost(post('validate?themes=strategy-link,kiertotalous', input), context());
    expect([res.status, json(res).errors.map((e: { path: unknown[]; code: string }) => [e.path, e.code])]).toEqual([422, [[['selfAssessment', 1, 'themeId'], 'unknown_theme']]]);
  });

  it.each(['', 'Strategy', 'a,,b', 'a;b', Array.from({ length: 21 }, (_, i) => `t${i}`).join(',')])('a malformed list %j is a 400 that says what it must be', async (themes) => {
    const res = await validatePost(post(`validate?themes=${encodeURIComponent(themes)}`, input), context());
    expect([res.status, json(res).detail]).toEqual([400, "The themes parameter must be the round's theme ids separated by commas (at most 20)."]);
  });
});
