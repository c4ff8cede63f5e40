import { CATALOG_DATA as CATALOG } from '../catalog/catalogData';
import type { Lang } from '../i18n/lang';
import type { CoordinatorData, ParticipantEntry } from './coordinatorSheets';
import { COORDINATOR_HEADERS as H, COORDINATOR_TEXTS as TEXT, COORDINATOR_TITLES as T } from './coordinatorStrings';
import { col, participantOrder, tableSheet, utcMinute } from './reportParts';
import type { ReportSheet } from './reportSheet';
import { REPORT_TABLES } from './reportTables';

/** What a participant's latest version leaves open, in words ("the whole form" when nothing was sent). */
function missingText(entry: ParticipantEntry, themeIds: readonly string[], lang: Lang): string {
  const s = entry.latest?.submission;
  if (!s) return TEXT.noSubmission[lang];
  const byModel = new Map(s.models.map((m) => [m.modelId, m]));
  const noStatus = CATALOG.models.filter((m) => !byModel.get(m.id)?.status).length;
  const byTheme = new Map(s.selfAssessment.map((i) => [i.themeId, i]));
  const unrated = themeIds.filter((t) => byTheme.get(t)?.rating === undefined).length;
  const parts = [
    ...(noStatus > 0 ? [`${noStatus} ${TEXT.modelsWithoutStatus[lang]}`] : []),
    ...(unrated > 0 ? [`${unrated} ${TEXT.themesWithoutRating[lang]}`] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : TEXT.nothingMissing[lang];
}

/** Who has submitted, which version and when, and what each latest version leaves open (name order). */
export function participantsSheet(d: CoordinatorData, lang: Lang): ReportSheet {
  const themeIds = d.round.themes.map((t) => t.id);
  return tableSheet('participants', T.participants[lang], TEXT.participantsNote[lang], {
    name: REPORT_TABLES.participants,
    columns: [
      col('participantId', H.id, lang, 20, { format: 'text' }),
      col('name', H.participant, lang, 32, { userText: true }),
      col('status', H.status, lang, 20),
      col('version', H.version, lang, 9, { format: 'integer' }),
      col('submittedAt', H.time, lang, 18, { format: 'text' }),
      col('missing', H.missing, lang, 48, { wrap: true }),
    ],
    rows: participantOrder(d.participants).map((p) => [
      p.participantId,
      p.name,
      (p.latest ? TEXT.submittedYes : TEXT.submittedNo)[lang],
      p.latest?.version ?? null,
      p.latest ? utcMinute(p.latest.submittedAt) : null,
      missingText(p, themeIds, lang),
    ]),
  });
}
