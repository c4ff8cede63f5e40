import type { ContractRecorder } from './contractRecorder';

/** What the flow steps hand on to each other. */
export interface Round {
  roundId: string;
  coordinatorKey: string;
  token: Record<string, string>;
}

export interface FlowContext {
  rec: ContractRecorder;
  creationKey: string;
  /** Six municipalities; the stored plan puts eura and ii on aura's team, salo on no team of aura. */
  main?: Round;
  /** Report item ids of aura's released report, by text. */
  reportItems?: Record<string, string>;
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const SIX = ['Aura', 'Eura', 'Ii', 'Oulu', 'Pori', 'Salo'];
export const THEMES = [{ id: 'procurement' }, { id: 'energy-audits' }, { id: 'strategy-link' }];
export const REPORT_TEXT = { team: 'Contract team strength', summary: 'Contract summary strength' };

export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`flow: ${what} missing (an earlier step failed)`);
  return value;
}

type Sharing = 'team' | 'summary' | 'named';

/** A small valid submission (written out here: the contract test imports nothing of the app). */
export function submission(name: string, rating = 3, sharing: Sharing = 'summary', strengths = `Vahvuus ${name}`) {
  return {
    schemaVersion: 1,
    participant: { name, kind: 'municipality' },
    profile: { capacity: 2, facts: { existingCooperation: true, wantsCommitments: false, frontrunnerBase: false, badgesPlanned: false } },
    goalWeights: { A: 3, B: 2, C: 1, D: 2, E: 1 },
    models: [{ modelId: 'diploma', status: 'planned', impact: { D: 4 }, notes: 'private note' }],
    selfAssessment: [{ themeId: 'procurement', rating, strengths, sharing }],
  };
}

/** Tomorrow as YYYY-MM-DD (UTC). */
export const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** Creates a round through the API (201 expected) and returns its keys. */
export async function createRound(ctx: FlowContext, label: string, names: readonly string[]): Promise<Round> {
  const res = await ctx.rec.call(label, 'POST', 'rounds', {
    token: ctx.creationKey,
    json: { name: 'Sopimustesti', participantKind: 'municipalities', themes: THEMES, participants: names.map((name) => ({ name })) },
    expect: 201,
  });
  const created = need(res.status === 201 ? (res.body as { roundId: string; coordinatorKey: string; participants: { participantId: string; inviteToken: string }[] }) : undefined, `round ${label}`);
  return { roundId: created.roundId, coordinatorKey: created.coordinatorKey, token: Object.fromEntries(created.participants.map((p) => [p.participantId, p.inviteToken])) };
}
