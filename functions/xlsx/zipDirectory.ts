/**
 * The entries of a zip archive as its central directory lists them, read strictly: an archive that
 * two zip readers could see differently is refused instead of guessed at. JSZip (inside ExcelJS)
 * trusts the last end record anywhere in the file, reads central records past the count the end
 * record states and shifts every offset when data was prepended; this reader allows none of that,
 * so an entry it does not list cannot be hidden in the bytes.
 */

/** One stored entry: where its compressed bytes are and what its headers declare. */
export interface ZipDirectoryEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  dataStart: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipDirectoryEntry[] }
  | { ok: false; reason: 'malformed' }
  | { ok: false; reason: 'too_many_entries'; count: number };

const SIG = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, zip64Locator: 0x07064b50, descriptor: 0x08074b50 };
/** The fields a zip64 archive sets to "look in the zip64 record". */
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
const ZIP64_EXTRA = 0x0001;
/** General-purpose flags: 0 encrypted, 3 sizes in a data descriptor, 6 strong encryption, 13 masked headers. */
const FLAG_ENCRYPTED = 0x0001 | 0x0040 | 0x2000;
const FLAG_DESCRIPTOR = 0x0008;

class Malformed extends Error {}
const check = (condition: boolean): void => {
  if (!condition) throw new Malformed();
};

/** The end record: the only one, at the very end of the file (its comment may not hide another). */
function endRecord(bytes: Buffer): { count: number; cdOffset: number; cdSize: number; at: number } {
  check(bytes.length >= 22);
  let at = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - MAX16); i -= 1) {
    if (bytes.readUInt32LE(i) === SIG.end && i + 22 + bytes.readUInt16LE(i + 20) === bytes.length) {
      at = i;
      break;
    }
  }
  check(at >= 0);
  check(bytes.subarray(at + 22).indexOf(Buffer.from('PK\u0005\u0006', 'latin1')) < 0);
  const [disk, cdDisk, onDisk, count] = [4, 6, 8, 10].map((o) => bytes.readUInt16LE(at + o)) as [number, number, number, number];
  const cdSize = bytes.readUInt32LE(at + 12);
  const cdOffset = bytes.readUInt32LE(at + 16);
  check(disk === 0 && cdDisk === 0 && onDisk === count);
  check(count !== MAX16 && cdSize !== MAX32 && cdOffset !== MAX32);
  check(at < 20 || bytes.readUInt32LE(at - 20) !== SIG.zip64Locator);
  // No prepended data or second directory: the directory ends exactly where the end record starts.
  check(cdOffset + cdSize === at);
  return { count, cdOffset, cdSize, at };
}

function hasZip64Extra(extra: Buffer): boolean {
  for (let p = 0; p + 4 <= extra.length; p += 4 + extra.readUInt16LE(p + 2)) {
    if (extra.readUInt16LE(p) === ZIP64_EXTRA) return true;
  }
  return false;
}

interface CentralRecord extends ZipDirectoryEntry {
  flags: number;
  nameBytes: Buffer;
  localOffset: number;
}

function centralRecords(bytes: Buffer, end: { count: number; cdOffset: number; at: number }): CentralRecord[] {
  const records: CentralRecord[] = [];
  let p = end.cdOffset;
  for (let n = 0; n < end.count; n += 1) {
    check(p + 46 <= end.at && bytes.readUInt32LE(p) === SIG.central);
    const flags = bytes.readUInt16LE(p + 8);
    const [nameLength, extraLength, commentLength, disk] = [28, 30, 32, 34].map((o) => bytes.readUInt16LE(p + o)) as [number, number, number, number];
    const record: CentralRecord = {
      flags,
      method: bytes.readUInt16LE(p + 10),
      crc: bytes.readUInt32LE(p + 16),
      compressedSize: bytes.readUInt32LE(p + 20),
      size: bytes.readUInt32LE(p + 24),
      localOffset: bytes.readUInt32LE(p + 42),
      nameBytes: bytes.subarray(p + 46, p + 46 + nameLength),
      name: bytes.toString('utf8', p + 46, p + 46 + nameLength),
      dataStart: 0,
    };
    const next = p + 46 + nameLength + extraLength + commentLength;
    check(next <= end.at && disk === 0 && (flags & FLAG_ENCRYPTED) === 0 && (record.method === 0 || record.method === 8));
    check(record.compressedSize !== MAX32 && record.size !== MAX32 && record.localOffset !== MAX32);
    check(!hasZip64Extra(bytes.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength)));
    records.push(record);
    p = next;
  }
  // Exactly the stated number of records fills the stated directory: no records beyond the count.
  check(p === end.at);
  return records;
}

/** Where an entry's local header, data and data descriptor end; checks them against the central record. */
function localEnd(bytes: Buffer, r: CentralRecord, limit: number): number {
  const p = r.localOffset;
  check(p + 30 <= limit && bytes.readUInt32LE(p) === SIG.local);
  const flags = bytes.readUInt16LE(p + 6);
  const nameLength = bytes.readUInt16LE(p + 26);
  const extraLength = bytes.readUInt16LE(p + 28);
  check(bytes.readUInt16LE(p + 8) === r.method && (flags & FLAG_DESCRIPTOR) === (r.flags & FLAG_DESCRIPTOR));
  check(bytes.subarray(p + 30, p + 30 + nameLength).equals(r.nameBytes));
  const declared = [bytes.readUInt32LE(p + 14), bytes.readUInt32LE(p + 18), bytes.readUInt32LE(p + 22)];
  const central = [r.crc, r.compressedSize, r.size];
  const withDescriptor = (flags & FLAG_DESCRIPTOR) !== 0;
  // With a data descriptor the local header may leave the sizes at zero; otherwise they must agree.
  check(declared.every((v, i) => v === central[i] || (withDescriptor && v === 0)));
  r.dataStart = p + 30 + nameLength + extraLength;
  let end = r.dataStart + r.compressedSize;
  if (withDescriptor) {
    const signed = end + 4 <= limit && bytes.readUInt32LE(end) === SIG.descriptor ? 4 : 0;
    check(end + signed + 12 <= limit);
    check([0, 4, 8].every((o, i) => bytes.readUInt32LE(end + signed + o) === central[i]));
    end += signed + 12;
  }
  check(end <= limit);
  return end;
}

/** A part name as OPC compares them: no leading slash, forward slashes, case-insensitive. */
export const partKey = (name: string): string => name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();

/**
 * The entries of an archive, or why not: malformed (no single end record at the end, zip64,
 * encryption, a method other than stored/deflated, a record count that disagrees with the records,
 * duplicate names, local headers that disagree with the directory, bytes before, between or after
 * the entries) or more than `maxEntries` entries.
 */
export function readZipDirectory(bytes: Buffer, maxEntries: number): ZipDirectory {
  try {
    const end = endRecord(bytes);
    if (end.count > maxEntries) return { ok: false, reason: 'too_many_entries', count: end.count };
    const records = centralRecords(bytes, end);
    const names = new Set(records.map((r) => partKey(r.name)));
    check(names.size === records.length);
    // The entries tile the bytes before the directory exactly: nothing prepended, hidden or overlapping.
    let expected = 0;
    for (const r of [...records].sort((a, b) => a.localOffset - b.localOffset)) {
      check(r.localOffset === expected);
      expected = localEnd(bytes, r, end.cdOffset);
    }
    check(expected === end.cdOffset);
    return { ok: true, entries: records.map(({ name, method, crc, compressedSize, size, dataStart }) => ({ name, method, crc, compressedSize, size, dataStart })) };
  } catch (e) {
    if (e instanceof Malformed || e instanceof RangeError) return { ok: false, reason: 'malformed' };
    throw e;
  }
}
