import type { Lang } from '../i18n/lang';
import type { VisitEntry } from '../rounds/visitEntries';
import { col, L, tableSheet, utcMinute } from './reportParts';
import type { ReportSheet } from './reportSheet';

/** The Visits sheet's table (found again by a second pull). */
export const VISITS_TABLE = 'IlmVisits';

const T = {
  title: L('Vierailut', 'Besök', 'Visits'),
  note: L(
    'Vierailujen tilanne haastattelusuunnitelman järjestyksessä. Taulukko kertoo vain, missä vaiheessa kukin vierailu on; se ei vertaa osallistujia keskenään. Raporttien tekstit ovat Raporttien tekstit -välilehdellä.',
    'Besökens läge i intervjuplanens ordning. Tabellen visar bara hur långt varje besök har kommit; den jämför inte deltagarna med varandra. Rapporternas texter finns på fliken Rapporternas texter.',
    'The visits in the order of the interview plan. The table shows only how far each visit has come; it does not compare participants. The reports’ texts are on the Report texts sheet.',
  ),
  yes: L('Kyllä', 'Ja', 'Yes'),
  no: L('Ei', 'Nej', 'No'),
  none: L('Ei raporttia', 'Ingen rapport', 'No report'),
  draft: L('Luonnos', 'Utkast', 'Draft'),
  released: L('Julkaistu', 'Publicerad', 'Released'),
  updated: L('päivitetty julkaisun jälkeen', 'uppdaterad efter publiceringen', 'updated since release'),
};

const H = {
  order: L('Järjestys', 'Ordning', 'Order'),
  host: L('Vierailtava', 'Värd', 'Host'),
  team1: L('Haastattelija 1', 'Intervjuare 1', 'Interviewer 1'),
  team2: L('Haastattelija 2', 'Intervjuare 2', 'Interviewer 2'),
  dates: L('Vierailupäivät', 'Besöksdatum', 'Visit dates'),
  questionsSent: L('Kysymykset lähetetty', 'Frågorna skickade', 'Questions sent'),
  report: L('Palauteraportti', 'Återkopplingsrapport', 'Feedback report'),
  sharingSet: L('Jakaminen valittu', 'Delningen vald', 'Sharing set'),
  id: L('Tunnus', 'Kod', 'Id'),
};

/**
 * A report's status in words: "Ei raporttia", "Luonnos v2", "Julkaistu v3 (2026-03-20 10:00 UTC)",
 * with "; päivitetty julkaisun jälkeen (v4)" when a newer version waits for release.
 */
export function reportStatusText(r: VisitEntry['report'], lang: Lang): string {
  if (r.status === 'none') return T.none[lang];
  if (r.status === 'draft') return `${T.draft[lang]} v${r.version}`;
  const at = r.releasedAt ? ` (${utcMinute(r.releasedAt)} UTC)` : '';
  const updated = r.updatedSinceRelease ? `; ${T.updated[lang]} (v${r.version})` : '';
  return `${T.released[lang]} v${r.releasedVersion}${at}${updated}`;
}

/**
 * The coordinator's Visits sheet: one row per host in plan order with its team (two names), the
 * agreed date(s), whether the questions were sent, the report's status and whether the host has set
 * the sharing of its report items. No texts of the report here (they are on the Report texts sheet).
 */
export function visitsSheet(d: { participants: readonly { participantId: string; name: string }[]; visits: readonly VisitEntry[] }, lang: Lang): ReportSheet {
  const names = new Map(d.participants.map((p) => [p.participantId, p.name]));
  const name = (id: string) => names.get(id) ?? id;
  const yesNo = (b: boolean) => (b ? T.yes : T.no)[lang];
  return tableSheet('visits', T.title[lang], T.note[lang], {
    name: VISITS_TABLE,
    columns: [
      col('order', H.order, lang, 10, { format: 'integer' }),
      col('host', H.host, lang, 30, { userText: true }),
      col('team1', H.team1, lang, 30, { userText: true }),
      col('team2', H.team2, lang, 30, { userText: true }),
      col('dates', H.dates, lang, 24, { format: 'text', wrap: true }),
      col('questionsSent', H.questionsSent, lang, 14),
      col('report', H.report, lang, 44, { wrap: true }),
      col('sharingSet', H.sharingSet, lang, 14),
      col('id', H.id, lang, 16, { format: 'text' }),
    ],
    rows: d.visits.map((v, i) => [
      i + 1, name(v.hostId), name(v.teamIds[0]), name(v.teamIds[1]), v.dates.join(', '), yesNo(v.questionsSent), reportStatusText(v.report, lang), yesNo(v.sharingSet), v.hostId,
    ]),
  });
}
