import type { Lang } from '../i18n/lang';
import type { ModelSummary, RoundSummary } from '../rounds/combineRound';
import type { InterviewPlan } from '../rounds/planInterviews';
import type { VisitEntry } from '../rounds/visitEntries';
import type { Round } from '../schemas/roundSchema';
import type { Submission } from '../schemas/submissionSchema';
import { combinedSheet } from './combinedSheet';
import { interviewsSheet } from './interviewsSheet';
import { participantsSheet } from './participantsSheet';
import { reportTextsSheet } from './reportTextsSheet';
import type { ReportSheet } from './reportSheet';
import { roundSheet } from './roundSheet';
import { summarySheet } from './summarySheet';
import { visitsSheet } from './visitsSheet';

/** What the coordinator's sheets are made of: the round, every participant with its latest version, the combined summary. */
export interface CoordinatorData {
  round: Pick<Round, 'roundId' | 'name' | 'participantKind' | 'themes' | 'phases'>;
  participants: readonly ParticipantEntry[];
  /** combineRound(…, { audience: 'coordinator' }) of the latest submissions. */
  summary: RoundSummary;
  /** Null below three participants. */
  plan: InterviewPlan | null;
  /** The stored plan's visits in plan order with their status and latest report (absent until the plan is stored). */
  visits?: readonly VisitEntry[];
}

export interface ParticipantEntry {
  participantId: string;
  name: string;
  latest: { version: number; submittedAt: string; submission: Submission } | null;
}

/** The shared recommended-model sheet's data: GET /api/rounds/{roundId}/recommended-models. */
export interface SharedModelsData {
  participantCount: number;
  models: readonly ModelSummary[];
  mostRecommended: readonly { modelId: string; recommendedCount: number }[];
}

/**
 * The coordinator's sheets for a pull (and the coordinator workbook file): round, participants,
 * combined data, summary with charts, interview plan; once the plan is stored, the visits and the
 * reports' texts (coordinator only). Participants appear in name order only; no
 * sheet carries a per-participant total or sorts by anything a participant submitted.
 */
export function coordinatorSheets(d: CoordinatorData, lang: Lang): ReportSheet[] {
  const visits = d.visits ? [visitsSheet({ ...d, visits: d.visits }, lang), reportTextsSheet({ ...d, visits: d.visits }, lang)] : [];
  return [roundSheet(d, lang), participantsSheet(d, lang), summarySheet(d, lang), combinedSheet(d, lang), interviewsSheet(d, lang), ...visits];
}
