/**
 * The package ExcelJS is given: parts found through their relationships (relative or absolute
 * targets, any part names), worksheets reduced to their cells, counted within the limits.
 */
import ExcelJS from 'exceljs';
import { parseRelationships, resolveTarget } from '../../functions/xlsx/opcRelationships';
import { READ_LIMITS } from '../../functions/xlsx/workbookLimits';
import { keepDefinedNames, sheetValuesOnly, workbookPackage } from '../../functions/xlsx/workbookPackage';
import { unzipWithinLimits } from '../../functions/xlsx/zipGuard';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rels = (items: [string, string, string][]) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`).join('')}</Relationships>`;
const sheetXml = (rows: string) => `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>${rows}</sheetData></worksheet>`;

/** A workbook whose parts are not where ExcelJS looks, linked with absolute targets. */
function unusualPackage(sheets = 1, rowsPerSheet = 1): Map<string, Buffer> {
  const files: Record<string, string> = {
    '_rels/.rels': rels([['rId1', 'officeDocument', '/xl/book.xml']]),
    'xl/book.xml': `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets>${Array.from({ length: sheets }, (_, i) => `<sheet name="Data${i + 1}" sheetId="${i + 1}" r:id="s${i + 1}"/>`).join('')}</sheets><definedNames><definedName name="IlmName">Data1!$B$1</definedName><definedName name="Everything">Data1!$A:$XFD</definedName></definedNames></workbook>`,
    'xl/_rels/book.xml.rels': rels([
      ...Array.from({ length: sheets }, (_, i): [string, string, string] => [`s${i + 1}`, 'worksheet', `/xl/data/part${i + 1}.xml`]),
      ['str', 'sharedStrings', '/xl/strings.xml'],
    ]),
    'xl/strings.xml': `<sst xmlns="${MAIN}"><si><t>shared</t></si></sst>`,
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

  it('finds parts through absolute targets under any names and reads shared strings, inline strings and numbers', async () => {
    const pkg = await workbookPackage(unusualPackage(), new Set(['IlmName']), READ_LIMITS);
    if (!pkg.ok) throw new Error(JSON.stringify(pkg));
    expect(pkg.counts).toEqual({ sheets: 1, rows: 1, cells: 3 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(pkg.zip as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Data1')!;
    expect([ws.getCell('A1').value, ws.getCell('B1').value, ws.getCell('C1').value]).toEqual(['shared', 'inline', 42]);
    expect(wb.definedNames.getRanges('IlmName').ranges).toEqual(['Data1!$B$1']);
    expect(wb.definedNames.getRanges('Everything').ranges).toEqual([]);
  });

  it('counts the template’s sheets, rows and cells', async () => {
    const unzipped = unzipWithinLimits(await participantXlsx('fi'));
    if (!unzipped.ok) throw new Error('not read');
    const pkg = await workbookPackage(unzipped.entries, new Set(), READ_LIMITS);
    expect(pkg.ok && pkg.counts).toEqual({ sheets: 3, rows: 70, cells: 723 });
  });

  it('refuses more sheets, rows or cells than the limits, before ExcelJS sees them', async () => {
    const limits = { ...READ_LIMITS, maxSheets: 2, maxRows: 10, maxCells: 30 };
    const within = await workbookPackage(unusualPackage(2, 5), new Set(), limits);
    expect(within.ok && within.counts).toEqual({ sheets: 2, rows: 10, cells: 30 });
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
