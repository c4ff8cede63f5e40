import { CATALOG } from '../catalog/catalog';
import { APPROACH_IDS, GOAL_IDS, type ApproachId, type GoalId } from '../catalog/catalogTypes';
import type { ModelStatus, SharingLevel, Submission } from '../schemas/submissionSchema';
import { countTopChoices } from './countTopChoices';
import { modelRowsOf } from './modelRows';
import { spread, spreadOfCounts, type Spread } from './quantiles';
import { teamFindings, type ReleasedReport, type TeamFinding } from './visitFindings';

/** The seed's threshold for high impact: ≥ 3.3 points (seed 003), inclusive. */
export const HIGH_IMPACT_THRESHOLD = 3.3;
/** Distributions are shown only where at least this many participants contributed. */
export const MIN_GROUP_SIZE = 3;
/** A model counts as recommended to a participant when it is in that participant's own top five. */
export const TOP_MODELS = 5;

export type Audience = 'coordinator' | 'member';

export interface SharedText {
  text: string;
  /** Present only when the author chose `named`. */
  participantName?: string;
}

/** Combined impact of one model on one goal. Members see median and quartiles only from MIN_QUARTILE_GROUP scorers. */
export interface CombinedSpread {
  n: number;
  mean: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  iqr: number | null;
}

/** With fewer scorers the median and quartiles would give away the individual scores. */
export const MIN_QUARTILE_GROUP = 5;

export interface ModelSummary {
  modelId: string;
  /** Null in the members' view of a round with fewer than MIN_GROUP_SIZE participants. */
  statusCounts: { inUse: number; planned: number; considering: number; notRelevant: number; unanswered: number } | null;
  impact: Record<GoalId, CombinedSpread | null>;
  highImpactGoals: GoalId[];
  catalogueHighImpactGoals: GoalId[];
  /** Goals with data where the round's verdict differs from the national catalogue's. */
  differsFromCatalogueOn: GoalId[];
  /** How many participants have this model in their own top five (null like statusCounts). */
  recommendedCount: number | null;
}

export interface ThemeSummary {
  themeId: string;
  ratedCount: number;
  /** Counts of ratings 1–5, or null when fewer than MIN_GROUP_SIZE participants rated. */
  distribution: [number, number, number, number, number] | null;
  currentPractice: SharedText[];
  strengths: SharedText[];
  developmentAreas: SharedText[];
  /** Identified by interview teams in released reports, at the hosts' sharing levels (never `team`). */
  teamStrengths: TeamFinding[];
  teamDevelopmentAreas: TeamFinding[];
}

export interface RoundSummary {
  audience: Audience;
  participantCount: number;
  minGroupSize: number;
  models: ModelSummary[];
  themes: ThemeSummary[];
  approaches: { approachId: ApproachId; recommendedCount: number | null }[];
}

export interface CombineOptions {
  audience: Audience;
  /** The round's themes in order; defaults to the themes found in the submissions, sorted. */
  themeIds?: readonly string[];
  /** The hosts' released feedback reports (their `summary` and `named` items join the themes). */
  releasedReports?: readonly ReleasedReport[];
}

const SHARED: ReadonlySet<SharingLevel> = new Set(['summary', 'named']);
/** A theme's shared text fields; summarizeThemes reads each by name (one addText call per field). */
const TEXT_FIELDS = ['currentPractice', 'strengths', 'developmentAreas'] as const;
// Module-level copies: read in the inner loops, once per model or theme and participant.
const GOALS = [...GOAL_IDS];
const MODELS = CATALOG.models;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byText = (a: SharedText, b: SharedText) => cmp(a.text, b.text) || cmp(a.participantName ?? '', b.participantName ?? '');

function combinedSpread(s: Spread | null, member: boolean): CombinedSpread | null {
  // Members see a model's combined impact only where at least MIN_GROUP_SIZE participants scored it,
  // and its median and quartiles only from MIN_QUARTILE_GROUP, so no one's own scores can be read off.
  if (!s || (member && s.n < MIN_GROUP_SIZE)) return null;
  if (member && s.n < MIN_QUARTILE_GROUP) return { n: s.n, mean: s.mean, median: null, q1: null, q3: null, iqr: null };
  return s;
}

/** Every own score of model `k` on goal `g`, in participant order: for a slot with a score other than 1–5. */
function ownScores(submissions: readonly Submission[], rows: Int32Array, k: number, g: GoalId): number[] {
  return submissions.flatMap((s, n) => {
    const row = rows[n * MODELS.length + k]!;
    const v = row >= 0 ? s.models[row]!.impact?.[g] : undefined;
    return v !== undefined ? [v] : [];
  });
}

/** A status's place among the status counts: in use, planned, considering, not relevant, unanswered. */
const statusIndex = (status: ModelStatus | undefined) =>
  status === 'in-use' ? 0 : status === 'planned' ? 1 : status === 'considering' ? 2 : status === 'not-relevant' ? 3 : 4;
type StatusCounts = NonNullable<ModelSummary['statusCounts']>;

/** Model `k`'s status counts as an object. */
function statusCountsOf(statuses: Int32Array, k: number): StatusCounts {
  const [inUse, planned, considering, notRelevant, unanswered] = statuses.subarray(k * 5, k * 5 + 5);
  return { inUse: inUse!, planned: planned!, considering: considering!, notRelevant: notRelevant!, unanswered: unanswered! };
}

function summarizeModels(submissions: readonly Submission[], rows: Int32Array, recommended: Int32Array, audience: Audience): ModelSummary[] {
  // Tallies per model: statuses (in-use, planned, considering, not relevant, unanswered) in
  // statuses[model * 5 + …], scores 1–5 per goal in scoreCounts[(model * 5 + goal) * 5 + score - 1].
  const statuses = new Int32Array(MODELS.length * 5);
  const scoreCounts = new Int32Array(MODELS.length * 25);
  const irregular = new Set<number>();
  const tally = (v: number | undefined, slot: number) => {
    if (v === undefined) return;
    if (v === 1 || v === 2 || v === 3 || v === 4 || v === 5) scoreCounts[slot * 5 + v - 1]! += 1;
    else irregular.add(slot);
  };
  submissions.forEach((s, n) => {
    const at = n * MODELS.length;
    for (let k = 0; k < MODELS.length; k += 1) {
      const a = rows[at + k]! >= 0 ? s.models[rows[at + k]!] : undefined;
      const status = a?.status;
      statuses[k * 5 + statusIndex(status)]! += 1;
      const impact = a?.impact;
      if (!impact) continue;
      tally(impact.A, k * 5);
      tally(impact.B, k * 5 + 1);
      tally(impact.C, k * 5 + 2);
      tally(impact.D, k * 5 + 3);
      tally(impact.E, k * 5 + 4);
    }
  });
  const member = audience === 'member';
  const countsShown = !member || submissions.length >= MIN_GROUP_SIZE;
  return MODELS.map((model, k) => {
    const impact = {} as Record<GoalId, CombinedSpread | null>;
    GOALS.forEach((g, i) => {
      const slot = k * 5 + i;
      impact[g] = combinedSpread(irregular.has(slot) ? spread(ownScores(submissions, rows, k, g)) : spreadOfCounts(scoreCounts, slot * 5), member);
    });
    const withData = GOALS.filter((g) => impact[g] !== null);
    const highImpactGoals = withData.filter((g) => impact[g]!.mean >= HIGH_IMPACT_THRESHOLD - 1e-9);
    return {
      modelId: model.id,
      statusCounts: countsShown ? statusCountsOf(statuses, k) : null,
      impact,
      highImpactGoals,
      catalogueHighImpactGoals: [...model.highImpactGoals],
      differsFromCatalogueOn: withData.filter((g) => highImpactGoals.includes(g) !== model.highImpactGoals.includes(g)),
      recommendedCount: countsShown ? recommended[k]! : null,
    };
  });
}

/** A shared text, trimmed, with its author's name when named; an empty one adds nothing. */
function addText(list: SharedText[], text: string | undefined, participantName: string | undefined): void {
  const trimmed = text?.trim();
  if (trimmed) list.push(participantName === undefined ? { text: trimmed } : { text: trimmed, participantName });
}

interface ThemeTally {
  counts: [number, number, number, number, number];
  ratedCount: number;
  texts: Record<(typeof TEXT_FIELDS)[number], SharedText[]>;
}

function summarizeThemes(submissions: readonly Submission[], themeIds: readonly string[], audience: Audience, reports: readonly ReleasedReport[]): ThemeSummary[] {
  const index = new Map<string, number>();
  themeIds.forEach((id, t) => { if (!index.has(id)) index.set(id, t); });
  const tallies: ThemeTally[] = themeIds.map(() => ({ counts: [0, 0, 0, 0, 0], ratedCount: 0, texts: { currentPractice: [], strengths: [], developmentAreas: [] } }));
  // The participant whose item of the theme was last counted: only a participant's first item counts.
  const countedFor = new Int32Array(themeIds.length).fill(-1);
  submissions.forEach((s, n) => {
    for (const item of s.selfAssessment) {
      const t = index.get(item.themeId);
      if (t === undefined || countedFor[t] === n) continue;
      countedFor[t] = n;
      const tally = tallies[t]!;
      const shared = SHARED.has(item.sharing);
      if (item.rating !== undefined && (audience === 'coordinator' || shared)) {
        tally.counts[(item.rating - 1) as 0 | 1 | 2 | 3 | 4] += 1;
        tally.ratedCount += 1;
      }
      if (!shared) continue;
      // The three fields written out: a field name in a variable makes each read a slow keyed lookup.
      const name = item.sharing === 'named' ? s.participant.name : undefined;
      const { texts } = tally;
      addText(texts.currentPractice, item.currentPractice, name);
      addText(texts.strengths, item.strengths, name);
      addText(texts.developmentAreas, item.developmentAreas, name);
    }
  });
  for (const [, t] of index) for (const field of TEXT_FIELDS) tallies[t]!.texts[field].sort(byText);
  return themeIds.map((themeId, t) => {
    const first = index.get(themeId)!;
    const { counts, ratedCount, texts } = tallies[first]!;
    // A theme listed twice gets its own copies, as if combined twice.
    const own = <T>(xs: T[]): T[] => (first === t ? xs : [...xs]);
    return {
      themeId,
      ratedCount,
      distribution: ratedCount >= MIN_GROUP_SIZE ? (own(counts) as ThemeTally['counts']) : null,
      currentPractice: own(texts.currentPractice),
      strengths: own(texts.strengths),
      developmentAreas: own(texts.developmentAreas),
      ...teamFindings(reports, themeId),
    };
  });
}

/** The round's themes when none are given: every theme of the submissions, sorted. */
function themesOf(submissions: readonly Submission[]): string[] {
  const ids = new Set<string>();
  for (const s of submissions) for (const i of s.selfAssessment) ids.add(i.themeId);
  return [...ids].sort();
}

/**
 * Combines a round's submissions into one summary. Nothing in it ranks participants: there is no
 * per-participant total, texts are ordered by their own content, `team`-level texts never appear,
 * names appear only beside texts their authors marked `named`, and rating distributions need at least
 * three contributors. The result does not depend on the order of `submissions`. One pass per part
 * (top choices, models, themes), tallying instead of collecting: it runs over every submission of a round.
 *
 * @example
 * combineRound(submissions, { audience: 'member' }).themes[0].distribution // [0, 1, 2, 0, 0] or null
 */
export function combineRound(submissions: readonly Submission[], options: CombineOptions): RoundSummary {
  const rows = modelRowsOf(submissions);
  const top = countTopChoices(submissions, rows, TOP_MODELS);
  const hidden = options.audience === 'member' && submissions.length < MIN_GROUP_SIZE;
  return {
    audience: options.audience,
    participantCount: submissions.length,
    minGroupSize: MIN_GROUP_SIZE,
    models: summarizeModels(submissions, rows, top.models, options.audience),
    themes: summarizeThemes(submissions, options.themeIds ?? themesOf(submissions), options.audience, options.releasedReports ?? []),
    approaches: APPROACH_IDS.map((approachId, i) => ({ approachId, recommendedCount: hidden ? null : top.approaches[i]! })),
  };
}
