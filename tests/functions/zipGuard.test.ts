import zlib from 'node:zlib';
import JSZip from 'jszip';
import { readParticipantXlsx } from '../../functions/xlsx/readXlsx';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';
import { unzipWithinLimits, ZIP_LIMITS } from '../../functions/xlsx/zipGuard';
import { endRecord, zipBytes, zipParts } from '../helpers/zipBytes';

const MIB = 1024 * 1024;
const NOT_A_ZIP = { ok: false, reason: 'not_a_zip' };

const jszip = async (files: Record<string, Buffer>, options: { streamFiles?: boolean } = {}) => {
  const z = new JSZip();
  for (const [name, data] of Object.entries(files)) z.file(name, data, { createFolders: false });
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', ...options });
};
/** What JSZip (inside ExcelJS) reads from the same bytes: each entry's name and unpacked length. */
const jszipSees = async (bytes: Buffer) => {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(Object.values(zip.files).map(async (f) => [f.name, (await f.async('nodebuffer')).length]));
};
const names = (bytes: Buffer) => {
  const r = unzipWithinLimits(bytes);
  return r.ok ? [...r.entries.keys()] : r;
};
const A = { name: 'a.xml', data: Buffer.from('<a>hello</a>') };
const B = { name: 'b.xml', data: Buffer.from('<b>world</b>') };

let inflate: jest.SpyInstance;
beforeEach(() => {
  inflate = jest.spyOn(zlib, 'inflateRawSync');
});
afterEach(() => inflate.mockRestore());

describe('the zip guard reads uploads strictly and within limits', () => {
  it('reads the real template, a hand-made zip and a zip with data descriptors (as streaming writers make)', async () => {
    expect(names(await participantXlsx('fi'))).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml',
      'xl/worksheets/_rels/sheet2.xml.rels', 'xl/worksheets/sheet3.xml', 'xl/worksheets/_rels/sheet3.xml.rels', 'xl/sharedStrings.xml',
      'xl/tables/table1.xml', 'xl/tables/table2.xml', 'xl/theme/theme1.xml', 'xl/styles.xml', 'docProps/app.xml', 'docProps/core.xml', 'xl/workbook.xml',
    ]);
    const r = unzipWithinLimits(zipBytes([A, { ...B, method: 0 }]));
    expect(r.ok && Object.fromEntries([...r.entries].map(([k, v]) => [k, v.toString()]))).toEqual({ 'a.xml': '<a>hello</a>', 'b.xml': '<b>world</b>' });
    expect(names(await jszip({ 'x/1.xml': Buffer.from('one'), 'x/2.xml': Buffer.from('two') }, { streamFiles: true }))).toEqual(['x/1.xml', 'x/2.xml']);
  });

  it('refuses a small file whose headers declare more than the cap, without inflating anything', async () => {
    const bomb = zipBytes([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * MIB) }]);
    expect(bomb.byteLength).toBeLessThan(MIB);
    expect(unzipWithinLimits(bomb)).toEqual({ ok: false, reason: 'too_large', limit: 'unpackedBytes', max: 16 * MIB });
    expect(inflate).not.toHaveBeenCalled();
    expect(await readParticipantXlsx(bomb)).toEqual({ ok: false, code: 'too_large', limit: 'unpackedBytes', max: 16 * MIB });
    expect(unzipWithinLimits(bomb, { maxEntries: 400, maxUnpackedBytes: 128 * MIB }).ok).toBe(true);
  });

  it('inflates an entry that lies about its size no further than it declares, and refuses it', () => {
    const liar = zipBytes([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * MIB), declaredSize: 1000 }]);
    expect(unzipWithinLimits(liar)).toEqual(NOT_A_ZIP);
    expect(inflate).toHaveBeenCalledTimes(1);
    expect(inflate.mock.calls[0]![1]).toEqual({ maxOutputLength: 1000 });
  });

  it('bypass 1: an end record claiming 0 entries (JSZip still reads every entry) is refused', async () => {
    const bomb = zipBytes([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * MIB) }]);
    const forged = Buffer.from(bomb);
    forged.writeUInt16LE(0, forged.length - 22 + 8);
    forged.writeUInt16LE(0, forged.length - 22 + 10);
    expect(await jszipSees(forged)).toEqual([['xl/worksheets/sheet1.xml', 20 * MIB]]);
    expect(unzipWithinLimits(forged)).toEqual(NOT_A_ZIP);
    expect(await readParticipantXlsx(forged)).toEqual({ ok: false, code: 'not_a_workbook' });
    expect(inflate).not.toHaveBeenCalled();
  });

  it('bypass 2: a second central directory after "prepended data" (JSZip shifts to it) is refused', async () => {
    const bomb = zipBytes([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * MIB) }]);
    const cdOffset = bomb.readUInt32LE(bomb.length - 22 + 16);
    // A harmless archive placed in front, its central record exactly where the bomb's end record points.
    const harmless = zipParts([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet/>') }]);
    const prepended = Buffer.concat([harmless.locals, Buffer.alloc(cdOffset - harmless.locals.length), harmless.central[0]!]);
    const forged = Buffer.concat([prepended, bomb]);
    expect(forged.readUInt32LE(cdOffset)).toBe(0x02014b50);
    expect(await jszipSees(forged)).toEqual([['xl/worksheets/sheet1.xml', 20 * MIB]]);
    expect(unzipWithinLimits(forged)).toEqual(NOT_A_ZIP);
    expect(inflate).not.toHaveBeenCalled();
  });

  it('refuses zip64: a 0xFFFF entry count with a zip64 locator, 0xFFFFFFFF sizes, a zip64 extra field', () => {
    const plain = zipBytes([A]);
    const counted = Buffer.from(plain);
    counted.writeUInt16LE(0xffff, counted.length - 22 + 8);
    counted.writeUInt16LE(0xffff, counted.length - 22 + 10);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    const { locals, central } = zipParts([A]);
    const withLocator = Buffer.concat([locals, central[0]!, locator, endRecord(1, central[0]!.length, locals.length)]);
    const sized = zipBytes([{ ...A, declaredSize: 0xffffffff }]);
    const extra = Buffer.alloc(12);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(8, 2);
    const withExtra = zipBytes([{ ...A, centralExtra: extra }]);
    for (const bytes of [counted, withLocator, sized, withExtra]) expect(unzipWithinLimits(bytes)).toEqual(NOT_A_ZIP);
  });

  it('refuses duplicate names, also as OPC compares them (leading slash, letter case)', async () => {
    for (const second of ['a.xml', '/a.xml', 'A.XML', '\\a.xml']) {
      const bytes = zipBytes([A, { ...B, name: second }]);
      expect(unzipWithinLimits(bytes)).toEqual(NOT_A_ZIP);
    }
    // JSZip keeps the last of two equal names: the guard would have checked the first.
    const twice = zipBytes([A, { ...A, data: Buffer.from('<a>other</a>') }]);
    expect(await (await JSZip.loadAsync(twice)).file('a.xml')!.async('string')).toBe('<a>other</a>');
  });

  it('refuses an entry count that disagrees with the central records, and more than 400 entries', async () => {
    expect(await jszipSees(zipBytes([A, B], { count: 1 }))).toEqual([['a.xml', 12], ['b.xml', 12]]);
    expect(unzipWithinLimits(zipBytes([A, B], { count: 1 }))).toEqual(NOT_A_ZIP);
    expect(unzipWithinLimits(zipBytes([A, B], { count: 3 }))).toEqual(NOT_A_ZIP);
    const many = (n: number) => zipBytes(Array.from({ length: n }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from('a') })));
    expect(unzipWithinLimits(many(401))).toEqual({ ok: false, reason: 'too_large', limit: 'entries', max: ZIP_LIMITS.maxEntries });
    expect(unzipWithinLimits(many(400)).ok).toBe(true);
  });

  it('refuses bytes before, between or after the entries, and an end record hidden in the comment', () => {
    const plain = zipBytes([A, B]);
    const { locals, central } = zipParts([A, B]);
    const cd = Buffer.concat(central);
    const gap = Buffer.concat([locals, Buffer.alloc(7), cd, endRecord(2, cd.length, locals.length + 7)]);
    const commentEnd = zipBytes([A, B], { comment: endRecord(0, 0, 0) });
    expect(unzipWithinLimits(zipBytes([A, B], { comment: Buffer.from('saved by a test') })).ok).toBe(true);
    for (const bytes of [Buffer.concat([Buffer.alloc(16), plain]), gap, Buffer.concat([plain, Buffer.from('trailing')]), commentEnd]) {
      expect(unzipWithinLimits(bytes)).toEqual(NOT_A_ZIP);
    }
  });

  it('refuses local headers that disagree with the directory, bad CRCs, encryption, unknown methods, truncation and non-zips', () => {
    const renamed = Buffer.from(zipBytes([A]));
    renamed.write('b', 30, 'latin1'); // the local header's name: "b.xml" where the directory says "a.xml"
    const badCrc = Buffer.from(zipBytes([A]));
    badCrc.writeUInt32LE(0x12345678, 14);
    badCrc.writeUInt32LE(0x12345678, badCrc.length - 22 - 46 - A.name.length + 16);
    const methodOf = (m: number) => {
      const z = Buffer.from(zipBytes([A]));
      z.writeUInt16LE(m, 8);
      z.writeUInt16LE(m, z.length - 22 - 46 - A.name.length + 10);
      return z;
    };
    const ok = zipBytes([A, B]);
    for (const bytes of [renamed, badCrc, zipBytes([{ ...A, flags: 1 }]), methodOf(12), ok.subarray(0, ok.length - 30), Buffer.from('not a zip at all'), Buffer.alloc(0)]) {
      expect(unzipWithinLimits(bytes)).toEqual(NOT_A_ZIP);
    }
  });
});
