/**
 * A zip archive of an .xlsx's parts, compressed by node's zlib (DEFLATE at zlib's default level,
 * the level JSZip and ExcelJS use), each part on the thread pool so the event loop stays free and
 * the parts of one file are compressed side by side. The archive is plain: no zip64, no data
 * descriptors, one fixed timestamp (files are reproducible), names in UTF-8 — what readZipDirectory
 * accepts and every spreadsheet program reads.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const deflateRaw = promisify(zlib.deflateRaw) as (data: Buffer, options: zlib.ZlibOptions) => Promise<Buffer>;

/** A part: its name in the package and its text (UTF-8) or bytes. */
export type ZipPart = readonly [name: string, data: string | Buffer];

const METHOD_DEFLATE = 8;
/** "Version needed to extract" 2.0 (DEFLATE), made by 2.0 (MS-DOS, for plain attributes). */
const VERSION = 20;
/** General-purpose flag 11: the name is UTF-8. */
const FLAG_UTF8 = 0x0800;
/** 1980-01-01 00:00 in MS-DOS form, the earliest a zip can say. */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
const MAX32 = 0xffffffff;

interface Packed {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
  offset: number;
}

function localHeader(p: Packed): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(VERSION, 4);
  h.writeUInt16LE(FLAG_UTF8, 6);
  h.writeUInt16LE(METHOD_DEFLATE, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(p.crc, 14);
  h.writeUInt32LE(p.data.length, 18);
  h.writeUInt32LE(p.size, 22);
  h.writeUInt16LE(p.name.length, 26);
  h.writeUInt16LE(0, 28);
  return h;
}

function centralHeader(p: Packed): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(VERSION, 4);
  h.writeUInt16LE(VERSION, 6);
  h.writeUInt16LE(FLAG_UTF8, 8);
  h.writeUInt16LE(METHOD_DEFLATE, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(p.crc, 16);
  h.writeUInt32LE(p.data.length, 20);
  h.writeUInt32LE(p.size, 24);
  h.writeUInt16LE(p.name.length, 28);
  // Extra field, comment, disk number, internal and external attributes: none.
  h.writeUInt32LE(p.offset, 42);
  return h;
}

/** The parts as a zip archive, in the order given (the content types part first, as Excel writes it). */
export async function zipParts(parts: readonly ZipPart[]): Promise<Buffer> {
  const packed = await Promise.all(
    parts.map(async ([name, content]): Promise<Packed> => {
      const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      // Output in a few large chunks rather than 16 KiB ones: fewer trips between the pool and the loop.
      const data = await deflateRaw(raw, { chunkSize: Math.min(Math.max(16 * 1024, raw.length >> 2), 1 << 20) });
      return { name: Buffer.from(name, 'utf8'), crc: zlib.crc32(raw) >>> 0, size: raw.length, data, offset: 0 };
    }),
  );
  const chunks: Buffer[] = [];
  let offset = 0;
  for (const p of packed) {
    p.offset = offset;
    const header = localHeader(p);
    chunks.push(header, p.name, p.data);
    offset += header.length + p.name.length + p.data.length;
  }
  const directoryStart = offset;
  for (const p of packed) {
    const header = centralHeader(p);
    chunks.push(header, p.name);
    offset += header.length + p.name.length;
  }
  if (offset > MAX32 || packed.length >= 0xffff || packed.some((p) => p.size > MAX32)) throw new Error('zipParts: the archive would need zip64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(packed.length, 8);
  end.writeUInt16LE(packed.length, 10);
  end.writeUInt32LE(offset - directoryStart, 12);
  end.writeUInt32LE(directoryStart, 16);
  chunks.push(end);
  return Buffer.concat(chunks);
}
