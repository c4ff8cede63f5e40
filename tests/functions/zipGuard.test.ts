import JSZip from 'jszip';
import { readParticipantXlsx } from '../../functions/xlsx/readXlsx';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';
import { zipWithinLimits } from '../../functions/xlsx/zipGuard';

const zip = async (files: Record<string, Buffer>) => {
  const z = new JSZip();
  for (const [name, data] of Object.entries(files)) z.file(name, data);
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};

describe('zip limits before ExcelJS unpacks an upload', () => {
  it('lets a real template through', async () => {
    expect(zipWithinLimits(await participantXlsx('fi'))).toBe(true);
  });

  it('refuses a small file that unpacks past the cap, without unpacking it whole', async () => {
    const bomb = await zip({ 'xl/worksheets/sheet1.xml': Buffer.alloc(64 * 1024 * 1024) });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(zipWithinLimits(bomb)).toBe(false);
    expect(zipWithinLimits(bomb, { maxEntries: 400, maxUnpackedBytes: 128 * 1024 * 1024 })).toBe(true);
    expect(await readParticipantXlsx(bomb)).toEqual({ ok: false, code: 'not_a_workbook' });
  });

  it('refuses too many entries, truncated files and non-zips', async () => {
    const many = await zip(Object.fromEntries(Array.from({ length: 401 }, (_, i) => [`x/${i}.xml`, Buffer.from('a')])));
    expect(zipWithinLimits(many)).toBe(false);
    const ok = await zip({ 'a.xml': Buffer.from('hello') });
    expect(zipWithinLimits(ok)).toBe(true);
    expect(zipWithinLimits(ok.subarray(0, ok.length - 30))).toBe(false);
    expect(zipWithinLimits(Buffer.from('not a zip at all'))).toBe(false);
  });
});
