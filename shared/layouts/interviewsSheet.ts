import type { Lang } from '../i18n/lang';
import type { InterviewPlan } from '../rounds/planInterviews';
import { COORDINATOR_HEADERS as H, COORDINATOR_TEXTS as TEXT, COORDINATOR_TITLES as T } from './coordinatorStrings';
import { col, tableSheet } from './reportParts';
import type { ReportSheet } from './reportSheet';
import { REPORT_TABLES } from './reportTables';

/** The interview plan (written in coordinator mode as soon as participants exist, and with every pull). */
export function interviewsSheet(d: { participants: readonly { participantId: string; name: string }[]; plan: InterviewPlan | null }, lang: Lang): ReportSheet {
  const names = new Map(d.participants.map((p) => [p.participantId, p.name]));
  const name = (id: string) => names.get(id) ?? id;
  return tableSheet('interviews', T.interviews[lang], (d.plan ? TEXT.interviewsNote : TEXT.interviewsTooFew)[lang], {
    name: REPORT_TABLES.interviews,
    columns: [
      col('order', H.order, lang, 10, { format: 'integer' }),
      col('slot', H.slot, lang, 8, { format: 'integer' }),
      col('host', H.host, lang, 30, { userText: true }),
      col('team1', H.team1, lang, 30, { userText: true }),
      col('team2', H.team2, lang, 30, { userText: true }),
    ],
    rows: (d.plan?.visits ?? []).map((v) => [v.order, v.slot, name(v.hostId), name(v.teamIds[0]), name(v.teamIds[1])]),
  });
}
