/**
 * Azure Table Storage limits a string property to 64 KiB (32 K UTF-16 characters) and an entity to
 * 1 MiB. A submission's JSON is cut into properties of CHARS_PER_PROPERTY characters, PROPERTIES_PER_ENTITY
 * to an entity, so any document the API accepts fits in a few entities of one transaction.
 */
export const CHARS_PER_PROPERTY = 30_000;
export const PROPERTIES_PER_ENTITY = 15;

/** The JSON text split into entities' property maps: `[{ d00: '…', d01: '…' }, …]`. */
export function toChunkEntities(json: string): Record<string, string>[] {
  const pieces: string[] = [];
  for (let i = 0; i < json.length; ) {
    let end = Math.min(i + CHARS_PER_PROPERTY, json.length);
    // Never cut between the two halves of a surrogate pair (emoji and other astral characters).
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    pieces.push(json.slice(i, end));
    i = end;
  }
  if (pieces.length === 0) pieces.push('');
  const entities: Record<string, string>[] = [];
  for (let i = 0; i < pieces.length; i += PROPERTIES_PER_ENTITY) {
    const props: Record<string, string> = {};
    pieces.slice(i, i + PROPERTIES_PER_ENTITY).forEach((p, k) => {
      props[`d${String(k).padStart(2, '0')}`] = p;
    });
    entities.push(props);
  }
  return entities;
}

/** Joins what toChunkEntities cut, given the entities in order. */
export function fromChunkEntities(entities: readonly Record<string, unknown>[]): string {
  return entities
    .map((e) =>
      Object.keys(e)
        .filter((k) => /^d\d\d$/.test(k))
        .sort()
        .map((k) => String(e[k]))
        .join(''),
    )
    .join('');
}
