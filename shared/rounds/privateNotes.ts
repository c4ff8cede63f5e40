/**
 * A submission without its private model notes. Notes are the participant's own ("never shared"):
 * the pane leaves them out of what it sends, the API drops them before storing, and coordinator
 * responses never carry them. Works on raw input too (anything that is not an object passes through).
 *
 * @example
 * withoutPrivateNotes({ models: [{ modelId: 'diploma', notes: 'x' }] }) // { models: [{ modelId: 'diploma' }] }
 */
export function withoutPrivateNotes<T>(submission: T): T {
  if (!submission || typeof submission !== 'object') return submission;
  const models = (submission as { models?: unknown }).models;
  if (!Array.isArray(models)) return submission;
  return {
    ...submission,
    models: models.map((m: unknown) => {
      if (!m || typeof m !== 'object' || !('notes' in m)) return m;
      const { notes: _notes, ...rest } = m as Record<string, unknown>;
      return rest;
    }),
  };
}
