import type { Lang } from '../i18n/lang';
import type { RoundSummary } from '../rounds/combineRound';
import type { ResultsSnapshot } from '../schemas/resultsSnapshotSchema';
import { coordinatorSheets } from './coordinatorSheets';
import { L, tableSheet } from './reportParts';
import type { ReportSheet } from './reportSheet';
import { helsinkiTime } from '../i18n/formatTime';

const T = {
  title: L('Tulokset', 'Resultat', 'Results'),
  note: L(
    'Lopullinen yhteenveto, jonka jäsenet lukevat. Se ei pisteytä eikä aseta osallistujia järjestykseen. Jakauma näytetään vain, jos vähintään kolme arvioi teeman; tekstit vain, jos kirjoittaja jakoi ne yhteenvetoon, ja nimi vain, jos se jaettiin nimellä.',
    'Den slutliga sammanfattningen som medlemmarna läser. Den varken poängsätter eller rangordnar deltagarna. En fördelning visas bara om minst tre bedömde temat; texter bara om skribenten delade dem, och ett namn bara om de delades med namn.',
    'The final summary members read. It neither scores nor ranks the participants. A distribution is shown only where at least three rated the theme; texts only where their author shared them, and a name only where shared with the name.',
  ),
  field: L('Tieto', 'Uppgift', 'Field'),
  value: L('Arvo', 'Värde', 'Value'),
  round: L('Kierros', 'Omgång', 'Round'),
  version: L('Versio', 'Version', 'Version'),
  finalised: L('Lukittu', 'Låst', 'Finalised'),
  participants: L('Osallistujat', 'Deltagare', 'Participants'),
  answered: L('Vastauksensa palauttaneita', 'Lämnade in sina svar', 'Returned their answers'),
};

/** The table that anchors the results' first sheet. */
export const RESULTS_INFO_TABLE = 'IlmResultsInfo';

/**
 * The final results summary as read-only sheets (what a member inserts from its pane): an about
 * sheet (which round, which version, when finalised, who took part in alphabetical order, how many
 * returned their answers, that no one is ranked) and the coordinator
 * workbook's Summary sheet declaration rendered from the snapshot alone, with the members' note in
 * place of the coordinator's. Nothing the snapshot does not hold.
 */
export function resultsSheets(s: ResultsSnapshot, lang: Lang): ReportSheet[] {
  const about = tableSheet('round', T.title[lang], T.note[lang], {
    name: RESULTS_INFO_TABLE,
    columns: [
      { key: 'field', header: T.field[lang], width: 24 },
      { key: 'value', header: T.value[lang], width: 48, userText: true, wrap: true },
    ],
    rows: [
      [T.round[lang], s.round.name],
      [T.version[lang], s.version],
      [T.finalised[lang], helsinkiTime(s.finalisedAt, lang)],
      [T.participants[lang], s.round.participants.join(', ')],
      [T.answered[lang], s.summary.participantCount],
    ],
  });
  const round = { roundId: '', name: s.round.name, participantKind: s.round.participantKind, themes: s.round.themes.map((t) => ({ id: t.themeId, name: t.name })), phases: s.round.phases };
  const summary = coordinatorSheets({ round, participants: [], summary: s.summary as RoundSummary, plan: null, visits: [] }, lang).find((x) => x.key === 'summary')!;
  let replaced = false;
  const blocks = summary.blocks.map((b) => {
    if (replaced || b.kind !== 'line' || b.style !== 'note') return b;
    replaced = true;
    return { ...b, text: T.note[lang] };
  });
  return [about, { ...summary, blocks }];
}
