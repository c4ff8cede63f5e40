import { CATALOG_DATA as CATALOG } from '../catalog/catalogData';
import { GOAL_IDS } from '../catalog/catalogIds';
import type { Lang } from '../i18n/lang';
import { goalLabel, ratingLabel, valueLabel } from './coordinatorCells';
import type { CoordinatorData } from './coordinatorSheets';
import { COORDINATOR_HEADERS as H, COORDINATOR_TEXTS as TEXT, COORDINATOR_TITLES as T } from './coordinatorStrings';
import { col, L, participantOrder, tableSheet, themeName } from './reportParts';
import type { ReportSheet, ReportValue } from './reportSheet';
import { REPORT_TABLES } from './reportTables';

/** The tidy table: one row per participant × item (35 models, then the round's themes). Notes never leave the participant. */
export function combinedSheet(d: CoordinatorData, lang: Lang): ReportSheet {
  const rows: ReportValue[][] = [];
  for (const p of participantOrder(d.participants)) {
    const s = p.latest?.submission;
    if (!s) continue;
    const byModel = new Map(s.models.map((m) => [m.modelId, m]));
    for (const m of CATALOG.models) {
      const a = byModel.get(m.id);
      rows.push([p.participantId, p.name, TEXT.modelItem[lang], m.id, m.name[lang], valueLabel(a?.status, lang), ...GOAL_IDS.map((g) => a?.impact?.[g] ?? null), null, '', '', '', '', '', '']);
    }
    const byTheme = new Map(s.selfAssessment.map((i) => [i.themeId, i]));
    for (const t of d.round.themes) {
      const i = byTheme.get(t.id);
      rows.push([
        p.participantId, p.name, TEXT.themeItem[lang], t.id, themeName(t.id, d.round, lang), '', ...GOAL_IDS.map(() => null),
        i?.rating ?? null, ratingLabel(i?.rating, lang), valueLabel(i?.sharing ?? 'team', lang),
        i?.currentPractice ?? '', i?.strengths ?? '', i?.developmentAreas ?? '', i?.evidence ?? '',
      ]);
    }
  }
  const text = (key: keyof typeof H) => col(key, H[key], lang, 40, { userText: true, wrap: true });
  return tableSheet('combined', T.combined[lang], TEXT.combinedNote[lang], {
    name: REPORT_TABLES.combined,
    columns: [
      col('participantId', H.id, lang, 18, { format: 'text' }),
      col('participant', H.participant, lang, 26, { userText: true }),
      col('itemType', H.itemType, lang, 16),
      col('itemId', H.itemId, lang, 16, { format: 'text' }),
      col('item', H.item, lang, 40, { userText: true }),
      col('status', H.modelStatus, lang, 14),
      ...GOAL_IDS.map((g) => col(`own${g}`, goalLabel(H.own, g, 'before'), lang, 7, { format: 'integer' })),
      col('rating', L('Taso 1–5', 'Nivå 1–5', 'Level 1–5'), lang, 8, { format: 'integer' }),
      col('ratingLabel', H.rating, lang, 20),
      col('sharing', H.sharing, lang, 22),
      text('currentPractice'),
      text('strengths'),
      text('developmentAreas'),
      text('evidence'),
    ],
    rows,
  });
}
