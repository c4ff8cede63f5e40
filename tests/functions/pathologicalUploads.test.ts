/**
 * Small uploads made to cost the reader as much as possible, each refused (or read) quickly:
 * before, one 35 KB file became a 250 MB package for ExcelJS (one 15 MiB sheet linked 17 times),
 * and parts of tags that never close, a name spanning a whole sheet or a long number format each
 * held a reader for seconds to minutes (a long format once per number cell). Read here on the
 * test's thread, as the worker reads them.
 */
import { performance } from 'node:perf_hooks';
import { readParticipantXlsx } from '../../functions/xlsx/readXlsx';
import { READ_LIMITS } from '../../functions/xlsx/workbookLimits';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';
import { zipEntries } from '../files/xlsxTestData';
import { makeSubmission } from '../helpers/makeSubmission';
import { zipBytes } from '../helpers/zipBytes';

const MIB = 1024 * 1024;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Generous, not tight: the reader's time limit is 20 s; every case below reads in well under a second. */
const BOUND_MS = 5_000;

let template: Map<string, string>;
beforeAll(async () => {
  template = zipEntries(await participantXlsx('fi', { submission: makeSubmission() }));
});

/** The filled template with some parts replaced, zipped (deflate). */
const upload = (edit: (parts: Map<string, string>) => void): Buffer => {
  const parts = new Map(template);
  edit(parts);
  return zipBytes([...parts].map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') })));
};

/** What reading `bytes` answered and how long it took; the upload's size for the record. */
async function read(bytes: Buffer) {
  const t = performance.now();
  const reading = await readParticipantXlsx(bytes);
  return { reading: reading.ok ? 'read' : reading, ms: performance.now() - t, kb: Math.ceil(bytes.length / 1024) };
}

describe('uploads built to cost the reader are refused quickly', () => {
  it('one 15 MiB sheet linked 17 times (a 35 KB upload, a 250 MB package before): two links to one part', async () => {
    const bytes = upload((parts) => {
      const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(15 * MIB)}</t></is></c></row></sheetData></worksheet>`;
      parts.set('xl/worksheets/sheet100.xml', sheet);
      const ids = Array.from({ length: 17 }, (_, i) => `rIdX${i}`);
      parts.set('xl/workbook.xml', parts.get('xl/workbook.xml')!.replace('</sheets>', `${ids.map((id, i) => `<sheet name="X${i}" sheetId="${100 + i}" r:id="${id}"/>`).join('')}</sheets>`));
      parts.set('xl/_rels/workbook.xml.rels', parts.get('xl/_rels/workbook.xml.rels')!.replace('</Relationships>', `${ids.map((id) => `<Relationship Id="${id}" Type="${REL}/worksheet" Target="worksheets/sheet100.xml"/>`).join('')}</Relationships>`));
    });
    const { reading, ms, kb } = await read(bytes);
    expect(reading).toEqual({ ok: false, code: 'not_a_workbook' });
    expect(kb).toBeLessThan(40);
    expect(ms).toBeLessThan(BOUND_MS);
  }, 120_000);

  it('workbook relationships of "<Relationship " repeated (560 KB): over the relationship part cap', async () => {
    const { reading, ms } = await read(upload((parts) => parts.set('xl/_rels/workbook.xml.rels', '<Relationship '.repeat(40_000))));
    expect(reading).toEqual({ ok: false, code: 'too_large', limit: 'partBytes', max: 65_536 });
    expect(ms).toBeLessThan(BOUND_MS);
  }, 120_000);

  it('a workbook part of \'<definedName name="a">\' repeated (1.8 MB): over the workbook part cap', async () => {
    const { reading, ms } = await read(upload((parts) => parts.set('xl/workbook.xml', `<workbook>${'<definedName name="a">'.repeat(80_000)}`)));
    expect(reading).toEqual({ ok: false, code: 'too_large', limit: 'partBytes', max: 262_144 });
    expect(ms).toBeLessThan(BOUND_MS);
  }, 120_000);

  it('a 15 MiB worksheet of "<a " repeated, and one of "<sheetData " repeated: cut off, not a workbook', async () => {
    const open = await read(upload((parts) => parts.set('xl/worksheets/sheet1.xml', '<a '.repeat(5 * MIB))));
    const data = await read(upload((parts) => parts.set('xl/worksheets/sheet1.xml', `<worksheet>${'<sheetData '.repeat(1_400_000)}`)));
    expect([open.reading, data.reading]).toEqual([{ ok: false, code: 'not_a_workbook' }, { ok: false, code: 'not_a_workbook' }]);
    expect(open.ms + data.ms).toBeLessThan(BOUND_MS);
  }, 120_000);

  it('a looked-up name spanning a whole sheet (17 billion cells for ExcelJS): dropped, so the name is missing', async () => {
    const { reading, ms, kb } = await read(upload((parts) => parts.set('xl/workbook.xml', parts.get('xl/workbook.xml')!.replace('Profiili!$B$5', 'Profiili!$A$1:$XFD$1048576'))));
    expect(reading).toEqual({ ok: false, code: 'sheets_missing', missing: ['IlmName'] });
    expect(kb).toBeLessThan(20);
    expect(ms).toBeLessThan(BOUND_MS);
  }, 120_000);

  it('a 100 000-character number format on every number cell (regular expressions per cell): given to ExcelJS as "not a date"', async () => {
    // The template's own styles, every cell format showing number format 164, and 164 made of "[".
    const bytes = upload((parts) =>
      parts.set('xl/styles.xml', parts.get('xl/styles.xml')!.replace(/numFmtId="\d+"/g, 'numFmtId="164"').replace(/formatCode="[^"]*"/g, `formatCode="${'['.repeat(100_000)}"`)),
    );
    const { reading, ms } = await read(bytes);
    expect(reading).toBe('read');
    expect(ms).toBeLessThan(BOUND_MS);
  }, 120_000);

  it('keeps the caps these rely on', () => {
    expect([READ_LIMITS.maxPartBytes, READ_LIMITS.maxMillis]).toEqual([{ rels: 65_536, workbook: 262_144, styles: 1_048_576 }, 20_000]);
  });
});
