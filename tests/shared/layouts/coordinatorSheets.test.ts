import fc from 'fast-check';
import { CATALOG } from '../../../shared/catalog/catalog';
import { LANGS } from '../../../shared/i18n/lang';
import { coordinatorSheets, type CoordinatorData } from '../../../shared/layouts/coordinatorSheets';
import { REPORT_TABLES } from '../../../shared/layouts/reportTables';
import { sharedModelsSheet } from '../../../shared/layouts/sharedModelsSheet';
import { participantOrder } from '../../../shared/layouts/reportParts';
import { reportTable, reportTexts, type ReportSheet } from '../../../shared/layouts/reportSheet';
import { combineRound } from '../../../shared/rounds/combineRound';
import { invitationText } from '../../../shared/rounds/invitation';
import { buildCoordinatorData } from '../../../shared/rounds/coordinatorData';
import { planInterviews } from '../../../shared/rounds/planInterviews';
import { proposePhases } from '../../../shared/rounds/proposePhases';
import { computeModelScores } from '../../../shared/scoring/scoreModels';
import type { Submission } from '../../../shared/schemas/submissionSchema';
import { makeSubmission } from '../../helpers/makeSubmission';

const THEMES = CATALOG.themes.map((t) => ({ id: t.id }));

/** A participant whose every text carries a marker naming its sharing level, and whose notes carry one too. */
function marked(name: string, sharing: 'team' | 'summary' | 'named', weights = { A: 3, B: 2, C: 1, D: 2, E: 1 }): Submission {
  // Markers carry a tag, not the name, so a name found on a sheet is a name the sheet wrote.
  const tag = `x${name.length}${name.charCodeAt(0)}`;
  return makeSubmission({
    participant: { name, kind: 'municipality' },
    goalWeights: weights,
    models: CATALOG.models.slice(0, 6).map((m, i) => ({ modelId: m.id, status: 'in-use' as const, impact: { A: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5 }, notes: `NOTE-${tag}-${i}` })),
    selfAssessment: CATALOG.themes.map((t) => ({
      themeId: t.id,
      rating: 3,
      currentPractice: `PRACTICE-${sharing}-${tag}-${t.id}`,
      strengths: `STRENGTH-${sharing}-${tag}-${t.id}`,
      developmentAreas: `DEV-${sharing}-${tag}-${t.id}`,
      evidence: `EVIDENCE-${sharing}-${tag}-${t.id}`,
      sharing,
    })),
  });
}

function data(subs: readonly Submission[], order: readonly number[] = subs.map((_, i) => i)): CoordinatorData {
  const round = { roundId: 'kierros-1', name: 'Kevät 2027', participantKind: 'municipalities' as const, themes: THEMES, phases: proposePhases('2027-01-04') };
  const participants = order.map((i) => ({ participantId: `p${i}`, name: subs[i]!.participant.name }));
  // Private notes are kept in this data on purpose: the sheets themselves must leave them out.
  const latest = order.map((i) => ({ participantId: `p${i}`, version: 1, submittedAt: '2026-11-24T10:00:00.000Z', submission: subs[i]! }));
  return buildCoordinatorData(round, participants, latest);
}

const sheetOf = (sheets: ReportSheet[], key: ReportSheet['key']) => sheets.find((s) => s.key === key)!;
const texts = (sheet: ReportSheet) => reportTexts(sheet).join('\n');

describe('coordinator sheets', () => {
  const subs = [marked('Aurajoki', 'team'), marked('Bergby', 'summary'), marked('Cedervik', 'named'), marked('Dalsbruk', 'summary')];
  const sheets = coordinatorSheets(data(subs), 'fi');


  it('are the five sheets, each with its anchor table', () => {
    expect(sheets.map((s) => s.key)).toEqual(['round', 'participants', 'summary', 'combined', 'interviews']);
    for (const s of sheets) expect(() => reportTable(s, s.anchorTable)).not.toThrow();
    expect(sheets.map((s) => s.title)).toEqual(['Kierros', 'Osallistujat', 'Yhteenveto', 'Yhdistetty aineisto', 'Haastattelut']);
  });

  it('never carry private notes anywhere', () => {
    for (const s of sheets) expect(texts(s)).not.toMatch(/NOTE-/);
  });

  it('keep team-level texts off the summary, and names only beside named texts', () => {
    const summary = texts(sheetOf(sheets, 'summary'));
    expect(summary).not.toMatch(/-team-/);
    expect(summary).toMatch(/STRENGTH-summary-/);
    expect(summary).toMatch(/STRENGTH-named-/);
    expect(summary).not.toMatch(/EVIDENCE-/);
    const textsTable = reportTable(sheetOf(sheets, 'summary'), REPORT_TABLES.texts);
    for (const row of textsTable.rows) {
      const name = row[3];
      if (String(row[2]).includes('-named-')) expect(name).toBe('Cedervik');
      else expect(name).toBe('');
    }
    // Names of team- or summary-level authors appear nowhere on the summary sheet.
    expect(summary).not.toMatch(/Aurajoki|Bergby|Dalsbruk/);
  });

  it('keep every text on the coordinator’s combined data, which says it is not for sharing', () => {
    const combined = texts(sheetOf(sheets, 'combined'));
    expect(combined).toMatch(/STRENGTH-team-/);
    expect(combined).toMatch(/älä jaa/);
  });

  it('show a theme distribution only from three raters', () => {
    const two = coordinatorSheets(data(subs.slice(0, 2)), 'en');
    const themes = reportTable(sheetOf(two, 'summary'), REPORT_TABLES.themes);
    for (const row of themes.rows) {
      expect(row.slice(1, 6)).toEqual([null, null, null, null, null]);
      expect(row[7]).toMatch(/Fewer than 3 raters/);
    }
    const four = reportTable(sheetOf(sheets, 'summary'), REPORT_TABLES.themes);
    for (const row of four.rows) expect(row.slice(1, 6)).toEqual([0, 0, 4, 0, 0]);
  });

  it('list participants by name, not by anything they submitted', () => {
    // Scores rise as names fall in the alphabet: an order by score would be the reverse.
    const ranked = ['Örebro', 'Nurmes', 'Kemi', 'Aura'].map((n, i) => marked(n, 'summary', { A: 5, B: i, C: i, D: i, E: i }));
    const totals = ranked.map((s) => computeModelScores({ capacity: s.profile.capacity, goalWeights: s.goalWeights, models: s.models }).reduce((a, m) => a + m.score, 0));
    expect(new Set(totals).size).toBe(4);
    const d = data(ranked);
    const made = coordinatorSheets(d, 'fi');
    const names = reportTable(sheetOf(made, 'participants'), REPORT_TABLES.participants).rows.map((r) => r[1]);
    expect(names).toEqual(['Aura', 'Kemi', 'Nurmes', 'Örebro']);
    const combinedNames = [...new Set(reportTable(sheetOf(made, 'combined'), REPORT_TABLES.combined).rows.map((r) => r[1]))];
    expect(combinedNames).toEqual(['Aura', 'Kemi', 'Nurmes', 'Örebro']);
  });

  it('have no per-participant score, total or rank column', () => {
    for (const s of sheets) {
      for (const b of s.blocks) {
        if (b.kind !== 'table') continue;
        const keys = b.columns.map((c) => c.key);
        const perParticipant = keys.includes('participantId') || keys.includes('participant') || keys.includes('name') || keys.includes('host');
        if (perParticipant) expect(keys.filter((k) => /score|total|rank|goalFit|feasibility|sum/i.test(k))).toEqual([]);
      }
    }
  });

  it('do not depend on the order participants come in', () => {
    const base = JSON.stringify(coordinatorSheets(data(subs), 'sv'));
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), (order) => {
        const d = data(subs, order);
        // The interview plan is by id, so the same ids must get the same participants.
        const again = { ...d, participants: d.participants.map((p) => ({ ...p, participantId: `p${subs.findIndex((s) => s.participant.name === p.name)}` })) };
        const plan = planInterviews(again.participants.map((p) => p.participantId));
        expect(JSON.stringify(coordinatorSheets({ ...again, plan: plan.ok ? plan.value : null }, 'sv'))).toBe(base);
      }),
      { numRuns: 24 },
    );
  });

  it('say what each participant still lacks, and who has not submitted', () => {
    const d = data(subs);
    const withLate = { ...d, participants: [...d.participants, { participantId: 'zz', name: 'Ylöjärvi', latest: null }] };
    const rows = reportTable(sheetOf(coordinatorSheets(withLate, 'fi'), 'participants'), REPORT_TABLES.participants).rows;
    expect(rows.at(-1)).toEqual(['zz', 'Ylöjärvi', 'Ei vielä lähetetty', null, null, 'koko lomake']);
    expect(rows[0]).toEqual(['p0', 'Aurajoki', 'Lähetetty', 1, '2026-11-24 10:00', `${CATALOG.models.length - 6} mallia ilman tilannetta`]);
  });

  it('write the interview plan with names, each participant hosting once and sitting on two teams', () => {
    const rows = reportTable(sheetOf(sheets, 'interviews'), REPORT_TABLES.interviews).rows;
    expect(rows).toHaveLength(4);
    const all = rows.flatMap((r) => [r[2], r[3], r[4]]);
    for (const s of subs) expect(all.filter((n) => n === s.participant.name)).toHaveLength(3);
  });
});

describe('shared recommended-model sheet', () => {
  const subs = [marked('Aurajoki', 'named'), marked('Bergby', 'named'), marked('Cedervik', 'named')];
  const member = combineRound(subs, { audience: 'member' });
  const sheet = sharedModelsSheet({ participantCount: 3, models: member.models, mostRecommended: [{ modelId: CATALOG.models[0]!.id, recommendedCount: 3 }] }, 'kierros-1', 'fi');

  it('holds no participant name and no text, even when all shared with their names', () => {
    const all = texts(sheet);
    expect(all).not.toMatch(/Aurajoki|Bergby|Cedervik|STRENGTH|PRACTICE|DEV-|EVIDENCE|NOTE-/);
  });

  it('marks high impact at 3.3 and spells out where the round differs from the catalogue', () => {
    const table = reportTable(sheet, REPORT_TABLES.shared);
    const byId = new Map(table.rows.map((r) => [r.at(-1), r]));
    for (const m of member.models) {
      const row = byId.get(m.modelId)!;
      const meanA = row[2];
      const markA = row[7];
      if (m.impact.A === null) expect(meanA).toBeNull();
      else expect(markA).toBe(m.impact.A.mean >= 3.3 - 1e-9 ? '●' : '');
      expect(String(row[13])).toBe(
        m.differsFromCatalogueOn.map((g) => `${g}: ${m.highImpactGoals.includes(g) ? 'kierroksella suuri, luettelossa ei' : 'luettelossa suuri, kierroksella ei'}`).join('; '),
      );
    }
    expect(table.rows.some((r) => String(r[13]).length > 0)).toBe(true);
  });
});

describe('round helpers', () => {
  it('propose phase dates back to back, in the pilots’ order and lengths', () => {
    const p = proposePhases('2027-01-04');
    expect(p.map((x) => x.phaseId)).toEqual(CATALOG.phases.map((x) => x.id));
    expect(p[0]).toEqual({ phaseId: 'organise', start: '2027-01-04', end: '2027-02-28' });
    for (let i = 1; i < p.length; i += 1) {
      expect(Date.parse(p[i]!.start) - Date.parse(p[i - 1]!.end)).toBe(86_400_000);
    }
    expect(proposePhases('not a date')).toEqual([]);
  });

  it('write invitations with both codes in every language', () => {
    for (const lang of LANGS) {
      const text = invitationText({ roundName: 'Kevät', roundId: 'kevat-abc', participantName: 'Turku', inviteToken: 'turku.SECRET' }, lang);
      expect(text).toContain('kevat-abc');
      expect(text).toContain('turku.SECRET');
      expect(text).toContain('Turku');
    }
  });

});

describe('participantOrder', () => {
  it('sorts as a Finnish reader expects (å, ä, ö after z), case ignored, ties by id', () => {
    const list = [{ participantId: 'c', name: 'Åbo' }, { participantId: 'b', name: 'espoo' }, { participantId: 'a', name: 'Espoo' }, { participantId: 'd', name: 'Ähtäri' }, { participantId: 'e', name: 'Zürich' }];
    expect(participantOrder(list).map((p) => p.name)).toEqual(['Espoo', 'espoo', 'Zürich', 'Åbo', 'Ähtäri']);
  });
});
