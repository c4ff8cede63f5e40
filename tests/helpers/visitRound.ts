import { startAzurite, type Azurite } from '../../scripts/dev/azurite';
import { startApiProcess } from './startApiProcess';

/** A running API on Azurite and a way to call it, for the visit tests. */
export interface VisitApi {
  call: (method: string, route: string, token: string | undefined, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; headers: Headers; body: ReturnType<typeof JSON.parse>; text: string }>;
  /** The API's base URL (…/api), for raw requests such as .xlsx downloads. */
  baseUrl: string;
  stop: () => Promise<void>;
}

/** JSON calls to the API at `baseUrl`, answers in English unless a header says otherwise. */
export function apiCaller(baseUrl: string): VisitApi['call'] {
  return async (method, route, token, body, headers = {}) => {
    const res = await fetch(`${baseUrl}/${route}`, {
      method,
      headers: {
        ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
        'accept-language': 'en',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined, text };
  };
}

export async function startVisitApi(creationKey: string): Promise<VisitApi> {
  const azurite: Azurite = await startAzurite();
  const api = await startApiProcess({ STORAGE_CONNECTION_STRING: azurite.connectionString, ROUND_CREATION_KEY: creationKey });
  const call = apiCaller(api.baseUrl);
  return {
    call,
    baseUrl: api.baseUrl,
    stop: async () => {
      await api.stop();
      await azurite.stop();
    },
  };
}

/** Six municipalities; sorted ids aura, eura, ii, oulu, pori, salo, so the plan puts eura and ii on aura's team. */
export const SIX = ['Aura', 'Eura', 'Ii', 'Oulu', 'Pori', 'Salo'];

export interface VisitRound {
  roundId: string;
  coordinatorKey: string;
  token: Record<string, string>;
}

/** Creates a round with `names` (three default themes) and, when `plan`, writes its interview plan. */
export async function createVisitRound(call: VisitApi['call'], creationKey: string, names: readonly string[], plan = true): Promise<VisitRound> {
  const res = await call('POST', 'rounds', creationKey, {
    name: 'Vierailukierros',
    participantKind: 'municipalities',
    themes: [{ id: 'procurement' }, { id: 'energy-audits' }, { id: 'strategy-link' }],
    participants: names.map((name) => ({ name })),
  });
  if (res.status !== 201) throw new Error(`round not created: ${res.text}`);
  const created = res.body as { roundId: string; coordinatorKey: string; participants: { participantId: string; inviteToken: string }[] };
  if (plan) {
    const written = await call('PUT', `rounds/${created.roundId}/interview-plan`, created.coordinatorKey, {});
    if (written.status !== 201) throw new Error(`plan not written: ${written.text}`);
  }
  return { roundId: created.roundId, coordinatorKey: created.coordinatorKey, token: Object.fromEntries(created.participants.map((p) => [p.participantId, p.inviteToken])) };
}
