import { coordinatorSheets } from '../../../shared/layouts/coordinatorSheets';
import { REPORT_TABLES } from '../../../shared/layouts/reportTables';
import { reportTable, reportTexts, type ReportSheet } from '../../../shared/layouts/reportSheet';
import { REPORT_TEXTS_TABLE } from '../../../shared/layouts/reportTextsSheet';
import { TEAM_FINDINGS_TABLE } from '../../../shared/layouts/summaryFindings';
import { VISITS_TABLE } from '../../../shared/layouts/visitsSheet';
import { combineRound } from '../../../shared/rounds/combineRound';
import { buildCoordinatorData } from '../../../shared/rounds/coordinatorData';
import { planInterviews } from '../../../shared/rounds/planInterviews';
import type { VisitRecord } from '../../../shared/rounds/visitEntries';
import { releasedReports } from '../../../shared/rounds/visitEntries';
import type { VisitReportDoc } from '../../../shared/schemas/visitReportSchema';

const round = { roundId: 'kierros-1', name: 'Kevät 2027', participantKind: 'municipalities' as const, themes: [{ id: 'procurement' }, { id: 'energy-audits' }], phases: [] };
const participants = [
  { participantId: 'a', name: 'Aurajoki' },
  { participantId: 'b', name: 'Bergby' },
  { participantId: 'c', name: 'Cedervik' },
  { participantId: 'd', name: 'Dalsbruk' },
];
const plan = (() => {
  const p = planInterviews(participants.map((x) => x.participantId));
  if (!p.ok) throw new Error('no plan');
  return p.value;
})();

const doc = (themeId: string, strengths: [string, string][], developmentAreas: [string, string][], summary = '', feedbackNotes = ''): VisitReportDoc => ({
  themes: [{ themeId, strengths: strengths.map(([id, text]) => ({ id, text })), developmentAreas: developmentAreas.map(([id, text]) => ({ id, text })) }],
  summary,
  feedbackNotes,
});

const aReport = doc('procurement', [['s1aaaa', 'VAHVUUS-named-a'], ['s2aaaa', 'VAHVUUS-team-a']], [['d1aaaa', 'KEHITYS-summary-a']], 'YHTEENVETO-a', 'MUISTIO-a');
const records: VisitRecord[] = [
  // Released v2, the host chose named and summary for two items; one stays `team`.
  { hostId: 'a', dates: ['2027-03-02', '2027-03-03'], questionsSent: true, report: { version: 2, savedAt: '2027-03-09T12:00:00.000Z', releasedVersion: 2, releasedAt: '2027-03-10T09:30:00.000Z' }, sharing: { s1aaaa: 'named', d1aaaa: 'summary' }, latest: aReport, released: aReport },
  // Released v2 (shared to the summary), edited since: v3 is a draft nobody but the team and the coordinator sees.
  { hostId: 'b', dates: ['2027-03-05'], questionsSent: true, report: { version: 3, savedAt: '2027-03-12T08:00:00.000Z', releasedVersion: 2, releasedAt: '2027-03-11T10:00:00.000Z' }, sharing: { x1bbbb: 'summary' }, latest: doc('energy-audits', [['x1bbbb', 'VAHVUUS-draft-b']], []), released: doc('energy-audits', [['x1bbbb', 'VAHVUUS-released-b']], []) },
  // A draft, never released.
  { hostId: 'c', dates: [], questionsSent: false, report: { version: 1, savedAt: '2027-03-08T07:00:00.000Z' }, sharing: null, latest: doc('procurement', [], [['y1cccc', 'KEHITYS-draft-c']]), released: null },
];

const data = buildCoordinatorData(round, participants, [], plan, records);
const sheets = coordinatorSheets(data, 'fi');
const sheetOf = (key: ReportSheet['key']) => sheets.find((s) => s.key === key)!;

describe('the visits in the coordinator sheets', () => {
  it('add the Vierailut and Raporttien tekstit sheets once the plan is stored (not before)', () => {
    expect(sheets.map((s) => s.title)).toEqual(['Kierros', 'Osallistujat', 'Yhteenveto', 'Yhdistetty aineisto', 'Haastattelut', 'Vierailut', 'Raporttien tekstit']);
    expect(coordinatorSheets(buildCoordinatorData(round, participants, [], plan), 'fi').map((s) => s.key)).toEqual(['round', 'participants', 'summary', 'combined', 'interviews']);
    expect(coordinatorSheets(data, 'sv').slice(5).map((s) => s.title)).toEqual(['Besök', 'Rapporternas texter']);
    expect(coordinatorSheets(data, 'en').slice(5).map((s) => s.title)).toEqual(['Visits', 'Report texts']);
  });

  it('list every host in plan order: team, dates, questions, report status, sharing', () => {
    expect(plan.visits.map((v) => [v.hostId, ...v.teamIds])).toEqual([['a', 'b', 'c'], ['b', 'c', 'd'], ['c', 'd', 'a'], ['d', 'a', 'b']]);
    const t = reportTable(sheetOf('visits'), VISITS_TABLE);
    expect(t.columns.map((c) => c.header)).toEqual(['Järjestys', 'Vierailtava', 'Haastattelija 1', 'Haastattelija 2', 'Vierailupäivät', 'Kysymykset lähetetty', 'Palauteraportti', 'Jakaminen valittu', 'Tunnus']);
    expect(t.rows).toEqual([
      [1, 'Aurajoki', 'Bergby', 'Cedervik', '2027-03-02, 2027-03-03', 'Kyllä', 'Julkaistu v2 (2027-03-10 09:30 UTC)', 'Kyllä', 'a'],
      [2, 'Bergby', 'Cedervik', 'Dalsbruk', '2027-03-05', 'Kyllä', 'Julkaistu v2 (2027-03-11 10:00 UTC); päivitetty julkaisun jälkeen (v3)', 'Kyllä', 'b'],
      [3, 'Cedervik', 'Dalsbruk', 'Aurajoki', '', 'Ei', 'Luonnos v1', 'Ei', 'c'],
      [4, 'Dalsbruk', 'Aurajoki', 'Bergby', '', 'Ei', 'Ei raporttia', 'Ei', 'd'],
    ]);
    expect(t.columns.filter((c) => c.userText).map((c) => c.key)).toEqual(['host', 'team1', 'team2']);
    // No report text on the Visits sheet.
    expect(reportTexts(sheetOf('visits')).join('\n')).not.toMatch(/VAHVUUS|KEHITYS|YHTEENVETO|MUISTIO/);
  });

  it('put every text of each latest version on the coordinator-only Raporttien tekstit sheet, with its level', () => {
    const sheet = sheetOf('reportTexts');
    expect(sheet.blocks[1]).toMatchObject({ kind: 'line', style: 'note' });
    expect(sheet.blocks[1]!.kind === 'line' && sheet.blocks[1]!.text.startsWith('VAIN KOORDINAATTORILLE – älä jaa tätä välilehteä eteenpäin.')).toBe(true);
    const t = reportTable(sheet, REPORT_TEXTS_TABLE);
    expect(t.rows).toEqual([
      ['Aurajoki', 2, 'Julkaistu v2 (2027-03-10 09:30 UTC)', 'Hankinnat', 'Vahvuus', 'VAHVUUS-named-a', 'Yhteenvetoon nimellä', 's1aaaa', 'a'],
      ['Aurajoki', 2, 'Julkaistu v2 (2027-03-10 09:30 UTC)', 'Hankinnat', 'Vahvuus', 'VAHVUUS-team-a', 'Vain vierailtava, ryhmä ja koordinaattori', 's2aaaa', 'a'],
      ['Aurajoki', 2, 'Julkaistu v2 (2027-03-10 09:30 UTC)', 'Hankinnat', 'Kehittämiskohde', 'KEHITYS-summary-a', 'Yhteenvetoon ilman nimeä', 'd1aaaa', 'a'],
      ['Aurajoki', 2, 'Julkaistu v2 (2027-03-10 09:30 UTC)', '', 'Yhteenveto', 'YHTEENVETO-a', 'Vain vierailtava, ryhmä ja koordinaattori', '', 'a'],
      ['Aurajoki', 2, 'Julkaistu v2 (2027-03-10 09:30 UTC)', '', 'Palautetilaisuuden muistiinpanot', 'MUISTIO-a', 'Vain vierailtava, ryhmä ja koordinaattori', '', 'a'],
      ['Bergby', 3, 'Julkaistu v2 (2027-03-11 10:00 UTC); päivitetty julkaisun jälkeen (v3)', 'Energiakatselmukset', 'Vahvuus', 'VAHVUUS-draft-b', 'Yhteenvetoon ilman nimeä', 'x1bbbb', 'b'],
      ['Cedervik', 1, 'Luonnos v1', 'Hankinnat', 'Kehittämiskohde', 'KEHITYS-draft-c', 'Vain vierailtava, ryhmä ja koordinaattori', 'y1cccc', 'c'],
    ]);
    expect(t.columns.filter((c) => c.userText).map((c) => c.key)).toEqual(['host', 'theme', 'text']);
  });

  it('show on the Yhteenveto only released items the host shared, labelled, the name only where named', () => {
    const t = reportTable(sheetOf('summary'), TEAM_FINDINGS_TABLE);
    expect(t.columns.map((c) => c.header)).toEqual(['Teema', 'Kenttä', 'Teksti', 'Jakamisen taso', 'Vierailtava (jos nimellä)']);
    expect(t.rows).toEqual([
      ['Hankinnat', 'Vahvuus', 'VAHVUUS-named-a', 'Yhteenvetoon nimellä', 'Aurajoki'],
      ['Hankinnat', 'Kehittämiskohde', 'KEHITYS-summary-a', 'Yhteenvetoon ilman nimeä', ''],
      ['Energiakatselmukset', 'Vahvuus', 'VAHVUUS-released-b', 'Yhteenvetoon ilman nimeä', ''],
    ]);
    const summary = reportTexts(sheetOf('summary')).join('\n');
    expect(summary).not.toMatch(/VAHVUUS-team-a|VAHVUUS-draft-b|KEHITYS-draft-c|YHTEENVETO-a|MUISTIO-a/);
    expect(summary).not.toMatch(/Bergby|Cedervik|Dalsbruk/);
    // The participants' own texts table is untouched by the reports.
    expect(reportTable(sheetOf('summary'), REPORT_TABLES.texts).rows).toEqual([]);
  });
});

describe('the members’ combined summary', () => {
  it('carries the released summary and named items only, names only where named', () => {
    const names = new Map(participants.map((p) => [p.participantId, p.name]));
    const released = releasedReports(records, names);
    expect(released.map((r) => r.hostId)).toEqual(['a', 'b']);
    const s = combineRound([], { audience: 'member', themeIds: ['procurement', 'energy-audits'], releasedReports: released });
    expect(s.themes.map((t) => [t.themeId, t.teamStrengths, t.teamDevelopmentAreas])).toEqual([
      ['procurement', [{ text: 'VAHVUUS-named-a', hostName: 'Aurajoki' }], [{ text: 'KEHITYS-summary-a' }]],
      ['energy-audits', [{ text: 'VAHVUUS-released-b' }], []],
    ]);
    expect(JSON.stringify(s)).not.toMatch(/team-a|draft|YHTEENVETO|MUISTIO|Bergby/);
  });

  it('is the same whatever the order of the reports (ordered by text, never by host)', () => {
    const names = new Map(participants.map((p) => [p.participantId, p.name]));
    const one = combineRound([], { audience: 'member', themeIds: ['procurement'], releasedReports: releasedReports(records, names) });
    const other = combineRound([], { audience: 'member', themeIds: ['procurement'], releasedReports: releasedReports([...records].reverse(), names) });
    expect(other).toEqual(one);
  });
});
