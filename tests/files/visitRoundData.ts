import type { CoordinatorData } from '../../shared/layouts/coordinatorSheets';
import { buildCoordinatorData } from '../../shared/rounds/coordinatorData';
import { planInterviews } from '../../shared/rounds/planInterviews';
import type { VisitRecord } from '../../shared/rounds/visitEntries';
import type { SharingLevel } from '../../shared/schemas/submissionSchema';
import type { VisitReportDoc } from '../../shared/schemas/visitReportSchema';

const LEVELS: readonly SharingLevel[] = ['team', 'summary', 'named'];

/**
 * The same round with its plan stored and a visit for every host whose report texts are `texts` (in
 * turn): released, released and edited since, or a draft; items at every sharing level. For the file
 * checks of the Visits, Report texts and Summary sheets.
 */
export function withVisits(d: CoordinatorData, texts: readonly string[]): CoordinatorData {
  const plan = planInterviews(d.participants.map((p) => p.participantId));
  if (!plan.ok) throw new Error('needs three participants');
  let k = 0;
  const next = () => texts[k++ % texts.length]!;
  const records = plan.value.visits.map((v, i): VisitRecord => {
    const sharing: Record<string, SharingLevel> = {};
    const item = (t: number, n: number) => {
      const id = `i${i}t${t}n${n}`;
      sharing[id] = LEVELS[(i + t + n) % 3]!;
      return { id, text: next() };
    };
    const report: VisitReportDoc = {
      themes: d.round.themes.slice(0, 3).map((th, t) => ({ themeId: th.id, strengths: [item(t, 0), item(t, 1)], developmentAreas: [item(t, 2)] })),
      summary: next(),
      feedbackNotes: next(),
    };
    const kind = i % 3;
    return {
      hostId: v.hostId,
      dates: kind === 2 ? [] : [`2027-03-0${1 + (i % 9)}`, '2027-04-01'],
      questionsSent: kind !== 2,
      report: kind === 0 ? { version: 2, savedAt: '2027-03-20T10:00:00.000Z', releasedVersion: 1, releasedAt: '2027-03-15T08:00:00.000Z' } : kind === 1 ? { version: 1, savedAt: '2027-03-12T09:00:00.000Z', releasedVersion: 1, releasedAt: '2027-03-13T09:00:00.000Z' } : { version: 1, savedAt: '2027-03-11T09:00:00.000Z' },
      sharing: kind === 2 ? null : sharing,
      latest: report,
      released: kind === 2 ? null : report,
    };
  });
  const latest = d.participants.flatMap((p) => (p.latest ? [{ participantId: p.participantId, ...p.latest }] : []));
  return buildCoordinatorData(d.round, d.participants, latest, plan.value, records);
}
