import { DEFAULT_THEMES } from '../catalog/themes';
import { LANGS, type Lang } from '../i18n/lang';
import type { Contact } from '../schemas/contactSchema';
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

/** A participant as the round's views show it: id, registered name and contact person (null until set). */
export interface ViewParticipant {
  participantId: string;
  name: string;
  contact?: Contact;
}

const memberOf = (byId: ReadonlyMap<string, ViewParticipant>) => (id: string) => {
  const p = byId.get(id);
  return { id, name: p?.name ?? id, contact: p?.contact ?? null };
};

/** Where `participantId` stands in the plan: who visits it, and whom it visits with whom (with their contact persons, so a team knows whom to call). */
export function planPlace(plan: InterviewPlan, participantId: string, participants: readonly ViewParticipant[], visitDates: VisitDates = new Map()): PlanPlace {
  const member = memberOf(new Map(participants.map((p) => [p.participantId, p])));
  const dateOf = (hostId: string) => [...(visitDates.get(hostId) ?? [])].sort()[0] ?? null;
  const own = plan.visits.find((v) => v.hostId === participantId);
  return {
    visitedBy: own ? { order: own.order, slot: own.slot, team: [member(own.teamIds[0]), member(own.teamIds[1])], visitDate: dateOf(own.hostId) } : null,
    visits: plan.visits
      .filter((v) => v.teamIds.includes(participantId))
      .map((v) => ({ order: v.order, slot: v.slot, host: member(v.hostId), with: member(v.teamIds.find((t) => t !== participantId)!), visitDate: dateOf(v.hostId) })),
  };
}

/** The agreed visit dates per host (from the visits' details). */
export type VisitDates = ReadonlyMap<string, readonly string[]>;

export interface RoundViewInput {
  round: Round;
  participants: readonly ViewParticipant[];
  plan: InterviewPlan | undefined;
  /** The participant asking, or undefined for the coordinator. */
  participantId?: string;
  /** The participant's own latest submission (participant only). */
  ownLatest?: { version: number; submittedAt: string };
  visitDates?: VisitDates;
  /** Latest versions (coordinator only). */
  latest?: readonly { participantId: string; version: number; submittedAt: string }[];
}

/** GET /api/rounds/{roundId}'s answer for a participant or (with `latest`) the coordinator. */
export function roundView(input: RoundViewInput): RoundView {
  const { round, participants, plan, participantId } = input;
  const member = memberOf(new Map(participants.map((p) => [p.participantId, p])));
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
      self: member(participantId),
      plan: plan ? planPlace(plan, participantId, participants, input.visitDates) : null,
      submission: input.ownLatest ? { version: input.ownLatest.version, submittedAt: input.ownLatest.submittedAt } : null,
    };
  }
  const byId = new Map((input.latest ?? []).map((l) => [l.participantId, l]));
  const list = participants
    .map((p) => {
      const l = byId.get(p.participantId);
      return { id: p.participantId, name: p.name, contact: p.contact ?? null, latest: l ? { version: l.version, submittedAt: l.submittedAt } : null };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fi') || (a.id < b.id ? -1 : 1));
  return { ...base, audience: 'coordinator', self: null, plan: null, participants: list };
}
