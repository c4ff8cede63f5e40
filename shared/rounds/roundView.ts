import { DEFAULT_THEMES } from '../catalog/themes';
import { LANGS, type Lang } from '../i18n/lang';
import type { Round, RoundTheme } from '../schemas/roundSchema';
import type { PlanPlace, RoundView } from '../schemas/roundViewSchema';
import type { InterviewPlan } from './planInterviews';

/**
 * A theme's names in every language: the round's own name where it gave one, else the default
 * theme's, else the round's name in another language (fi, sv, en in that order), else the id.
 */
export function themeNames(theme: RoundTheme): Record<Lang, string> {
  const fallback = DEFAULT_THEMES.find((t) => t.id === theme.id)?.name;
  const any = theme.name?.fi ?? theme.name?.sv ?? theme.name?.en ?? theme.id;
  return Object.fromEntries(LANGS.map((l) => [l, theme.name?.[l] ?? fallback?.[l] ?? any])) as Record<Lang, string>;
}

/** Where `participantId` stands in the plan: who visits it, and whom it visits with whom. */
export function planPlace(plan: InterviewPlan, participantId: string, names: ReadonlyMap<string, string>): PlanPlace {
  const member = (id: string) => ({ id, name: names.get(id) ?? id });
  const own = plan.visits.find((v) => v.hostId === participantId);
  return {
    visitedBy: own ? { order: own.order, slot: own.slot, team: [member(own.teamIds[0]), member(own.teamIds[1])], visitDate: null } : null,
    visits: plan.visits
      .filter((v) => v.teamIds.includes(participantId))
      .map((v) => ({ order: v.order, slot: v.slot, host: member(v.hostId), with: member(v.teamIds.find((t) => t !== participantId)!), visitDate: null })),
  };
}

export interface RoundViewInput {
  round: Round;
  participants: readonly { participantId: string; name: string }[];
  plan: InterviewPlan | undefined;
  /** The participant asking, or undefined for the coordinator. */
  participantId?: string;
  /** Latest versions (coordinator only). */
  latest?: readonly { participantId: string; version: number; submittedAt: string }[];
}

/** GET /api/rounds/{roundId}'s answer for a participant or (with `latest`) the coordinator. */
export function roundView(input: RoundViewInput): RoundView {
  const { round, participants, plan, participantId } = input;
  const names = new Map(participants.map((p) => [p.participantId, p.name]));
  const base = {
    roundId: round.roundId,
    name: round.name,
    participantKind: round.participantKind,
    themes: round.themes.map((t) => ({ id: t.id, name: themeNames(t) })),
    phases: round.phases.map((p) => ({ phaseId: p.phaseId, start: p.start, end: p.end })),
  };
  if (participantId !== undefined) {
    return {
      ...base,
      audience: 'participant',
      self: { id: participantId, name: names.get(participantId) ?? participantId },
      plan: plan ? planPlace(plan, participantId, names) : null,
    };
  }
  const byId = new Map((input.latest ?? []).map((l) => [l.participantId, l]));
  const list = participants
    .map((p) => {
      const l = byId.get(p.participantId);
      return { id: p.participantId, name: p.name, latest: l ? { version: l.version, submittedAt: l.submittedAt } : null };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fi') || (a.id < b.id ? -1 : 1));
  return { ...base, audience: 'coordinator', self: null, plan: null, participants: list };
}
