import { helsinkiTime } from '../../../shared/i18n/formatTime';

describe('helsinkiTime', () => {
  it('shows a UTC instant as Helsinki time and names the zone, in fi, sv and en', () => {
    expect(helsinkiTime('2026-03-12T12:05:00.000Z', 'fi')).toBe('12.3.2026 klo 14.05 (Suomen aika)');
    expect(helsinkiTime('2026-03-12T12:05:00.000Z', 'sv')).toBe('12.3.2026 kl. 14.05 (finsk tid)');
    expect(helsinkiTime('2026-03-12T12:05:00.000Z', 'en')).toBe('12/3/2026, 14:05 (Finnish time)');
  });

  it('follows summer time and the date line at midnight', () => {
    expect(helsinkiTime('2026-07-01T21:30:00.000Z', 'fi')).toBe('2.7.2026 klo 00.30 (Suomen aika)');
  });

  it('leaves an unreadable value as it is', () => {
    expect(helsinkiTime('not a time', 'fi')).toBe('not a time');
  });
});
