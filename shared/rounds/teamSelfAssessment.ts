import { SHARING_LEVELS, type Submission } from '../schemas/submissionSchema';

/** The levels an interview team may read: `team` and every wider one. Anything else (a narrower level) is left out. */
export const TEAM_VISIBLE_LEVELS: readonly string[] = SHARING_LEVELS;

/**
 * What a host's interview team sees of its submission (SYSTEM.md "Sharing levels", `team`): who it
 * is, its profile and the self-assessment rows at `team` level or wider. Goal weights, models and the
 * private model notes are not part of it; a row of any other level is dropped whole.
 *
 * @example
 * teamSelfAssessment(s).selfAssessment.every((a) => a.sharing !== undefined) // true
 */
export function teamSelfAssessment(s: Submission): Pick<Submission, 'participant' | 'profile' | 'selfAssessment'> {
  return {
    participant: s.participant,
    profile: s.profile,
    selfAssessment: s.selfAssessment.filter((a) => TEAM_VISIBLE_LEVELS.includes(a.sharing)),
  };
}
