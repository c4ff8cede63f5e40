import { randomBytes } from 'node:crypto';
import type { SharingLevel } from '../../shared/schemas/submissionSchema';
import type { VisitReportDoc, VisitReportInput } from '../../shared/schemas/visitReportSchema';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A new item id: 8 characters from [a-z0-9] (41 bits; unique within one report). */
export function newItemId(taken: ReadonlySet<string>): string {
  for (;;) {
    const id = [...randomBytes(8)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    if (!taken.has(id)) return id;
  }
}

/**
 * The report with an id on every item: ids the client sent are kept (the first use of an id; a
 * repeated one is treated as a new item), items without one get a new id.
 */
export function withItemIds(input: VisitReportInput): VisitReportDoc {
  const sent = input.themes.flatMap((t) => [...t.strengths, ...t.developmentAreas]).flatMap((i) => (i.id ? [i.id] : []));
  const taken = new Set<string>(sent);
  const used = new Set<string>();
  const give = (item: { id?: string | undefined; text: string }) => {
    let id = item.id;
    if (id === undefined || used.has(id)) {
      id = newItemId(taken);
      taken.add(id);
    }
    used.add(id);
    return { id, text: item.text };
  };
  return {
    themes: input.themes.map((t) => ({ themeId: t.themeId, strengths: t.strengths.map(give), developmentAreas: t.developmentAreas.map(give) })),
    summary: input.summary,
    feedbackNotes: input.feedbackNotes,
  };
}

/** Every item id of a report, in order. */
export const reportItemIds = (report: VisitReportDoc): string[] =>
  report.themes.flatMap((t) => [...t.strengths, ...t.developmentAreas].map((i) => i.id));

/** The level of every item of the report: the host's choice, `team` by default. */
export function sharingOf(report: VisitReportDoc, chosen: Readonly<Record<string, SharingLevel>> = {}): Record<string, SharingLevel> {
  return Object.fromEntries(reportItemIds(report).map((id) => [id, chosen[id] ?? 'team']));
}
