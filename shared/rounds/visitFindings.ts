import type { SharingLevel } from '../schemas/submissionSchema';
import type { ReportItem, VisitReportDoc } from '../schemas/visitReportSchema';

/** A host's released feedback report with the host's sharing choice per item (absent: `team`). */
export interface ReleasedReport {
  hostId: string;
  /** The host's name as the coordinator registered it. */
  hostName: string;
  report: VisitReportDoc;
  sharing: Readonly<Record<string, SharingLevel>>;
}

/** A strength or development area an interview team identified, as the combined summary shows it. */
export interface TeamFinding {
  text: string;
  /** Present only when the host chose `named` for the item. */
  hostName?: string;
}

/** One theme's findings, under the names the combined summary's themes carry them. */
export interface ThemeFindings {
  teamStrengths: TeamFinding[];
  teamDevelopmentAreas: TeamFinding[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byText = (a: TeamFinding, b: TeamFinding) => cmp(a.text, b.text) || cmp(a.hostName ?? '', b.hostName ?? '');

function shown(item: ReportItem, r: ReleasedReport): TeamFinding[] {
  const level = r.sharing[item.id] ?? 'team';
  if (level === 'team') return [];
  return [level === 'named' ? { text: item.text, hostName: r.hostName } : { text: item.text }];
}

/**
 * The strengths and development areas interview teams identified on one theme, from released reports
 * only, at the level each host chose: `team` items never, `summary` items without the host's name,
 * `named` ones with it. Ordered by text (never by host), so the order tells nothing about who.
 */
export function teamFindings(reports: readonly ReleasedReport[], themeId: string): ThemeFindings {
  const out = { strengths: [] as TeamFinding[], developmentAreas: [] as TeamFinding[] };
  for (const r of reports) {
    const t = r.report.themes.find((x) => x.themeId === themeId);
    if (!t) continue;
    out.strengths.push(...t.strengths.flatMap((i) => shown(i, r)));
    out.developmentAreas.push(...t.developmentAreas.flatMap((i) => shown(i, r)));
  }
  return { teamStrengths: out.strengths.sort(byText), teamDevelopmentAreas: out.developmentAreas.sort(byText) };
}
