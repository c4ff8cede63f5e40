import { writeReportSheets } from '../addin/excel/writeReportSheets';
import { CATALOG_DATA } from '../shared/catalog/catalogData';
import type { Lang } from '../shared/i18n/lang';
import { coordinatorSheets, type CoordinatorData } from '../shared/layouts/coordinatorSheets';
import { buildCoordinatorData } from '../shared/rounds/coordinatorData';
import type { Submission } from '../shared/schemas/submissionSchema';
import { fakeExcel } from '../tests/addin/fakeExcel';
import { loadFixtures } from '../tests/helpers/fixtures';

export interface PullEntry {
  participantId: string;
  name: string;
  /** Null: invited, nothing submitted yet. */
  submission: Submission | null;
}

/**
 * `count` participants who have all submitted: the six fixtures as they are, and beyond six, clones
 * of them under new ids and names ("Harjuniemen kaupunki 7"), with the fixtures' own texts.
 */
export function pullEntries(count: number): PullEntry[] {
  const fixtures = loadFixtures().map((f) => f.submission);
  return Array.from({ length: count }, (_, i) => {
    const f = fixtures[i % fixtures.length]!;
    const id = f.participantId ?? `osallistuja-${i % fixtures.length + 1}`;
    if (count <= fixtures.length) return { participantId: id, name: f.participant.name, submission: f };
    const participantId = `${id.slice(0, 30)}-${i + 1}`;
    const name = `${f.participant.name} ${i + 1}`;
    return { participantId, name, submission: { ...f, participantId, participant: { ...f.participant, name } } };
  });
}

/** The coordinator's data for these participants, built as the API builds it. */
export function pullData(entries: readonly PullEntry[], roundName = 'Ilmastoyhteistyö syksy 2026'): CoordinatorData {
  const latest = entries.flatMap((e, i) =>
    e.submission ? [{ participantId: e.participantId, version: 1 + (i % 3), submittedAt: new Date(Date.UTC(2026, 10, 24, 9, 30 + i)).toISOString(), submission: e.submission }] : [],
  );
  const round: CoordinatorData['round'] = {
    roundId: 'kets-2026-syksy',
    name: roundName,
    participantKind: 'mixed',
    themes: CATALOG_DATA.themes.map((t) => ({ id: t.id })),
    phases: CATALOG_DATA.phases.slice(0, 3).map((p, i) => ({ phaseId: p.id, start: `2026-0${i + 3}-01`, end: `2026-0${i + 3}-28` })),
  };
  return buildCoordinatorData(round, entries, latest);
}

/**
 * A coordinator's pull of `participants` participants into a workbook with one sheet, on the fake
 * Excel: syncs, the largest and the total cell data per request (JSON bytes of values and number
 * formats; Excel on the web rejects a request over 5 MB), and the time (mostly the fake's own work).
 */
export async function benchPull(participants: number, lang: Lang = 'fi'): Promise<{ syncs: number; sheets: number; maxRequestBytes: number; totalBytes: number; ms: number }> {
  const sheets = coordinatorSheets(pullData(pullEntries(participants)), lang);
  const excel = fakeExcel();
  excel.workbook.worksheets.add('Taul1');
  const start = performance.now();
  const result = await writeReportSheets(excel.run, sheets, {});
  const ms = performance.now() - start;
  return {
    syncs: result.syncs,
    sheets: result.written.length,
    maxRequestBytes: Math.max(...excel.ctx.requestBytes),
    totalBytes: excel.ctx.requestBytes.reduce((a, b) => a + b, 0),
    ms,
  };
}
