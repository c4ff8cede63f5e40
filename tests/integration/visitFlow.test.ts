import { makeSubmissionInput } from '../helpers/makeSubmission';
import { createVisitRound, SIX, startVisitApi, type VisitApi, type VisitRound } from '../helpers/visitRound';

// A whole peer-learning visit over HTTP on Azurite (SYSTEM.md "The peer-learning visit", steps 2–3):
// six participants, host aura, its team eura and ii (the stored plan), the coordinator.
const CREATION_KEY = 'test-creation-key-visit-flow-0123456789';
const DETAILS = {
  dates: ['2026-03-10', '2026-03-11'],
  roles: ['Kunnanjohtaja', 'Elinvoimapäällikkö'],
  contact: { name: 'Maija Meikäläinen', role: 'Elinvoimapäällikkö', email: 'maija@aura.example' },
  material: { texts: ['Aura aloitti yritysyhteistyön 2024.'], links: [{ title: 'Ilmasto-ohjelma', url: 'https://aura.example/ilmasto' }] },
};

let api: VisitApi;
let round: VisitRound;
let base: string;
const as = (who: string) => (who === 'coordinator' ? round.coordinatorKey : round.token[who]!);
beforeAll(async () => {
  api = await startVisitApi(CREATION_KEY);
  round = await createVisitRound(api.call, CREATION_KEY, SIX);
  base = `rounds/${round.roundId}/visits/aura`;
}, 60_000);
afterAll(async () => {
  await api?.stop();
});

describe('the peer-learning visit, host aura', () => {
  it('details: empty before the first write, written by the host, versioned by ETag, read by the team', async () => {
    const empty = await api.call('GET', base, as('eura'));
    expect([empty.status, empty.headers.get('etag'), empty.body]).toEqual([
      200,
      null,
      { hostId: 'aura', dates: [], roles: [], contact: null, material: { texts: [], links: [] }, revision: 0, updatedAt: null },
    ]);
    const put = await api.call('PUT', base, as('aura'), DETAILS);
    expect([put.status, put.headers.get('etag'), put.body.revision, put.body.material]).toEqual([200, '"r1"', 1, DETAILS.material]);
    const stale = await api.call('PUT', base, as('coordinator'), { ...DETAILS, dates: ['2026-03-12'] }, { 'if-match': '"r0"' });
    expect(stale.status).toBe(412);
    const coordinator = await api.call('PUT', base, as('coordinator'), { ...DETAILS, dates: ['2026-03-12'] }, { 'if-match': '"r1"' });
    expect([coordinator.status, coordinator.headers.get('etag')]).toEqual([200, '"r2"']);
    const read = await api.call('GET', base, as('ii'));
    expect([read.status, read.headers.get('etag'), read.body]).toEqual([200, '"r2"', { hostId: 'aura', ...DETAILS, dates: ['2026-03-12'], revision: 2, updatedAt: coordinator.body.updatedAt }]);
  });

  it("details: until the visit names its own contact person, the host's (Profile) contact is shown", async () => {
    const pori = { name: 'Pekka Porilainen', role: 'ympäristöpäällikkö', email: 'pekka@pori.example' };
    expect((await api.call('PUT', `rounds/${round.roundId}/participants/pori/contact`, as('pori'), pori)).status).toBe(200);
    const team = await api.call('GET', `rounds/${round.roundId}/visits/pori`, as('coordinator'));
    expect([team.status, team.body.contact, team.body.revision]).toEqual([200, pori, 0]);
  });

  it('details: a link that is not http(s) and a bad date are named in words', async () => {
    const res = await api.call('PUT', base, as('aura'), { ...DETAILS, dates: ['12.3.2026'], material: { texts: [], links: [{ url: 'javascript:alert(1)' }] } });
    expect([res.status, res.body.errors]).toEqual([
      422,
      [
        { path: ['dates', 0], code: 'invalid_format', message: '“Visit dates”: the format is not valid. (dates[0])' },
        { path: ['material', 'links', 0, 'url'], code: 'invalid_format', message: '“Link address (https:// or http://)”: the format is not valid. (material.links[0].url)' },
      ],
    ]);
  });

  it('self-assessment: 404 before the host submits, then the team reads it without models or private notes', async () => {
    const before = await api.call('GET', `${base}/self-assessment`, as('eura'));
    expect([before.status, before.body.detail]).toEqual([404, 'Aura has not submitted its self-assessment yet.']);
    const submission = makeSubmissionInput({
      participant: { name: 'Aura', kind: 'municipality' },
      models: [{ modelId: 'diploma', status: 'planned', notes: 'QXprivate-note' }],
      selfAssessment: [
        { themeId: 'procurement', rating: 3, strengths: 'QXteam-text', sharing: 'team' },
        { themeId: 'energy-audits', rating: 2, developmentAreas: 'QXsummary-text', sharing: 'summary' },
      ],
    });
    const put = await api.call('PUT', `rounds/${round.roundId}/submissions/aura`, as('aura'), submission);
    expect(put.status).toBe(201);
    const res = await api.call('GET', `${base}/self-assessment`, as('eura'));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      hostId: 'aura',
      version: 1,
      submittedAt: put.body.submittedAt,
      participant: { name: 'Aura', kind: 'municipality' },
      profile: submission.profile,
      selfAssessment: [
        { themeId: 'procurement', rating: 3, strengths: 'QXteam-text', sharing: 'team' },
        { themeId: 'energy-audits', rating: 2, developmentAreas: 'QXsummary-text', sharing: 'summary' },
      ],
    });
    expect(res.text).not.toContain('QXprivate-note');
  });

  it('questions: written by the team, hidden from the host until sent, then sent for good', async () => {
    const hidden = await api.call('GET', `${base}/questions`, as('aura'));
    expect([hidden.status, hidden.body.detail]).toEqual([404, 'The interview team has not sent its questions yet.']);
    const draft = { themes: [{ themeId: 'procurement', questions: ['Miten hankintakriteerit valitaan?'] }], sent: false };
    const first = await api.call('PUT', `${base}/questions`, as('eura'), draft);
    expect([first.status, first.body.sent, first.body.sentAt, first.body.revision]).toEqual([200, false, null, 1]);
    expect((await api.call('GET', `${base}/questions`, as('aura'))).status).toBe(404);
    const wrong = await api.call('PUT', `${base}/questions`, as('eura'), { themes: [{ themeId: 'vesihuolto', questions: ['?'] }], sent: false });
    expect([wrong.status, wrong.body.errors]).toEqual([
      422,
      [{ path: ['themes', 0, 'themeId'], code: 'unknown_theme', message: 'The theme “vesihuolto” is not part of this round. Use the round\'s themes. (themes[0].themeId)' }],
    ]);
    const sent = await api.call('PUT', `${base}/questions`, as('ii'), { ...draft, sent: true }, { 'if-match': '"r1"' });
    expect([sent.status, sent.body.sent, sent.body.revision]).toEqual([200, true, 2]);
    const host = await api.call('GET', `${base}/questions`, as('aura'));
    expect([host.status, host.body]).toEqual([200, { hostId: 'aura', themes: draft.themes, sent: true, sentAt: sent.body.sentAt, revision: 2, updatedAt: sent.body.updatedAt }]);
    const unsend = await api.call('PUT', `${base}/questions`, as('eura'), draft);
    expect([unsend.status, unsend.body.detail]).toEqual([409, 'The questions have already been sent to the host, and sending cannot be undone. You can still edit them: the host sees the changes.']);
  });

  let ids: { s1: string; d1: string; s2: string };
  it('report: drafted by both team members with one 412 in between, hidden from the host', async () => {
    const hidden = await api.call('GET', `${base}/report`, as('aura'));
    expect([hidden.status, hidden.body.detail]).toEqual([404, 'The interview team has not released the feedback report yet.']);
    const draft = {
      themes: [{ themeId: 'procurement', strengths: [{ text: 'Selkeät kriteerit' }], developmentAreas: [{ text: 'Seuranta puuttuu' }] }],
      summary: 'Hyvä alku.',
      feedbackNotes: 'Palautetilaisuus 12.3.',
    };
    const v1 = await api.call('PUT', `${base}/report`, as('eura'), draft);
    expect([v1.status, v1.headers.get('etag'), v1.body.version]).toEqual([201, '"v1"', 1]);
    const [s1, d1] = [v1.body.report.themes[0].strengths[0].id, v1.body.report.themes[0].developmentAreas[0].id];
    expect([s1, d1]).toEqual([expect.stringMatching(/^[a-z0-9]{8}$/), expect.stringMatching(/^[a-z0-9]{8}$/)]);
    const read = await api.call('GET', `${base}/report`, as('ii'));
    expect([read.status, read.headers.get('etag'), read.body.savedBy, read.body.release, read.body.updatedSinceRelease]).toEqual([200, '"v1"', 'eura', null, false]);
    const euraEdit = { ...v1.body.report, summary: 'Hyvä alku, selkeät vastuut.' };
    const v2 = await api.call('PUT', `${base}/report`, as('eura'), euraEdit, { 'if-match': '"v1"' });
    expect([v2.status, v2.headers.get('etag')]).toEqual([201, '"v2"']);
    const iiEdit = { ...read.body.report, feedbackNotes: 'Palautetilaisuus 12.3., mukana kunnanjohtaja.' };
    const stale = await api.call('PUT', `${base}/report`, as('ii'), iiEdit, { 'if-match': '"v1"' });
    expect(stale.status).toBe(412);
    const blind = await api.call('PUT', `${base}/report`, as('ii'), iiEdit);
    expect([blind.status, blind.body.detail]).toEqual([412, 'A version of the report has already been saved. Read it first and send your changes with an If-Match header, so that the other team member’s work is not lost.']);
    const latest = await api.call('GET', `${base}/report`, as('ii'));
    const merged = { ...latest.body.report, feedbackNotes: iiEdit.feedbackNotes };
    merged.themes[0].strengths.push({ text: 'Johto sitoutunut' });
    const v3 = await api.call('PUT', `${base}/report`, as('ii'), merged, { 'if-match': latest.headers.get('etag')! });
    expect([v3.status, v3.body.version, v3.body.report.summary, v3.body.report.feedbackNotes]).toEqual([201, 3, 'Hyvä alku, selkeät vastuut.', 'Palautetilaisuus 12.3., mukana kunnanjohtaja.']);
    const s2 = v3.body.report.themes[0].strengths[1].id;
    expect(v3.body.report.themes[0].strengths.map((i: { id: string }) => i.id)).toEqual([s1, s2]);
    ids = { s1, d1, s2 };
    expect((await api.call('GET', `${base}/report`, as('aura'))).status).toBe(404);
  });

  it('report: released (idempotent), read by the host; a later edit shows once released again', async () => {
    const release = await api.call('POST', `${base}/report/release`, as('ii'));
    expect([release.status, release.body.version]).toEqual([200, 3]);
    const again = await api.call('POST', `${base}/report/release`, as('eura'));
    expect([again.status, again.body]).toEqual([200, release.body]);
    const host = await api.call('GET', `${base}/report`, as('aura'));
    expect([host.status, host.body.version, host.body.release, 'updatedSinceRelease' in host.body, host.body.sharing]).toEqual([
      200, 3, { version: 3, releasedAt: release.body.releasedAt }, false, { [ids.s1]: 'team', [ids.s2]: 'team', [ids.d1]: 'team' },
    ]);
    const team = await api.call('GET', `${base}/report`, as('eura'));
    const v4 = await api.call('PUT', `${base}/report`, as('eura'), { ...team.body.report, summary: 'Päivitetty yhteenveto.' }, { 'if-match': '"v3"' });
    expect(v4.status).toBe(201);
    const meanwhile = await api.call('GET', `${base}/report`, as('aura'));
    expect([meanwhile.body.version, meanwhile.body.report.summary]).toEqual([3, 'Hyvä alku, selkeät vastuut.']);
    const flagged = await api.call('GET', `${base}/report`, as('coordinator'));
    expect([flagged.body.version, flagged.body.release.version, flagged.body.updatedSinceRelease]).toEqual([4, 3, true]);
    const rerelease = await api.call('POST', `${base}/report/release`, as('coordinator'));
    expect([rerelease.status, rerelease.body.version]).toEqual([200, 4]);
    const updated = await api.call('GET', `${base}/report`, as('aura'));
    expect([updated.body.version, updated.body.report.summary]).toEqual([4, 'Päivitetty yhteenveto.']);
  });

  it('sharing: the host chooses per item; an unknown item id is named', async () => {
    const res = await api.call('PUT', `${base}/report/sharing`, as('aura'), { items: { [ids.s1]: 'named', [ids.d1]: 'summary' } });
    expect([res.status, res.body.version, res.body.sharing]).toEqual([200, 4, { [ids.s1]: 'named', [ids.s2]: 'team', [ids.d1]: 'summary' }]);
    const unknown = await api.call('PUT', `${base}/report/sharing`, as('aura'), { items: { zzzz9999: 'named' } });
    expect([unknown.status, unknown.body.errors]).toEqual([
      422,
      [{ path: ['items', 'zzzz9999'], code: 'invalid_value', message: 'The report (released version 4) has no item with the id “zzzz9999”. Choose the sharing only for the report\'s strengths and development areas. (items.zzzz9999)' }],
    ]);
    const team = await api.call('GET', `${base}/report`, as('ii'));
    expect(team.body.sharing).toEqual({ [ids.s1]: 'named', [ids.s2]: 'team', [ids.d1]: 'summary' });
  });

  it('the coordinator follows every visit', async () => {
    const res = await api.call('GET', `rounds/${round.roundId}/visits`, as('coordinator'));
    expect(res.status).toBe(200);
    const none = { status: 'none', version: null, savedAt: null, releasedVersion: null, releasedAt: null };
    const rest = (hostId: string, hostName: string, teamIds: string[]) => ({ hostId, hostName, teamIds, dates: [], questionsSent: false, report: none, sharingSet: false });
    const report = await api.call('GET', `${base}/report`, as('coordinator'));
    expect(res.body.visits).toEqual([
      {
        hostId: 'aura', hostName: 'Aura', teamIds: ['eura', 'ii'], dates: ['2026-03-12'], questionsSent: true,
        report: { status: 'released', version: 4, savedAt: report.body.savedAt, releasedVersion: 4, releasedAt: report.body.release.releasedAt },
        sharingSet: true,
      },
      rest('eura', 'Eura', ['ii', 'oulu']),
      rest('ii', 'Ii', ['oulu', 'pori']),
      rest('oulu', 'Oulu', ['pori', 'salo']),
      rest('pori', 'Pori', ['salo', 'aura']),
      rest('salo', 'Salo', ['aura', 'eura']),
    ]);
  });

  it('two team members saving at once from the same version: one version is stored, the other gets 412', async () => {
    const read = await api.call('GET', `${base}/report`, as('eura'));
    const etag = read.headers.get('etag')!;
    const [a, b] = await Promise.all([
      api.call('PUT', `${base}/report`, as('eura'), { ...read.body.report, summary: 'Euran versio' }, { 'if-match': etag }),
      api.call('PUT', `${base}/report`, as('ii'), { ...read.body.report, summary: 'Iin versio' }, { 'if-match': etag }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 412]);
    const after = await api.call('GET', `${base}/report`, as('coordinator'));
    expect([after.body.version, after.body.report.summary]).toEqual([5, a.status === 201 ? 'Euran versio' : 'Iin versio']);
  });

  it("sharing: an item whose text the team changed falls back to team when released again; If-Match * cannot overwrite", async () => {
    const team = await api.call('GET', `${base}/report`, as('eura'));
    const edited = structuredClone(team.body.report);
    edited.themes[0].strengths[0].text = 'Selkeät kriteerit, mutta uusi sanamuoto';
    expect((await api.call('PUT', `${base}/report`, as('ii'), edited, { 'if-match': '*' })).status).toBe(412);
    const saved = await api.call('PUT', `${base}/report`, as('eura'), edited, { 'if-match': team.headers.get('etag')! });
    expect(saved.status).toBe(201);
    expect((await api.call('POST', `${base}/report/release`, as('eura'))).status).toBe(200);
    const host = await api.call('GET', `${base}/report`, as('aura'));
    expect([host.body.version, host.body.sharing]).toEqual([saved.body.version, { [ids.s1]: 'team', [ids.s2]: 'team', [ids.d1]: 'summary' }]);
  });
});
