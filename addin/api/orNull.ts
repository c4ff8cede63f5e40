/** A 404 read as "not there yet"; every other failure travels on. */
export async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (err) {
    if ((err as { status?: number }).status === 404) return null;
    throw err;
  }
}
