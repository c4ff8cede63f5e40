import type { Lang } from '../i18n/lang';
import type { VisitEntry } from '../rounds/visitEntries';
import type { Round } from '../schemas/roundSchema';
import type { SharingLevel } from '../schemas/submissionSchema';
import { col, L, tableSheet, themeName } from './reportParts';
import type { ReportSheet, ReportValue } from './reportSheet';
import { reportStatusText } from './visitsSheet';

/** The Report texts sheet's table. */
export const REPORT_TEXTS_TABLE = 'IlmVisitReportTexts';

/** A report item's sharing level as the coordinator's sheets name it. */
export const FINDING_LEVELS: Record<SharingLevel, ReturnType<typeof L>> = {
  team: L('Vain vierailtava, ryhmä ja koordinaattori', 'Endast värden, gruppen och koordinatorn', 'Host, team and coordinator only'),
  summary: L('Yhteenvetoon ilman nimeä', 'I sammanfattningen utan namn', 'In the summary without the name'),
  named: L('Yhteenvetoon nimellä', 'I sammanfattningen med namn', 'In the summary with the name'),
};

const T = {
  title: L('Raporttien tekstit', 'Rapporternas texter', 'Report texts'),
  note: L(
    'VAIN KOORDINAATTORILLE – älä jaa tätä välilehteä eteenpäin. Haastatteluryhmien palauteraporttien tekstit (uusin versio; myös julkaisemattomat luonnokset ja kohdat, jotka on tarkoitettu vain vierailtavalle, ryhmälle ja koordinaattorille). Yhteenvetoon menevät vain julkaistun version kohdat, jotka vierailtava on jakanut.',
    'ENDAST FÖR KOORDINATORN – dela inte fliken vidare. Intervjugruppernas återkopplingsrapporter (senaste versionen; även opublicerade utkast och punkter som är avsedda endast för värden, gruppen och koordinatorn). Till sammanfattningen går bara punkter i den publicerade versionen som värden har delat.',
    'COORDINATOR ONLY – do not pass this sheet on. The texts of the interview teams’ feedback reports (latest version; also unreleased drafts and items meant for the host, its team and the coordinator only). Only items of the released version that the host has shared go into the summary.',
  ),
  strength: L('Vahvuus', 'Styrka', 'Strength'),
  developmentArea: L('Kehittämiskohde', 'Utvecklingsområde', 'Development area'),
  summary: L('Yhteenveto', 'Sammanfattning', 'Overall summary'),
  feedbackNotes: L('Palautetilaisuuden muistiinpanot', 'Anteckningar från återkopplingsmötet', 'Feedback session notes'),
};

const H = {
  hostId: L('Tunnus', 'Kod', 'Id'),
  host: L('Vierailtava', 'Värd', 'Host'),
  version: L('Versio', 'Version', 'Version'),
  status: L('Raportin tila', 'Rapportens status', 'Report status'),
  theme: L('Teema', 'Tema', 'Theme'),
  field: L('Kenttä', 'Fält', 'Field'),
  text: L('Teksti', 'Text', 'Text'),
  level: L('Jakamisen taso', 'Delningsnivå', 'Sharing level'),
  itemId: L('Kohdan tunnus', 'Punktens kod', 'Item id'),
};

/** One row per text of a host's latest report version: items by theme, then the overall summary and the feedback notes. */
function rowsOf(v: VisitEntry, hostName: string, round: Pick<Round, 'themes'>, lang: Lang): ReportValue[][] {
  const latest = v.latest;
  if (!latest) return [];
  const status = reportStatusText(v.report, lang);
  const row = (theme: string, field: string, text: string, level: string, itemId: string): ReportValue[] => [hostName, latest.version, status, theme, field, text, level, itemId, v.hostId];
  const level = (id: string) => FINDING_LEVELS[latest.sharing[id] ?? 'team'][lang];
  return [
    ...latest.report.themes.flatMap((t) => {
      const theme = themeName(t.themeId, round, lang);
      return [
        ...t.strengths.map((i) => row(theme, T.strength[lang], i.text, level(i.id), i.id)),
        ...t.developmentAreas.map((i) => row(theme, T.developmentArea[lang], i.text, level(i.id), i.id)),
      ];
    }),
    ...(latest.report.summary ? [row('', T.summary[lang], latest.report.summary, FINDING_LEVELS.team[lang], '')] : []),
    ...(latest.report.feedbackNotes ? [row('', T.feedbackNotes[lang], latest.report.feedbackNotes, FINDING_LEVELS.team[lang], '')] : []),
  ];
}

/**
 * The coordinator's Report texts sheet, marked coordinator-only: every text of every host's latest
 * report version (hosts in plan order) with the level the host chose for each item (`team` unless
 * chosen; the overall summary and the feedback notes never leave the visit).
 */
export function reportTextsSheet(d: { round: Pick<Round, 'themes'>; participants: readonly { participantId: string; name: string }[]; visits: readonly VisitEntry[] }, lang: Lang): ReportSheet {
  const names = new Map(d.participants.map((p) => [p.participantId, p.name]));
  return tableSheet('reportTexts', T.title[lang], T.note[lang], {
    name: REPORT_TEXTS_TABLE,
    columns: [
      col('host', H.host, lang, 28, { userText: true }),
      col('version', H.version, lang, 9, { format: 'integer' }),
      col('status', H.status, lang, 30, { wrap: true }),
      col('theme', H.theme, lang, 30, { wrap: true, userText: true }),
      col('field', H.field, lang, 20),
      col('text', H.text, lang, 70, { wrap: true, userText: true }),
      col('level', H.level, lang, 28, { wrap: true }),
      col('itemId', H.itemId, lang, 12, { format: 'text' }),
      col('hostId', H.hostId, lang, 16, { format: 'text' }),
    ],
    rows: d.visits.flatMap((v) => rowsOf(v, names.get(v.hostId) ?? v.hostId, d.round, lang)),
  });
}
