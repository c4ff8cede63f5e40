import * as z from 'zod';
import { makeIssue, type FieldIssue } from '../schemas/fieldIssue';
import { fromZodIssues } from '../schemas/fromZodIssues';
import type { ParseResult } from '../schemas/parseSubmission';
import { ParticipantIdSchema } from '../schemas/submissionSchema';

const IdsSchema = z.array(ParticipantIdSchema).max(1000);

export interface InterviewVisit {
  /** Order of the visits; visits in the same slot share no participant and can run in the same week. */
  order: number;
  slot: number;
  hostId: string;
  /** The two participants whose people form the interview team (seed 001: "kahdesta muusta kunnasta koottu ryhmä"). */
  teamIds: [string, string];
}

export interface InterviewPlan {
  visits: InterviewVisit[];
  slotCount: number;
}

export const MIN_INTERVIEW_PARTICIPANTS = 3;

/**
 * Each participant is visited once by a team drawn from two others and sits on exactly two teams:
 * with participants sorted by id, host i is interviewed by i+1 and i+2 (mod N), so participant j sits
 * on the teams of j−1 and j−2. Deterministic for the same set of ids, whatever their input order.
 * Visits are packed greedily into slots where nobody is needed twice.
 *
 * @example
 * planInterviews(['a', 'b', 'c']).ok // true; host 'a' is interviewed by 'b' and 'c'
 */
export function planInterviews(input: unknown): ParseResult<InterviewPlan> {
  const parsed = IdsSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: fromZodIssues(parsed.error.issues, input).map((e) => ({ ...e, path: ['participants', ...e.path] })) };
  }
  const participantIds = parsed.data;
  const ids = [...new Set(participantIds)].sort();
  const errors: FieldIssue[] = [];
  if (ids.length !== participantIds.length) {
    const seen = new Set<string>();
    participantIds.forEach((id, i) => {
      if (seen.has(id)) errors.push(makeIssue(['participants', i], 'duplicate_participant', { value: id }));
      seen.add(id);
    });
  }
  if (ids.length < MIN_INTERVIEW_PARTICIPANTS) {
    errors.push(makeIssue(['participants'], 'too_few_participants', { min: MIN_INTERVIEW_PARTICIPANTS }));
  }
  if (errors.length > 0) return { ok: false, errors };

  const n = ids.length;
  const busy: Set<string>[] = [];
  const visits = ids.map((hostId, i) => {
    const teamIds: [string, string] = [ids[(i + 1) % n]!, ids[(i + 2) % n]!];
    const people = [hostId, ...teamIds];
    let slot = busy.findIndex((taken) => people.every((p) => !taken.has(p)));
    if (slot < 0) slot = busy.push(new Set()) - 1;
    people.forEach((p) => busy[slot]!.add(p));
    return { order: i + 1, slot: slot + 1, hostId, teamIds };
  });
  return { ok: true, value: { visits, slotCount: busy.length } };
}
