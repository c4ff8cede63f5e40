import { makeSubmissionInput } from './makeSubmission';
import type { VisitApi, VisitRound } from './visitRound';

/** Marker texts of the results tests: each says who wrote it and at which level. */
export const RSL = {
  auraNamed: 'RSLauraNamedProcurement',
  euraNamed: 'RSLeuraNamed <script>alert(1)</script> & "quoted"',
  iiTeam: 'RSLiiTeamProcurement',
  ouluSummary: 'RSLouluSummaryProcurement',
  reportTeam: 'RSLreportTeamAura',
  reportSummary: 'RSLreportSummaryAura',
  overall: 'RSLoverallAura',
  notes: 'RSLnotesAura',
  privateNote: 'RSLprivateModelNote',
};

const sa = (rating: number, sharing: 'team' | 'summary' | 'named', strengths?: string) => [{ themeId: 'procurement', rating, sharing, ...(strengths ? { strengths } : {}) }];

/**
 * Fills a six-participant round with a plan: aura (named text, later lowered), eura (named text),
 * ii (team only), oulu (summary text), pori (a summary rating); salo sends nothing. The report
 * about aura (team eura, ii) has a team, a summary item, an overall summary and notes; released.
 * Answers the report's item ids by text.
 */
export async function fillResultsRound(api: VisitApi, round: VisitRound): Promise<Record<string, string>> {
  const r = `rounds/${round.roundId}`;
  const subs: [string, ReturnType<typeof sa>][] = [
    ['aura', sa(3, 'named', RSL.auraNamed)],
    ['eura', sa(4, 'named', RSL.euraNamed)],
    ['ii', sa(2, 'team', RSL.iiTeam)],
    ['oulu', sa(5, 'summary', RSL.ouluSummary)],
    ['pori', sa(3, 'summary')],
  ];
  for (const [id, selfAssessment] of subs) {
    const body = makeSubmissionInput({ participant: { name: `Oma nimi ${id}`, kind: 'municipality' }, selfAssessment, models: [{ modelId: 'diploma', status: 'planned', notes: RSL.privateNote }] });
    const put = await api.call('PUT', `${r}/submissions/${id}`, round.token[id], body);
    if (put.status !== 201) throw new Error(`submission ${id}: ${put.text}`);
  }
  const base = `${r}/visits/aura`;
  const report = { themes: [{ themeId: 'procurement', strengths: [{ text: RSL.reportTeam }, { text: RSL.reportSummary }], developmentAreas: [] }], summary: RSL.overall, feedbackNotes: RSL.notes };
  const put = await api.call('PUT', `${base}/report`, round.token.eura, report);
  if (put.status !== 201) throw new Error(`report: ${put.text}`);
  if ((await api.call('POST', `${base}/report/release`, round.token.ii)).status !== 200) throw new Error('release');
  const got = await api.call('GET', `${base}/report`, round.token.aura);
  const items = got.body.report.themes[0].strengths as { id: string; text: string }[];
  const ids = Object.fromEntries(items.map((i) => [i.text, i.id]));
  const sharing = await api.call('PUT', `${base}/report/sharing`, round.token.aura, { items: { [ids[RSL.reportSummary]!]: 'summary' } });
  if (sharing.status !== 200) throw new Error(`sharing: ${sharing.text}`);
  return ids;
}

/** Tomorrow as YYYY-MM-DD (UTC). */
export const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
