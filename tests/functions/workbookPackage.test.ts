/**
 * The package ExcelJS is given: parts found through their relationships (relative or absolute
 * targets, any part names), worksheets reduced to their cells, counted within the limits.
 */
import ExcelJS from 'exceljs';
import { parseRelationships, resolveTarget } from '../../functions/xlsx/opcRelationships';
import { READ_LIMITS } from '../../functions/xlsx/workbookLimits';
import { workbookPackage } from '../../functions/xlsx/workbookPackage';
import { isDateFormat, keepDefinedNames, sheetValuesOnly } from '../../functions/xlsx/workbookParts';
// ExcelJS's own date test, to compare with.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exceljsUtils = require('exceljs/lib/utils/utils') as { isDateFmt: (format: string) => boolean };
import { unzipWithinLimits } from '../../functions/xlsx/zipGuard';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rels = (items: [string, string, string][]) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`).join('')}</Relationships>`;
const styles = (format: string, xfs = '<xf/>') =>
  `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="${format}"/></numFmts><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs>${xfs}</cellXfs></styleSheet>`;
const sheetXml = (rows: string) => `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>${rows}</sheetData></worksheet>`;

/** A workbook whose parts are not where ExcelJS looks, linked with absolute targets. */
function unusualPackage(sheets = 1, rowsPerSheet = 1): Map<string, Buffer> {
  const files: Record<string, string> = {
    '_rels/.rels': rels([['rId1', 'officeDocument', '/xl/book.xml']]),
    'xl/book.xml': `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets>${Array.from({ length: sheets }, (_, i) => `<sheet name="Data${i + 1}" sheetId="${i + 1}" r:id="s${i + 1}"/>`).join('')}</sheets><definedNames><definedName name="IlmName">Data1!$B$1</definedName><definedName name="Everything">Data1!$A:$XFD</definedName></definedNames></workbook>`,
    'xl/_rels/book.xml.rels': rels([
      ...Array.from({ length: sheets }, (_, i): [string, string, string] => [`s${i + 1}`, 'worksheet', `/xl/data/part${i + 1}.xml`]),
      ['str', 'sharedStrings', '/xl/strings.xml'],
      ['sty', 'styles', 'look.xml'],
    ]),
    'xl/strings.xml': `<sst xmlns="${MAIN}"><si><t>shared</t></si></sst>`,
    'xl/look.xml': styles('0.0'),
  };
  const row = (r: number) => `<row r="${r}"><c r="A${r}" t="s"><v>0</v></c><c r="B${r}" t="inlineStr"><is><t>inline</t></is></c><c r="C${r}"><v>42</v></c></row>`;
  for (let i = 1; i <= sheets; i += 1) files[`xl/data/part${i}.xml`] = sheetXml(Array.from({ length: rowsPerSheet }, (_, r) => row(r + 1)).join(''));
  return new Map(Object.entries(files).map(([k, v]) => [k, Buffer.from(v)]));
}

describe('relationship targets', () => {
  it.each([
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/worksheets/sheet1.xml', '../tables/table1.xml', 'xl/tables/table1.xml'],
    ['xl/worksheets/sheet1.xml', '/xl/tables/table1.xml', 'xl/tables/table1.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['', '/xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/workbook.xml', './worksheets/sheet%201.xml', 'xl/worksheets/sheet 1.xml'],
    ['xl/workbook.xml', '../../outside.xml', undefined],
  ])('from %s, %s is %s', (source, target, part) => {
    expect(resolveTarget(source, target)).toBe(part);
  });

  it('reads relationships with a prefix, single quotes, entities and external targets', () => {
    const xml = `<pr:Relationships xmlns:pr="x"><pr:Relationship Id='rId1' Type="${R}/hyperlink" Target="http://example.invalid/?a=1&amp;b=2" TargetMode="External"/><Relationship Target="/xl/strings.xml" Id="rId2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/sharedStrings"/></pr:Relationships>`;
    expect(parseRelationships(xml)).toEqual([
      { id: 'rId1', kind: 'hyperlink', target: 'http://example.invalid/?a=1&b=2', external: true },
      { id: 'rId2', kind: 'sharedStrings', target: '/xl/strings.xml', external: false },
    ]);
  });
});

describe('what ExcelJS is given', () => {
  it('keeps a worksheet’s root element and cells only', () => {
    const xml = `<?xml version="1.0"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${R}"><cols><col min="1" max="1000000000"/></cols><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells><dataValidations count="1"><dataValidation sqref="A:A"/></dataValidations><hyperlinks><hyperlink ref="A1" r:id="rId9"/></hyperlinks><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
    expect(sheetValuesOnly(xml)).toBe(`<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`);
    expect(sheetValuesOnly(`<x:worksheet xmlns:x="${MAIN}"><x:sheetData/><x:drawing r:id="rId2"/></x:worksheet>`)).toBe(`<x:worksheet xmlns:x="${MAIN}"><x:sheetData/></x:worksheet>`);
    expect(sheetValuesOnly(`<worksheet xmlns="${MAIN}"/>`)).toBe(`<worksheet xmlns="${MAIN}"/>`);
    expect(sheetValuesOnly(`<worksheet xmlns="${MAIN}"><sheetData><row r="1">`)).toBeUndefined();
  });

  it('keeps only the defined names the reader looks up', () => {
    const xml = '<workbook><definedNames><definedName name="IlmName">Profiili!$B$5</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">Data!$A:$XFD</definedName><definedName name="Empty"/></definedNames></workbook>';
    expect(keepDefinedNames(xml, new Set(['IlmName']))).toBe('<workbook><definedNames><definedName name="IlmName">Profiili!$B$5</definedName></definedNames></workbook>');
  });

  it('keeps a looked-up name only once, at workbook level and naming one cell (ExcelJS expands a range cell by cell)', () => {
    const name = (attrs: string, value: string) => `<definedName ${attrs}>${value}</definedName>`;
    const xml = `<workbook><definedNames>${[
      name('name="IlmName"', 'Profiili!$A$1:$XFD$1048576'),
      name('name="IlmName" localSheetId="0"', 'Profiili!$B$4'),
      name('name="IlmName"', "'Oma &apos;&apos;profiili'!B5"),
      name('name="IlmName"', 'Profiili!$B$6'),
      name('name="IlmKind"', 'Profiili!$A:$A'),
      name('name="IlmBudget"', 'Profiili!$B$9,Profiili!$B$10'),
    ].join('')}</definedNames></workbook>`;
    expect(keepDefinedNames(xml, new Set(['IlmName', 'IlmKind', 'IlmBudget']))).toBe(`<workbook><definedNames>${name('name="IlmName"', "'Oma &apos;&apos;profiili'!B5")}</definedNames></workbook>`);
  });

  it('finds parts through absolute targets under any names and reads shared strings, inline strings and numbers', async () => {
    const pkg = await workbookPackage(unusualPackage(), new Set(['IlmName']), READ_LIMITS);
    if (!pkg.ok) throw new Error(JSON.stringify(pkg));
    expect(pkg.counts).toEqual({ sheets: 1, rows: 1, cells: 3, sharedStrings: 1, cellFormats: 2, bytes: 1507 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(pkg.zip as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Data1')!;
    expect([ws.getCell('A1').value, ws.getCell('B1').value, ws.getCell('C1').value]).toEqual(['shared', 'inline', 42]);
    expect(wb.definedNames.getRanges('IlmName').ranges).toEqual(['Data1!$B$1']);
    expect(wb.definedNames.getRanges('Everything').ranges).toEqual([]);
  });

  it('counts the template’s sheets, rows, cells, shared strings, cell formats and bytes', async () => {
    const unzipped = unzipWithinLimits(await participantXlsx('fi'));
    if (!unzipped.ok) throw new Error('not read');
    const pkg = await workbookPackage(unzipped.entries, new Set(), READ_LIMITS);
    expect(pkg.ok && pkg.counts).toEqual({ sheets: 3, rows: 73, cells: 732, sharedStrings: 192, cellFormats: 15, bytes: 56_569 });
  });

  it('refuses more sheets, rows or cells than the limits, before ExcelJS sees them', async () => {
    const limits = { ...READ_LIMITS, maxSheets: 2, maxRows: 10, maxCells: 30 };
    const within = await workbookPackage(unusualPackage(2, 5), new Set(), limits);
    expect(within.ok && within.counts).toEqual({ sheets: 2, rows: 10, cells: 30, sharedStrings: 1, cellFormats: 2, bytes: 2889 });
    expect(await workbookPackage(unusualPackage(3, 1), new Set(), limits)).toEqual({ ok: false, reason: 'too_large', limit: 'sheets', max: 2 });
    expect(await workbookPackage(unusualPackage(1, 11), new Set(), { ...limits, maxCells: 1000 })).toEqual({ ok: false, reason: 'too_large', limit: 'rows', max: 10 });
    expect(await workbookPackage(unusualPackage(2, 5), new Set(), { ...limits, maxCells: 29 })).toEqual({ ok: false, reason: 'too_large', limit: 'cells', max: 29 });
  });

  it('refuses a package without a workbook or with a missing or broken worksheet', async () => {
    const noBook = unusualPackage();
    noBook.delete('xl/book.xml');
    const noSheet = unusualPackage();
    noSheet.delete('xl/data/part1.xml');
    const cut = unusualPackage();
    cut.set('xl/data/part1.xml', Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData><row r="1">`));
    for (const entries of [noBook, noSheet, cut]) expect(await workbookPackage(entries, new Set(), READ_LIMITS)).toEqual({ ok: false, reason: 'not_a_workbook' });
  });
});

describe('ExcelJS is given each part once, counted and within the budget', () => {
  const refusal = (limit: string, max: number) => ({ ok: false, reason: 'too_large', limit, max });
  const withPart = (name: string, text: string, base = unusualPackage()) => base.set(name, Buffer.from(text));

  it('refuses relationships that name one part twice, however the target is spelt, or name a part used otherwise', async () => {
    const twice = (target: string, kind = 'worksheet') => withPart('xl/_rels/book.xml.rels', rels([['s1', 'worksheet', '/xl/data/part1.xml'], ['s2', kind, target]]));
    const packages = [
      twice('data/part1.xml'),
      twice('./data/../data/PART1.xml'),
      twice('/xl/data/part%31.xml'),
      twice('data/part1.xml', 'sharedStrings'),
      twice('/xl/book.xml'),
      twice('_rels/book.xml.rels'),
    ];
    const answers = await Promise.all(packages.map((entries) => workbookPackage(entries, new Set(), READ_LIMITS)));
    expect(answers).toEqual(packages.map(() => ({ ok: false, reason: 'not_a_workbook' })));
  });

  it('keeps what it hands over within the unpacked budget', async () => {
    const limits = { ...READ_LIMITS, zip: { ...READ_LIMITS.zip, maxUnpackedBytes: 2000 } };
    expect(await workbookPackage(unusualPackage(2, 5), new Set(), limits)).toEqual(refusal('unpackedBytes', 2000));
  });

  it('counts shared strings and cell formats within their limits', async () => {
    const limits = { ...READ_LIMITS, maxSharedStrings: 10, maxCellFormats: 4 };
    const counts = async (entries: Map<string, Buffer>, l = limits) => {
      const pkg = await workbookPackage(entries, new Set(), l);
      return pkg.ok ? [pkg.counts.sharedStrings, pkg.counts.cellFormats] : pkg;
    };
    const strings = (n: number) => withPart('xl/strings.xml', `<sst xmlns="${MAIN}">${'<si><t>s</t></si>'.repeat(n)}</sst>`);
    const formats = (n: number) => withPart('xl/look.xml', styles('0.0', '<x:xf numFmtId="164"/>'.repeat(n)));
    expect(await counts(strings(10))).toEqual([10, 2]);
    expect(await counts(strings(11))).toEqual(refusal('sharedStrings', 10));
    expect(await counts(formats(3))).toEqual([1, 4]);
    expect(await counts(formats(4))).toEqual(refusal('cellFormats', 4));
  });

  it('refuses relationship, workbook and styles parts over their caps before parsing them', async () => {
    const capped = (caps: Partial<typeof READ_LIMITS.maxPartBytes>) => workbookPackage(unusualPackage(), new Set(), { ...READ_LIMITS, maxPartBytes: { ...READ_LIMITS.maxPartBytes, ...caps } });
    expect(await capped({ rels: 64 })).toEqual(refusal('partBytes', 64));
    expect(await capped({ workbook: 128 })).toEqual(refusal('partBytes', 128));
    expect(await capped({ styles: 32 })).toEqual(refusal('partBytes', 32));
    expect(READ_LIMITS.maxPartBytes).toEqual({ rels: 65_536, workbook: 262_144, styles: 1_048_576 });
  });

  it('counts the sheets the workbook part lists, linked or not', async () => {
    const listed = withPart('xl/book.xml', `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="A" sheetId="1" r:id="s1"/><sheet name="B" sheetId="2"/><sheet name="C" sheetId="3"/></sheets></workbook>`);
    expect(await workbookPackage(listed, new Set(), { ...READ_LIMITS, maxSheets: 2 })).toEqual(refusal('sheets', 2));
  });

  it('gives ExcelJS each number format only as a date or not, so dates stay dates and no format costs more than its length', async () => {
    const entries = (format: string) =>
      withPart('xl/data/part1.xml', sheetXml('<row r="1"><c r="A1" s="1"><v>45000</v></c><c r="B1"><v>45000</v></c></row>'), withPart('xl/look.xml', styles(format, '<xf/><xf numFmtId="164"/>')));
    const read = async (format: string) => {
      const pkg = await workbookPackage(entries(format), new Set(), READ_LIMITS);
      if (!pkg.ok) throw new Error(JSON.stringify(pkg));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(pkg.zip as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('Data1')!;
      return [ws.getCell('A1').value, ws.getCell('B1').value, ws.getCell('A1').numFmt];
    };
    expect(await read('d.m.yyyy')).toEqual([new Date('2023-03-15T00:00:00.000Z'), 45000, 'yyyy-mm-dd']);
    expect(await read('[$-40B]d\\.m\\.yyyy;@')).toEqual([new Date('2023-03-15T00:00:00.000Z'), 45000, 'yyyy-mm-dd']);
    expect(await read('#,##0 &quot;kg/d&quot;')).toEqual([45000, 45000, 'General']);
    expect(await read('['.repeat(100_000))).toEqual([45000, 45000, 'General']);
  });

  it('decides "a date" exactly as ExcelJS does, in one pass', () => {
    const formats = ['d.m.yyyy', '[$-40B]d\\.m\\.yyyy;@', 'h:mm', 'mmm', '0.00%', '#,##0 "€"', '"d"0', '[Red]0', 'General', '@', '[h', '"b', '[[a]"y"]s', `${'['.repeat(300)}`, '_-* #,##0.00\\ "€"_-'];
    expect(formats.map(isDateFormat)).toEqual(formats.map((f) => exceljsUtils.isDateFmt(f)));
    expect(formats.map(isDateFormat)).toEqual([true, true, true, true, false, false, false, false, false, false, true, true, true, false, false]);
  });
});
