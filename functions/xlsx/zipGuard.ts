import { inflateRawSync } from 'node:zlib';

/** Limits for an uploaded workbook once unpacked: a filled template is well under 1 MB. */
export const ZIP_LIMITS = { maxEntries: 400, maxUnpackedBytes: 40 * 1024 * 1024 };

/**
 * Whether a zip unpacks within the limits, by really inflating every entry with a hard output cap
 * (declared sizes can lie): a small "zip bomb" upload never reaches ExcelJS, which would unpack it
 * whole into memory. False for anything that is not a well-formed zip.
 */
export function zipWithinLimits(bytes: Buffer, limits = ZIP_LIMITS): boolean {
  try {
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
      if (bytes.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return false;
    const count = bytes.readUInt16LE(eocd + 10);
    if (count > limits.maxEntries) return false;
    let p = bytes.readUInt32LE(eocd + 16);
    let budget = limits.maxUnpackedBytes;
    for (let n = 0; n < count; n += 1) {
      if (bytes.readUInt32LE(p) !== 0x02014b50) return false;
      const method = bytes.readUInt16LE(p + 10);
      const size = bytes.readUInt32LE(p + 20);
      const nameLength = bytes.readUInt16LE(p + 28);
      const local = bytes.readUInt32LE(p + 42);
      const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(dataStart, dataStart + size);
      let unpacked: number;
      if (method === 0) unpacked = data.length;
      else if (method === 8) unpacked = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      else return false;
      budget -= unpacked;
      if (budget < 0) return false;
      p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    }
    return true;
  } catch {
    // Truncated or corrupt data, or an entry that inflates past the cap (RangeError).
    return false;
  }
}
