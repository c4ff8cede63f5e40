/** A 404 read as "not there yet"; every other failure travels on. */
export async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (err) {
    if (typeof err === 'object' && err !== null && 'status' in err && err.status === 404) return null;
    throw err;
  }
}
