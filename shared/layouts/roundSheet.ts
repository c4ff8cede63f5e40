import { CATALOG_DATA as CATALOG } from '../catalog/catalogData';
import type { Lang } from '../i18n/lang';
import type { CoordinatorData } from './coordinatorSheets';
import { COORDINATOR_HEADERS as H, COORDINATOR_TEXTS as TEXT, COORDINATOR_TITLES as T } from './coordinatorStrings';
import { col, themeName } from './reportParts';
import { stackBlocks, type ReportSheet, type ReportValue } from './reportSheet';
import { REPORT_TABLES } from './reportTables';

/** The round's facts: name, code, participants, themes and phases. */
export function roundSheet(d: CoordinatorData, lang: Lang): ReportSheet {
  const submitted = d.participants.filter((p) => p.latest).length;
  const phaseName = (id: string) => CATALOG.phases.find((p) => p.id === id)?.name[lang] ?? id;
  return {
    key: 'round',
    title: T.round[lang],
    anchorTable: REPORT_TABLES.round,
    blocks: stackBlocks([
      { kind: 'line', style: 'title', text: d.round.name, userText: true },
      {
        kind: 'table',
        name: REPORT_TABLES.round,
        // The round's and own themes' names are the coordinator's words: text, like participant texts.
        columns: [col('field', H.field, lang, 28), col('value', H.value, lang, 48, { wrap: true, userText: true })],
        rows: [
          [H.roundName[lang], d.round.name],
          [H.roundCode[lang], d.round.roundId],
          [H.kind[lang], TEXT.kinds[d.round.participantKind][lang]],
          [H.count[lang], d.participants.length],
          [H.submitted[lang], submitted],
          ...d.round.themes.map((t, i): ReportValue[] => [`${H.theme[lang]} ${i + 1}`, themeName(t.id, d.round, lang)]),
        ],
      },
      {
        kind: 'table',
        name: REPORT_TABLES.phases,
        columns: [col('phase', H.phase, lang, 28), col('start', H.start, lang, 14, { format: 'text' }), col('end', H.end, lang, 14, { format: 'text' })],
        rows: d.round.phases.map((p) => [phaseName(p.phaseId), p.start, p.end]),
      },
    ]),
  };
}
