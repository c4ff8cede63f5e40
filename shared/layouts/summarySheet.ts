import { GOAL_IDS, type GoalId } from '../catalog/catalogIds';
import type { Lang } from '../i18n/lang';
import type { CombinedSpread, ModelSummary } from '../rounds/combineRound';
import { RATING_CHOICES } from './choices';
import { goalCols, goalsText, idColumn, modelName, round2 } from './coordinatorCells';
import type { CoordinatorData } from './coordinatorSheets';
import { COORDINATOR_HEADERS as H, COORDINATOR_TEXTS as TEXT, COORDINATOR_TITLES as T } from './coordinatorStrings';
import { col, themeName } from './reportParts';
import { stackBlocks, type ReportSheet, type ReportValue } from './reportSheet';
import { REPORT_TABLES } from './reportTables';
import { teamFindingsBlocks } from './summaryFindings';

/**
 * The round summary: the themes' rating distributions with a chart, the shared observations, the
 * visit teams' findings once there are visits, and the models' use and combined impact with a chart.
 */
export function summarySheet(d: CoordinatorData, lang: Lang): ReportSheet {
  const s = d.summary;
  const ratingHeaders = RATING_CHOICES.map((c) => col(`rating${c.value}`, c.label, lang, 12, { format: 'integer' }));
  const textRows: ReportValue[][] = s.themes.flatMap((t) =>
    (['strengths', 'developmentAreas', 'currentPractice'] as const).flatMap((field) =>
      t[field].map((x): ReportValue[] => [themeName(t.themeId, d.round, lang), H[field][lang], x.text, x.participantName ?? '']),
    ),
  );
  const spreadOf = (m: ModelSummary, g: GoalId): CombinedSpread | null => m.impact[g];
  return {
    key: 'summary',
    title: T.summary[lang],
    anchorTable: REPORT_TABLES.themes,
    blocks: stackBlocks([
      { kind: 'line', style: 'title', text: `${T.summary[lang]}: ${d.round.name}`, userText: true },
      { kind: 'line', style: 'note', text: TEXT.summaryNote[lang] },
      { kind: 'line', style: 'heading', text: TEXT.themesHeading[lang] },
      {
        kind: 'table',
        name: REPORT_TABLES.themes,
        columns: [col('theme', H.theme, lang, 36, { wrap: true, userText: true }), ...ratingHeaders, col('rated', H.rated, lang, 10, { format: 'integer' }), col('note', H.note, lang, 36, { wrap: true }), idColumn(lang)],
        rows: s.themes.map((t) => [themeName(t.themeId, d.round, lang), ...(t.distribution ?? [null, null, null, null, null]), t.ratedCount, t.distribution ? '' : TEXT.fewRaters[lang], t.themeId]),
      },
      { kind: 'chart', name: 'IlmChartThemes', type: 'barStacked', title: TEXT.themeChart[lang], table: REPORT_TABLES.themes, columnKeys: ['theme', ...RATING_CHOICES.map((c) => `rating${c.value}`)], rows: 16, cols: 8 },
      { kind: 'line', style: 'heading', text: TEXT.textsHeading[lang] },
      {
        kind: 'table',
        name: REPORT_TABLES.texts,
        columns: [col('theme', H.theme, lang, 30, { wrap: true, userText: true }), col('about', H.textKind, lang, 18), col('text', H.text, lang, 70, { userText: true, wrap: true }), col('participant', H.named, lang, 26, { userText: true })],
        rows: textRows,
      },
      ...(d.visits ? teamFindingsBlocks(d.summary, d.round, lang) : []),
      { kind: 'line', style: 'heading', text: TEXT.modelsHeading[lang] },
      { kind: 'line', style: 'note', text: TEXT.impactNote[lang] },
      {
        kind: 'table',
        name: REPORT_TABLES.models,
        columns: [
          col('model', H.model, lang, 44, { wrap: true }),
          col('inUse', H.inUse, lang, 9, { format: 'integer' }),
          col('planned', H.planned, lang, 9, { format: 'integer' }),
          col('considering', H.considering, lang, 9, { format: 'integer' }),
          col('notRelevant', H.notRelevant, lang, 9, { format: 'integer' }),
          col('unanswered', H.unanswered, lang, 9, { format: 'integer' }),
          col('inTopFive', H.inTopFive, lang, 12, { format: 'integer' }),
          ...GOAL_IDS.flatMap((g) => (['n', 'mean', 'median', 'iqr'] as const).map((w) => goalCols(lang, w, g))),
          col('roundHigh', H.roundHigh, lang, 14),
          col('catalogueHigh', H.catalogueHigh, lang, 14),
          col('differs', H.differs, lang, 14),
          idColumn(lang),
        ],
        rows: s.models.map((m) => {
          const c = m.statusCounts;
          return [
            modelName(m.modelId, lang),
            c?.inUse ?? null, c?.planned ?? null, c?.considering ?? null, c?.notRelevant ?? null, c?.unanswered ?? null, m.recommendedCount,
            ...GOAL_IDS.flatMap((g) => {
              const x = spreadOf(m, g);
              return [x?.n ?? 0, round2(x?.mean), round2(x?.median), round2(x?.iqr)];
            }),
            goalsText(m.highImpactGoals), goalsText(m.catalogueHighImpactGoals), goalsText(m.differsFromCatalogueOn),
            m.modelId,
          ];
        }),
      },
      { kind: 'chart', name: 'IlmChartAdoption', type: 'barStacked', title: TEXT.adoptionChart[lang], table: REPORT_TABLES.models, columnKeys: ['model', 'inUse', 'planned'], rows: 34, cols: 8 },
    ]),
  };
}
