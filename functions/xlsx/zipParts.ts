/**
 * A zip archive of an .xlsx's parts, written by yazl: each part DEFLATEd by node's zlib on the
 * thread pool (the parts of one file side by side, the event loop stays free), sizes known up front
 * (no data descriptors, no zip64), names in UTF-8, and one fixed MS-DOS timestamp so the same parts
 * always make the same bytes (files are reproducible and cacheable).
 */
import { ZipFile } from 'yazl';

/** A part: its name in the package and its text (UTF-8) or bytes. */
export type ZipPart = readonly [name: string, data: string | Buffer];

/**
 * 2025-01-01 00:00 as local time: yazl writes the DOS fields from local time, so this gives the same
 * fields whatever the host's time zone. The same date as the files' document properties.
 */
const MTIME = new Date(2025, 0, 1);

/** The parts as a zip archive, in the order given (the content types part first, as Excel writes it). */
export function zipParts(parts: readonly ZipPart[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, content] of parts) {
    zip.addBuffer(typeof content === 'string' ? Buffer.from(content, 'utf8') : content, name, { mtime: MTIME, forceDosTimestamp: true });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
