import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Zip archives written field by field, so a test can say exactly which header lies: the sizes a
 * header declares, the entry count in the end record, extra fields, flags, bytes before or after.
 */
export interface ZipEntrySpec {
  name: string;
  data: Buffer;
  /** 8 deflate (default), 0 stored. */
  method?: 0 | 8;
  /** What the headers declare as the unpacked size (default: the real size). */
  declaredSize?: number;
  flags?: number;
  /** Extra field bytes in the central record. */
  centralExtra?: Buffer;
}

export interface ZipSpec {
  /** Entry count written into the end record (default: the real count). */
  count?: number;
  comment?: Buffer;
}

export interface ZipParts {
  /** Local headers with their data, as they start the archive. */
  locals: Buffer;
  /** One central record per entry; offsets relative to the start of `locals`. */
  central: Buffer[];
}

export function zipParts(entries: ZipEntrySpec[]): ZipParts {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const packed = method === 8 ? deflateRawSync(e.data) : e.data;
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? e.data.length;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const extra = e.centralExtra ?? Buffer.alloc(0);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(e.flags ?? 0, 8);
    record.writeUInt16LE(method, 10);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(packed.length, 20);
    record.writeUInt32LE(size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt16LE(extra.length, 30);
    record.writeUInt32LE(offset, 42);
    central.push(Buffer.concat([record, name, extra]));
    locals.push(local, name, packed);
    offset += 30 + name.length + packed.length;
  }
  return { locals: Buffer.concat(locals), central };
}

/** The end-of-central-directory record. */
export function endRecord(count: number, cdSize: number, cdOffset: number, comment: Buffer = Buffer.alloc(0)): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(cdOffset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([end, comment]);
}

/** A whole archive: entries, central directory, end record. */
export function zipBytes(entries: ZipEntrySpec[], spec: ZipSpec = {}): Buffer {
  const { locals, central } = zipParts(entries);
  const cd = Buffer.concat(central);
  return Buffer.concat([locals, cd, endRecord(spec.count ?? entries.length, cd.length, locals.length, spec.comment)]);
}
