/**
 * Report sheets (coordinator sheets, the shared model sheet, a participant's results) as an .xlsx
 * written directly as SpreadsheetML and zipped with node's zlib: the coordinator workbook of 300
 * participants has a quarter of a million cells, and ExcelJS spent most of its time on a style
 * object per cell and on DEFLATE in JavaScript. The package is the one the ExcelJS writer made —
 * same parts, cells, number formats, fonts, fills, widths, tables and charts — with one shared cell
 * format per look and no ExcelJS at all.
 */
import { chartColumns, checkReportSheets } from '../../shared/layouts/checkReportSheets';
import type { ReportSheet } from '../../shared/layouts/reportSheet';
import { cleanText } from '../../shared/text/cleanText';
import { reportSheetXml } from './reportSheetXml';
import { SharedStrings, xmlText } from './sharedStrings';
import { addChartParts, type ChartJob } from './xlsxCharts';
import { XlsxStyles } from './xlsxStyles';
import { zipParts } from './zipParts';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- ExcelJS's Office theme (a JS string module without types), the theme its files carried
const THEME = require('exceljs/lib/xlsx/xml/theme1.js') as string;

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
/** Files are reproducible: a fixed date, shown only in the file's properties. */
const CREATED = '2025-01-01T00:00:00Z';

const relationships = (rels: readonly (readonly [id: string, type: string, target: string])[]) =>
  `${XML}<Relationships xmlns="${PKG_REL}">${rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;

function contentTypes(sheets: number, tables: number): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + override('/xl/workbook.xml', `${SML}.sheet.main+xml`)
    + Array.from({ length: sheets }, (_, i) => override(`/xl/worksheets/sheet${i + 1}.xml`, `${SML}.worksheet+xml`)).join('')
    + override('/xl/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml')
    + override('/xl/styles.xml', `${SML}.styles+xml`)
    + override('/xl/sharedStrings.xml', `${SML}.sharedStrings+xml`)
    + Array.from({ length: tables }, (_, i) => override(`/xl/tables/table${i + 1}.xml`, `${SML}.table+xml`)).join('')
    + override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml')
    + override('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml')
    + '</Types>';
}

function workbookXml(names: readonly string[]): string {
  return `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">`
    + '<fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>'
    + `<sheets>${names.map((name, i) => `<sheet sheetId="${i + 1}" name="${xmlText(name)}" state="visible" r:id="rId${i + 4}"/>`).join('')}</sheets>`
    + '<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>';
}

function docProps(names: readonly string[]): [app: string, core: string] {
  const app = `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`
    + '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
    + `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>`
    + `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${names.map((n) => `<vt:lpstr>${xmlText(n)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>`
    + '<Company></Company><Manager></Manager><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>';
  const core = `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
    + '<dc:creator>Ilmastoyhteistyö</dc:creator><dc:title></dc:title><dc:subject></dc:subject><dc:description></dc:description><cp:keywords></cp:keywords><cp:category></cp:category><cp:lastModifiedBy>Unknown</cp:lastModifiedBy>'
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${CREATED}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${CREATED}</dcterms:modified></cp:coreProperties>`;
  return [app, core];
}

/** The package's parts by name, charts included, in the order they are zipped. */
export function reportXlsxParts(sheets: readonly ReportSheet[]): Map<string, string> {
  // The same declaration checks as the Office.js writer: a chart without its table is an error, not left out.
  checkReportSheets(sheets);
  const styles = new XlsxStyles();
  const strings = new SharedStrings();
  const names = sheets.map((s) => cleanText(s.title));
  const sheetParts = new Map<string, string>();
  const jobs: ChartJob[] = [];
  let tables = 0;
  sheets.forEach((sheet, i) => {
    const sheetId = i + 1;
    const written = reportSheetXml(sheet, styles, strings, tables + 1);
    sheetParts.set(`xl/worksheets/sheet${sheetId}.xml`, written.sheet);
    if (written.tables.length > 0) {
      const rels = written.tables.map((t, k) => [`rId${k + 1}`, `${REL}/table`, `../tables/table${t.id}.xml`] as const);
      sheetParts.set(`xl/worksheets/_rels/sheet${sheetId}.xml.rels`, relationships(rels));
    }
    for (const t of written.tables) sheetParts.set(`xl/tables/table${t.id}.xml`, t.xml);
    tables += written.tables.length;
    for (const b of sheet.blocks) if (b.kind === 'chart') jobs.push({ sheetId, sheetName: names[i]!, chart: b, ...chartColumns(sheet, b) });
  });
  const [app, core] = docProps(names);
  const parts = new Map<string, string>([
    ['[Content_Types].xml', contentTypes(sheets.length, tables)],
    ['_rels/.rels', relationships([
      ['rId1', `${REL}/officeDocument`, 'xl/workbook.xml'],
      ['rId2', `${PKG_REL}/metadata/core-properties`, 'docProps/core.xml'],
      ['rId3', `${REL}/extended-properties`, 'docProps/app.xml'],
    ])],
    ['docProps/app.xml', app],
    ['docProps/core.xml', core],
    ['xl/workbook.xml', workbookXml(names)],
    ['xl/_rels/workbook.xml.rels', relationships([
      ['rId1', `${REL}/styles`, 'styles.xml'],
      ['rId2', `${REL}/theme`, 'theme/theme1.xml'],
      ['rId3', `${REL}/sharedStrings`, 'sharedStrings.xml'],
      ...names.map((_, i) => [`rId${i + 4}`, `${REL}/worksheet`, `worksheets/sheet${i + 1}.xml`] as const),
    ])],
    ['xl/theme/theme1.xml', THEME],
    ...sheetParts,
    // After the sheets: the strings and looks are known once every cell is written.
    ['xl/styles.xml', styles.xml()],
    ['xl/sharedStrings.xml', strings.xml()],
  ]);
  addChartParts(parts, jobs);
  return parts;
}

/** Report sheets as .xlsx bytes, charts included. */
export function writeReportXlsx(sheets: readonly ReportSheet[]): Promise<Buffer> {
  return zipParts([...reportXlsxParts(sheets)]);
}
