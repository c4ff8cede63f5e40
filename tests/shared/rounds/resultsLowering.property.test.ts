import fc from 'fast-check';
import { combineRound } from '../../../shared/rounds/combineRound';
import { applyLowerings, LEVEL_RANK, reportRef, saRef, type Lowerings } from '../../../shared/rounds/resultsLevels';
import type { ReleasedReport } from '../../../shared/rounds/visitFindings';
import type { SharingLevel } from '../../../shared/schemas/submissionSchema';
import { makeSubmission } from '../../helpers/makeSubmission';

// Lowering sharing in a response removes exactly the lowered items from the final's lists: an item
// lowered to `team` leaves both lists, one lowered from `named` to `summary` moves from the named
// list to the anonymous one; nothing else changes.
const LEVELS: SharingLevel[] = ['team', 'summary', 'named'];
const level = fc.constantFrom(...LEVELS);

const participant = fc.record({ sa: level, report: level, lowerSa: fc.option(level, { nil: undefined }), lowerReport: fc.option(level, { nil: undefined }) });

type Entry = { text: string; name: string | null };
const key = (e: Entry) => `${e.text}|${e.name ?? ''}`;

function lists(ps: readonly { sa: SharingLevel; report: SharingLevel }[], lowerings: Map<string, Lowerings>) {
  const latest = ps.map((p, i) => ({ participantId: `p${i}`, submission: makeSubmission({ participant: { name: `Name${i}`, kind: 'municipality' }, selfAssessment: [{ themeId: 'procurement', rating: 3, strengths: `SA${i}`, sharing: p.sa }] }) }));
  const reports: ReleasedReport[] = ps.map((p, i) => ({ hostId: `p${i}`, hostName: `Name${i}`, report: { themes: [{ themeId: 'procurement', strengths: [{ id: `item${i}x`, text: `REP${i}` }], developmentAreas: [] }], summary: 'S', feedbackNotes: 'N' }, sharing: { [`item${i}x`]: p.report } }));
  const lowered = applyLowerings(latest, reports, lowerings);
  const t = combineRound(lowered.latest.map((s) => s.submission), { audience: 'member', themeIds: ['procurement'], releasedReports: lowered.reports }).themes[0]!;
  const all: Entry[] = [...t.strengths.map((x) => ({ text: x.text, name: x.participantName ?? null })), ...t.teamStrengths.map((x) => ({ text: x.text, name: x.hostName ?? null }))];
  return { named: all.filter((e) => e.name !== null).map(key).sort(), summary: all.filter((e) => e.name === null).map(key).sort() };
}

describe('lowering sharing in a response', () => {
  it('removes exactly the lowered items from the named and summary lists', () => {
    fc.assert(
      fc.property(fc.array(participant, { minLength: 1, maxLength: 6 }), (ps) => {
        const lowerings = new Map<string, Lowerings>();
        const expected = { named: [] as string[], summary: [] as string[] };
        ps.forEach((p, i) => {
          const lower: Record<string, SharingLevel> = {};
          // A lowering never raises: the server refuses that, so the property only meets real ones.
          const sa = p.lowerSa !== undefined && LEVEL_RANK[p.lowerSa] <= LEVEL_RANK[p.sa] ? p.lowerSa : p.sa;
          const rep = p.lowerReport !== undefined && LEVEL_RANK[p.lowerReport] <= LEVEL_RANK[p.report] ? p.lowerReport : p.report;
          if (sa !== p.sa) lower[saRef('procurement')] = sa;
          if (rep !== p.report) lower[reportRef(`item${i}x`)] = rep;
          lowerings.set(`p${i}`, lower);
          for (const [text, lvl] of [[`SA${i}`, sa], [`REP${i}`, rep]] as const) {
            if (lvl === 'named') expected.named.push(`${text}|Name${i}`);
            if (lvl === 'summary') expected.summary.push(`${text}|`);
          }
        });
        const got = lists(ps, lowerings);
        expect(got).toEqual({ named: expected.named.sort(), summary: expected.summary.sort() });
      }),
      { numRuns: 40 },
    );
  });

  it('changes nothing without lowerings, and a “lowering” above the current level changes nothing either', () => {
    const ps = [{ sa: 'summary' as const, report: 'team' as const }];
    const none = lists(ps, new Map());
    expect(none).toEqual({ named: [], summary: ['SA0|'] });
    expect(lists(ps, new Map([['p0', { 'sa:procurement': 'named', 'report:item0x': 'named' }]]))).toEqual(none);
  });
});
