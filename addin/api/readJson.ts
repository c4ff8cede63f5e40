import type { LocalizedFieldIssue } from '../../shared/schemas/fieldIssue';
import type { ProblemBody } from '../../shared/schemas/responses/problemSchema';
import { ApiError } from './apiError';
import type { BodyShape } from './bodyShape';
import { PROBLEM } from './responseShapes';

/** The ApiError of an answer this pane does not understand; `where` is the first key that did not fit ('' the body itself). */
const incompatible = (status: number, where: string) => new ApiError('incompatible', status, [], `answer ${status} does not fit at «${where || 'body'}»`);

/** The JSON body, or undefined when the answer holds none (an empty body, a proxy's page). */
const jsonOf = async (res: Response): Promise<unknown> => res.json().then((body: unknown) => body, () => undefined);

/**
 * The one way the pane reads an answer: its JSON body as `shape` (the route's schema) describes
 * it. A body that is not JSON, or misses a key or has one of the wrong kind, is the ApiError
 * 'incompatible' (the pane then asks to reload the add-in), never a value of the wrong type.
 */
export async function readJson<T>(res: Response, shape: BodyShape<T>): Promise<T> {
  const body = await jsonOf(res);
  if (shape.is(body)) return body;
  throw incompatible(res.status, shape.misfit(body) ?? '');
}

/** The problem of an error answer, or undefined when its body is none (the status alone then says what went wrong). */
export async function readProblem(res: Response): Promise<ProblemBody | undefined> {
  const body = await jsonOf(res);
  return PROBLEM.is(body) ? body : undefined;
}

/** A 422's field errors (a 422 whose body is no problem is 'incompatible'). */
export async function fieldErrors(res: Response): Promise<LocalizedFieldIssue[]> {
  return (await readJson(res, PROBLEM)).errors ?? [];
}

/** A 2xx answer's body as `shape`; a 422 is thrown as the ApiError 'invalid' with its field errors. */
export async function readBody<T>(res: Response, shape: BodyShape<T>): Promise<T> {
  if (res.status === 422) throw new ApiError('invalid', 422, await fieldErrors(res));
  return readJson(res, shape);
}
