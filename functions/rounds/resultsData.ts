import type { Lang } from '../../shared/i18n/lang';
import { LANGS } from '../../shared/i18n/lang';
import { participantOrder, themeName } from '../../shared/layouts/reportParts';
import { combineRound, type RoundSummary } from '../../shared/rounds/combineRound';
import { withRegisteredNames } from '../../shared/rounds/coordinatorData';
import { applyLowerings, type Lowerings } from '../../shared/rounds/resultsLevels';
import { previewItems, type PreviewItem } from '../../shared/rounds/resultsPreview';
import { releasedReports } from '../../shared/rounds/visitEntries';
import type { ReleasedReport } from '../../shared/rounds/visitFindings';
import type { StoredResponse } from '../../shared/schemas/resultsReviewSchema';
import type { ResultsSnapshot } from '../../shared/schemas/resultsSnapshotSchema';
import type { Round } from '../../shared/schemas/roundSchema';
import { visitStore } from '../storage/createVisitStore';
import type { ResultsStore } from '../storage/ResultsStore';
import type { RoundStore, StoredParticipant, StoredSubmission } from '../storage/RoundStore';
import { readVisitRecords } from './visitRecords';

/** A round's data for its results, with every participant's lowerings applied. */
export interface ResultsInputs {
  participants: StoredParticipant[];
  latest: StoredSubmission[];
  reports: ReleasedReport[];
  responses: Map<string, StoredResponse>;
}

/** Reads the latest submissions, participants, released reports and responses; applies the lowerings. */
export async function readResultsInputs(store: RoundStore, results: ResultsStore, roundId: string): Promise<ResultsInputs> {
  const [latest, participants, visits, responses] = await Promise.all([
    store.listLatestSubmissions(roundId),
    store.listParticipants(roundId),
    readVisitRecords(visitStore(), roundId, 'released'),
    results.responses<StoredResponse>(roundId),
  ]);
  const names = new Map(participants.map((p) => [p.participantId, p.name]));
  const lowerings = new Map<string, Lowerings>([...responses].map(([id, r]) => [id, r.lowered]));
  const lowered = applyLowerings(latest, releasedReports(visits, names), lowerings);
  return { participants, latest: lowered.latest, reports: lowered.reports, responses };
}

/** The combined summary for `audience` from lowered inputs, under registered names. */
export function summaryOf(round: Pick<Round, 'themes'>, inputs: ResultsInputs, audience: 'member' | 'coordinator'): RoundSummary {
  return combineRound(withRegisteredNames(inputs.latest, inputs.participants), { audience, themeIds: round.themes.map((t) => t.id), releasedReports: inputs.reports });
}

/** One participant's own items as the members' summary shows them. */
export function previewOf(round: Pick<Round, 'themes'>, inputs: ResultsInputs, participantId: string): { name: string; items: PreviewItem[] } {
  const name = inputs.participants.find((p) => p.participantId === participantId)?.name ?? participantId;
  const submission = inputs.latest.find((s) => s.participantId === participantId)?.submission;
  const report = inputs.reports.find((r) => r.hostId === participantId);
  return { name, items: previewItems(name, submission, report, round.themes.map((t) => t.id)) };
}

/**
 * The final snapshot's content: the round's public facts (every participant by name, alphabetical,
 * as a list of who took part) and the members' summary. No ids of participants.
 */
export function snapshotOf(round: Round, participants: readonly Pick<StoredParticipant, 'participantId' | 'name'>[], summary: RoundSummary, version: number, finalisedAt: string): ResultsSnapshot {
  const names = (id: string) => Object.fromEntries(LANGS.map((l: Lang) => [l, themeName(id, round, l)])) as Record<Lang, string>;
  return {
    version,
    finalisedAt,
    round: {
      name: round.name,
      participantKind: round.participantKind,
      participants: participantOrder(participants).map((p) => p.name),
      themes: round.themes.map((t) => ({ themeId: t.id, name: names(t.id) })),
      phases: round.phases.map((p) => ({ phaseId: p.phaseId, start: p.start, end: p.end })),
    },
    summary: { ...summary, audience: 'member' } as ResultsSnapshot['summary'],
  };
}
