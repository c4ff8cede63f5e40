import { teamVisitStatus } from '../../addin/components/teamVisitStatus';

const names = (id: string) => ({ ii: 'Ii', eura: 'Eura' })[id] ?? id;
const saved = { version: 2, savedAt: '2026-03-12T10:00:00Z', savedBy: 'ii', release: null };
const released = { ...saved, release: { version: 2, releasedAt: '2026-03-12T13:30:00Z' }, updatedSinceRelease: false };
const newer = { ...saved, version: 3, release: { version: 2, releasedAt: '2026-03-12T13:30:00Z' }, updatedSinceRelease: true };
const sent = { sentAt: '2026-03-05T10:00:00Z' };

describe('teamVisitStatus', () => {
  it('says nothing is there yet', () => {
    expect(teamVisitStatus({ questions: null, report: null }, 'sv', names)).toEqual(['Frågorna har inte skickats till värden ännu.', 'Rapporten har inte sparats ännu.']);
    expect(teamVisitStatus({ questions: { sentAt: null }, report: null }, 'en', names)).toEqual(['The questions have not been sent to the host yet.', 'The report has not been saved yet.']);
  });

  it('names who saved the version and when, before it is released', () => {
    expect(teamVisitStatus({ questions: sent, report: saved }, 'sv', names)).toEqual([
      'Frågorna skickades till värden 5.3.2026 kl. 12.00 (finsk tid).',
      'Rapportens version 2, sparad av Ii 12.3.2026 kl. 12.00 (finsk tid). Den har inte publicerats för värden ännu.',
    ]);
    expect(teamVisitStatus({ questions: sent, report: saved }, 'en', names)[1]).toBe('Report version 2, saved by Ii on 12/3/2026, 12:00 (Finnish time). It has not been released to the host yet.');
  });

  it('says which version the host has, and when a newer one waits (as the server says)', () => {
    expect(teamVisitStatus({ questions: sent, report: released }, 'en', names)[1]).toBe('Report version 2 was released to the host on 12/3/2026, 15:30 (Finnish time).');
    expect(teamVisitStatus({ questions: sent, report: newer }, 'en', names)[1]).toBe(
      'Report version 2 was released to the host on 12/3/2026, 15:30 (Finnish time). A newer version, 3, is saved but not released.',
    );
    expect(teamVisitStatus({ questions: sent, report: newer }, 'fi', names)[1]).toBe(
      'Raportin versio 2 on julkaistu isännälle 12.3.2026 klo 15.30 (Suomen aika). Uudempi versio 3 on tallennettu, mutta sitä ei ole julkaistu.',
    );
  });
});
