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
    // The store's contract (VisitStore.listReports): latest texts only when asked for, the released one (the same object when current).
    listReports: async (_roundId: string, { latest }: { latest: boolean }) => {
      calls.push(`list reports${latest ? ' with latest' : ''}`);
      return pointers.map((pointer) => {
        const last = latest ? doc(`${pointer.hostId}-v${pointer.version}`) : undefined;
        const released = pointer.releasedVersion === undefined ? undefined : latest && pointer.releasedVersion === pointer.version ? last : doc(`${pointer.hostId}-v${pointer.releasedVersion}`);
        return { pointer, ...(last ? { latest: last } : {}), ...(released ? { released } : {}) };
      });
    },
  };
  return { store: store as unknown as VisitStore, calls };
}

describe('readVisitRecords', () => {
  it('coordinator: the documents and every report (latest and released texts) from the store at once, no read per host', async () => {
    const { store, calls } = fakeStore();
    const records = await readVisitRecords(store, 'r1', 'coordinator');
    expect(calls.sort()).toEqual(['list details', 'list questions', 'list reports with latest', 'list sharing']);
    expect(records.map((r) => [r.hostId, r.dates, r.questionsSent, r.report, r.sharing, r.latest?.themes[0]!.strengths[0]!.text ?? null, r.released?.themes[0]!.strengths[0]!.text ?? null])).toEqual([
      ['a', ['2027-03-01'], true, { version: 1, savedAt: 't1', releasedVersion: 1, releasedAt: 'r1' }, { abcd1234: 'named' }, 'a-v1', 'a-v1'],
      ['b', [], false, { version: 2, savedAt: 't2', releasedVersion: 1, releasedAt: 'r2' }, null, 'b-v2', 'b-v1'],
      ['c', [], false, { version: 1, savedAt: 't3' }, null, 'c-v1', null],
      ['d', ['2027-04-01'], false, null, null, null, null],
    ]);
  });

  it('released (the members’ summary): reports without latest texts and sharing only, released versions only, never a draft', async () => {
    const { store, calls } = fakeStore();
    const records = await readVisitRecords(store, 'r1', 'released');
    expect(calls.sort()).toEqual(['list reports', 'list sharing']);
    expect(records.map((r) => [r.hostId, r.latest, r.released?.themes[0]!.strengths[0]!.text ?? null])).toEqual([['a', null, 'a-v1'], ['b', null, 'b-v1'], ['c', null, null]]);
  });
});
