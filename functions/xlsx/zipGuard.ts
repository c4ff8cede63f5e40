import { crc32, inflateRawSync } from 'node:zlib';
import { readZipDirectory } from './zipDirectory';

/**
 * Limits for an uploaded workbook once unpacked. A filled template has 15–16 parts and unpacks to
 * about 80 KB, about 1 MB with every text of 20 themes at its maximum length; 16 MiB leaves a
 * margin of over 10×. It also bounds what ExcelJS is given, all parts together (workbookPackage
 * uses each part once), so the worst allowed read takes a few seconds (workbookLimits.ts).
 */
export const ZIP_LIMITS = { maxEntries: 400, maxUnpackedBytes: 16 * 1024 * 1024 };

export type ZipLimits = typeof ZIP_LIMITS;

export type Unzipped =
  | { ok: true; entries: Map<string, Buffer> }
  | { ok: false; reason: 'not_a_zip' }
  | { ok: false; reason: 'too_large'; limit: 'entries' | 'unpackedBytes'; max: number };

/**
 * The one zip reader for uploads: every entry of a strictly read archive (see readZipDirectory),
 * each inflated with its declared size as the output cap (and the declared sizes together within
 * maxUnpackedBytes), then checked against its size and CRC. So a small "zip bomb" is refused from
 * its headers, a lying header costs at most what it declares, and nothing unpacks past the cap.
 * ExcelJS never reads the upload itself: it gets a package rebuilt from these entries.
 */
export function unzipWithinLimits(bytes: Buffer, limits: ZipLimits = ZIP_LIMITS): Unzipped {
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if (!directory.ok) {
    return directory.reason === 'too_many_entries' ? { ok: false, reason: 'too_large', limit: 'entries', max: limits.maxEntries } : { ok: false, reason: 'not_a_zip' };
  }
  const declared = directory.entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.maxUnpackedBytes) return { ok: false, reason: 'too_large', limit: 'unpackedBytes', max: limits.maxUnpackedBytes };
  const entries = new Map<string, Buffer>();
  for (const e of directory.entries) {
    const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    let unpacked: Buffer;
    try {
      // Stored entries are copied so the result does not pin the whole upload.
      unpacked = e.method === 0 ? Buffer.from(data) : inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
    } catch {
      // Corrupt deflate data, or more data than the header declared (ERR_BUFFER_TOO_LARGE).
      return { ok: false, reason: 'not_a_zip' };
    }
    if (unpacked.length !== e.size || crc32(unpacked) !== e.crc) return { ok: false, reason: 'not_a_zip' };
    if (!e.name.endsWith('/')) entries.set(e.name, unpacked);
  }
  return { ok: true, entries };
}

/** Whether an upload is a well-formed zip that unpacks within the limits. */
export const zipWithinLimits = (bytes: Buffer, limits: ZipLimits = ZIP_LIMITS): boolean => unzipWithinLimits(bytes, limits).ok;
