import type { Lang } from '../i18n/lang';
import type { RoundSummary } from '../rounds/combineRound';
import type { TeamFinding } from '../rounds/visitFindings';
import type { Round } from '../schemas/roundSchema';
import { col, L, themeName } from './reportParts';
import type { ReportValue, Unplaced } from './reportSheet';
import { FINDING_LEVELS } from './reportTextsSheet';

/** The Summary sheet's table of the strengths and development areas interview teams identified. */
export const TEAM_FINDINGS_TABLE = 'IlmSummaryTeamFindings';

const T = {
  heading: L('Haastatteluryhmien havaitsemat vahvuudet ja kehittämiskohteet', 'Styrkor och utvecklingsområden som intervjugrupperna identifierat', 'Strengths and development areas identified by the interview teams'),
  note: L(
    'Julkaistuista palauteraporteista, sillä tasolla jonka vierailtava valitsi: vain vierailtavalle, ryhmälle ja koordinaattorille tarkoitetut kohdat eivät ole tässä (ne ovat Raporttien tekstit -välilehdellä), ja vierailtavan nimi näkyy vain, jos se jakoi kohdan nimellä. Kohdat ovat tekstin mukaisessa järjestyksessä, eivät osallistujien.',
    'Ur publicerade återkopplingsrapporter, på den nivå värden valt: punkter avsedda endast för värden, gruppen och koordinatorn finns inte här (de finns på fliken Rapporternas texter), och värdens namn visas bara om värden delat punkten med namn. Punkterna står i textens ordning, inte deltagarnas.',
    'From released feedback reports, at the level the host chose: items meant for the host, its team and the coordinator only are not here (they are on the Report texts sheet), and the host’s name shows only where it shared the item with its name. Items are ordered by their text, not by participant.',
  ),
  strength: L('Vahvuus', 'Styrka', 'Strength'),
  developmentArea: L('Kehittämiskohde', 'Utvecklingsområde', 'Development area'),
};

const H = {
  theme: L('Teema', 'Tema', 'Theme'),
  field: L('Kenttä', 'Fält', 'Field'),
  text: L('Teksti', 'Text', 'Text'),
  level: L('Jakamisen taso', 'Delningsnivå', 'Sharing level'),
  host: L('Vierailtava (jos nimellä)', 'Värd (om med namn)', 'Host (if named)'),
};

/**
 * The Summary sheet's blocks for the team-identified findings (per theme, strengths then development
 * areas), each labelled with its level; only `summary` and `named` items are ever in the summary.
 */
export function teamFindingsBlocks(summary: RoundSummary, round: Pick<Round, 'themes'>, lang: Lang): Unplaced[] {
  const row = (theme: string, field: string, f: TeamFinding): ReportValue[] => [theme, field, f.text, FINDING_LEVELS[f.hostName !== undefined ? 'named' : 'summary'][lang], f.hostName ?? ''];
  const rows = summary.themes.flatMap((t) => {
    const theme = themeName(t.themeId, round, lang);
    return [...t.teamStrengths.map((f) => row(theme, T.strength[lang], f)), ...t.teamDevelopmentAreas.map((f) => row(theme, T.developmentArea[lang], f))];
  });
  return [
    { kind: 'line', style: 'heading', text: T.heading[lang] },
    { kind: 'line', style: 'note', text: T.note[lang] },
    {
      kind: 'table',
      name: TEAM_FINDINGS_TABLE,
      columns: [
        col('theme', H.theme, lang, 30, { wrap: true, userText: true }),
        col('about', H.field, lang, 18),
        col('text', H.text, lang, 70, { userText: true, wrap: true }),
        col('level', H.level, lang, 26, { wrap: true }),
        col('host', H.host, lang, 26, { userText: true }),
      ],
      rows,
    },
  ];
}
