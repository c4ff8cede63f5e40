import { inflateRawSync } from 'node:zlib';

/** Limits for an uploaded workbook once unpacked: a filled template is well under 1 MB. */
export const ZIP_LIMITS = { maxEntries: 400, maxUnpackedBytes: 40 * 1024 * 1024 };

/**
 * Every entry of a zip, unpacked with a hard cap on the total (declared sizes can lie, so each entry
 * is really inflated with the remaining budget as its output limit); undefined for anything that is
 * not a well-formed zip within the limits.
 */
export function unzipWithinLimits(bytes: Buffer, limits = ZIP_LIMITS): Map<string, Buffer> | undefined {
  try {
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
      if (bytes.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return undefined;
    const count = bytes.readUInt16LE(eocd + 10);
    if (count > limits.maxEntries) return undefined;
    let p = bytes.readUInt32LE(eocd + 16);
    let budget = limits.maxUnpackedBytes;
    const entries = new Map<string, Buffer>();
    for (let n = 0; n < count; n += 1) {
      if (bytes.readUInt32LE(p) !== 0x02014b50) return undefined;
      const method = bytes.readUInt16LE(p + 10);
      const size = bytes.readUInt32LE(p + 20);
      const nameLength = bytes.readUInt16LE(p + 28);
      const local = bytes.readUInt32LE(p + 42);
      const name = bytes.subarray(p + 46, p + 46 + nameLength).toString('utf8');
      const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(dataStart, dataStart + size);
      const unpacked = method === 0 ? data : method === 8 ? inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }) : undefined;
      if (!unpacked) return undefined;
      budget -= unpacked.length;
      if (budget < 0) return undefined;
      entries.set(name, unpacked);
      p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    }
    return entries;
  } catch {
    // Truncated or corrupt data, or an entry that inflates past the cap (RangeError).
    return undefined;
  }
}

/**
 * Whether an upload unpacks within the limits: a small "zip bomb" never reaches ExcelJS, which
 * would unpack it whole into memory.
 */
export const zipWithinLimits = (bytes: Buffer, limits = ZIP_LIMITS): boolean => unzipWithinLimits(bytes, limits) !== undefined;
