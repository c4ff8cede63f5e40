import { GOAL_IDS, type GoalId } from '../catalog/catalogIds';
import type { Lang } from '../i18n/lang';
import type { ModelSummary } from '../rounds/combineRound';
import { categoryOf, goalLabel, goalsText, idColumn, modelName, round2 } from './coordinatorCells';
import type { SharedModelsData } from './coordinatorSheets';
import { COORDINATOR_HEADERS as H, COORDINATOR_TEXTS as TEXT, COORDINATOR_TITLES as T } from './coordinatorStrings';
import { HIGH_IMPACT_MARK } from './modelsLayout';
import { col, L } from './reportParts';
import { stackBlocks, type ReportSheet } from './reportSheet';
import { REPORT_TABLES } from './reportTables';

/** How the round's verdict on a goal differs from the national catalogue's, in words. */
function differenceText(m: ModelSummary, lang: Lang): string {
  return m.differsFromCatalogueOn
    .map((g) => `${g}: ${(m.highImpactGoals.includes(g) ? TEXT.roundHigher : TEXT.catalogueHigher)[lang]}`)
    .join('; ');
}

/**
 * The shared recommended-model sheet any member may insert: the round's combined impact per model
 * and goal (members' view), ● where the round finds high impact, the catalogue's marks beside, the
 * differences spelt out, and the models most often in participants' own top five. No names, no texts.
 */
export function sharedModelsSheet(d: SharedModelsData, roundName: string, lang: Lang): ReportSheet {
  const mark = (m: ModelSummary, g: GoalId) => (m.highImpactGoals.includes(g) ? HIGH_IMPACT_MARK : '');
  return {
    key: 'shared',
    title: T.shared[lang],
    anchorTable: REPORT_TABLES.shared,
    blocks: stackBlocks([
      { kind: 'line', style: 'title', text: `${T.shared[lang]}: ${roundName}`, userText: true },
      { kind: 'line', style: 'note', text: `${TEXT.sharedNote[lang]} ${TEXT.impactNote[lang]}` },
      { kind: 'line', style: 'heading', text: TEXT.sharedTopHeading[lang] },
      {
        kind: 'table',
        name: REPORT_TABLES.sharedTop,
        columns: [col('model', H.model, lang, 44, { wrap: true }), col('count', H.participantsWith, lang, 16, { format: 'integer' })],
        rows: d.mostRecommended.map((r) => [modelName(r.modelId, lang), r.recommendedCount]),
      },
      { kind: 'line', style: 'heading', text: TEXT.sharedTableHeading[lang] },
      {
        kind: 'table',
        name: REPORT_TABLES.shared,
        columns: [
          col('category', H.category, lang, 22, { wrap: true }),
          col('model', H.model, lang, 44, { wrap: true }),
          ...GOAL_IDS.map((g) => col(`mean${g}`, goalLabel(H.mean, g), lang, 8, { format: 'decimal' })),
          ...GOAL_IDS.map((g) => col(`high${g}`, goalLabel(L(HIGH_IMPACT_MARK, HIGH_IMPACT_MARK, HIGH_IMPACT_MARK), g), lang, 5)),
          col('catalogueHigh', H.catalogueHigh, lang, 14),
          col('differs', H.differs, lang, 40, { wrap: true }),
          idColumn(lang),
        ],
        rows: d.models.map((m) => [
          categoryOf(m.modelId, lang), modelName(m.modelId, lang),
          ...GOAL_IDS.map((g) => round2(m.impact[g]?.mean)),
          ...GOAL_IDS.map((g) => mark(m, g)),
          goalsText(m.catalogueHighImpactGoals),
          differenceText(m, lang),
          m.modelId,
        ]),
      },
    ]),
  };
}
