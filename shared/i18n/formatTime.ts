import type { Lang } from './lang';

/** The zone every time shown to users is in, and its name in each language. */
export const TIME_ZONE = 'Europe/Helsinki';
const ZONE_NAME: Record<Lang, string> = { fi: 'Suomen aika', sv: 'finsk tid', en: 'Finnish time' };

// Made on first use and kept: a formatter with a time zone loads ICU's zone data, which costs
// ~25 ms, and a module-level one would charge that to every cold start (npm run bench).
let partsFormatter: Intl.DateTimeFormat | undefined;
let dayFormatter: Intl.DateTimeFormat | undefined;
const partsFormat = () =>
  (partsFormatter ??= new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }));
const dayFormat = () => (dayFormatter ??= new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }));

/**
 * An ISO instant as a Helsinki wall-clock time with the zone named, the same on every machine
 * (summer time included). Built from parts so that the output does not depend on the ICU version.
 *
 * @example
 * helsinkiTime('2026-03-12T12:05:00Z', 'fi') // '12.3.2026 klo 14.05 (Suomen aika)'
 * helsinkiTime('2026-03-12T12:05:00Z', 'sv') // '12.3.2026 kl. 14.05 (finsk tid)'
 * helsinkiTime('2026-03-12T12:05:00Z', 'en') // '12/3/2026, 14:05 (Finnish time)'
 */
export function helsinkiTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = Object.fromEntries(partsFormat().formatToParts(date).map((x) => [x.type, x.value])) as Record<string, string>;
  const day = Number(p.day);
  const month = Number(p.month);
  if (lang === 'en') return `${day}/${month}/${p.year}, ${p.hour}:${p.minute} (${ZONE_NAME.en})`;
  return `${day}.${month}.${p.year} ${lang === 'fi' ? 'klo' : 'kl.'} ${p.hour}.${p.minute} (${ZONE_NAME[lang]})`;
}

/** The Helsinki day of `now` as an ISO date (yyyy-mm-dd): a round's phase dates are Finnish days. */
export function helsinkiDay(now: Date): string {
  return dayFormat().format(now);
}
