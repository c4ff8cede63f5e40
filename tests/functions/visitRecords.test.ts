import { readVisitRecords } from '../../functions/rounds/visitRecords';
import type { VisitStore } from '../../functions/storage/VisitStore';
import type { ReportPointer } from '../../functions/storage/visitReports';

const doc = (text: string) => ({ themes: [{ themeId: 'procurement', strengths: [{ id: 'abcd1234', text }], developmentAreas: [] }], summary: '', feedbackNotes: '' });

/** A visit store of three hosts: a (released, current), b (released v1, edited to v2), c (draft), d (details only). */
function fakeStore() {
  const calls: string[] = [];
  const pointers: ReportPointer[] = [
    { hostId: 'a', version: 1, savedAt: 't1', savedBy: 'x', releasedVersion: 1, releasedAt: 'r1' },
    { hostId: 'b', version: 2, savedAt: 't2', savedBy: 'x', releasedVersion: 1, releasedAt: 'r2' },
    { hostId: 'c', version: 1, savedAt: 't3', savedBy: 'x' },
  ];
  const docs: Record<string, { hostId: string; value: unknown }[]> = {
    details: [{ hostId: 'a', value: { dates: ['2027-03-01'] } }, { hostId: 'd', value: { dates: ['2027-04-01'] } }],
    questions: [{ hostId: 'a', value: { themes: [], sentAt: '2027-02-01T00:00:00.000Z' } }, { hostId: 'c', value: { themes: [], sentAt: null } }],
    sharing: [{ hostId: 'a', value: { abcd1234: 'named' } }],
  };
  const store = {
    listDocs: async (_roundId: string, kind: string) => (calls.push(`list ${kind}`), docs[kind] ?? []),
    listReportPointers: async () => (calls.push('list pointers'), pointers),
    reportVersion: async (_roundId: string, hostId: string, version: number) => (calls.push(`read ${hostId} v${version}`), { version, savedAt: '', savedBy: '', report: doc(`${hostId}-v${version}`) }),
  };
  return { store: store as unknown as VisitStore, calls };
}

describe('readVisitRecords', () => {
  it('coordinator: four partition queries, then one read per version shown (two where a newer version waits)', async () => {
    const { store, calls } = fakeStore();
    const records = await readVisitRecords(store, 'r1', 'coordinator');
    expect(calls.sort()).toEqual(['list details', 'list pointers', 'list questions', 'list sharing', 'read a v1', 'read b v1', 'read b v2', 'read c v1']);
    expect(records.map((r) => [r.hostId, r.dates, r.questionsSent, r.report, r.sharing, r.latest?.themes[0]!.strengths[0]!.text ?? null, r.released?.themes[0]!.strengths[0]!.text ?? null])).toEqual([
      ['a', ['2027-03-01'], true, { version: 1, savedAt: 't1', releasedVersion: 1, releasedAt: 'r1' }, { abcd1234: 'named' }, 'a-v1', 'a-v1'],
      ['b', [], false, { version: 2, savedAt: 't2', releasedVersion: 1, releasedAt: 'r2' }, null, 'b-v2', 'b-v1'],
      ['c', [], false, { version: 1, savedAt: 't3' }, null, 'c-v1', null],
      ['d', ['2027-04-01'], false, null, null, null, null],
    ]);
  });

  it('released (the members’ summary): pointers and sharing only, released versions only, never a draft', async () => {
    const { store, calls } = fakeStore();
    const records = await readVisitRecords(store, 'r1', 'released');
    expect(calls.sort()).toEqual(['list pointers', 'list sharing', 'read a v1', 'read b v1']);
    expect(records.map((r) => [r.hostId, r.latest, r.released?.themes[0]!.strengths[0]!.text ?? null])).toEqual([['a', null, 'a-v1'], ['b', null, 'b-v1'], ['c', null, null]]);
  });
});
