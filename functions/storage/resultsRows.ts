/**
 * Row keys of the results review inside the round's partition (ids are [a-z0-9-], so `|` separates
 * safely, as in visitRows), and the public pointers in a partition of their own. `~public` cannot
 * be a round id (round ids are [a-z0-9-]), so no round's partition can ever hold a pointer.
 */
export const RESULTS_KEYS = {
  review: 'results|review',
  finalPointer: 'results|finalptr',
  publication: 'results|publication',
} as const;

export const RESPONSE_PREFIX = 'results|response|';
export const responseKey = (participantId: string) => `${RESPONSE_PREFIX}${participantId}`;

/** One final version's pieces: `results|final|{version, 10 digits}|{piece, 3 digits}`. */
export const finalVersionPrefix = (version: number) => `results|final|${String(version).padStart(10, '0')}|`;

/** The partition of public pointers: row key = public id, a point read finds the round. */
export const PUBLIC_PARTITION = '~public';

/** A public id: 128 random bits in base64url (22 characters). */
export const PUBLIC_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
