import { columnLetter } from '../../shared/layouts/a1';
import { tableBodyRows, type ReportChart, type ReportTable } from '../../shared/layouts/reportSheet';
import { cleanText } from '../../shared/text/cleanText';

/** A chart to add to a written sheet: sheets are numbered from 1 in the order they are written. */
export interface ChartJob {
  sheetId: number;
  sheetName: string;
  chart: ReportChart;
  table: ReportTable;
  /** The 1-based columns of the chart's category (`first`) and last series, adjacent (chartColumns). */
  first: number;
  last: number;
}

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  drawingRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chartRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
};

/**
 * Text for the chart XML: cleaned of what XML cannot hold (an own theme's name with a vertical tab
 * is a category here), markup escaped, CR as a reference so the parser keeps it.
 */
const esc = (s: string) => cleanText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;');
const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** The chart part: a horizontal bar chart over the table's columns, with cached values for viewers that do not recalculate. */
function chartXml(job: ChartJob): string {
  const { chart, table, sheetName } = job;
  // 0-based columns: the category, then one series per column up to the last (adjacent: chartColumns).
  const cat = job.first - 1;
  const seriesColumns = Array.from({ length: job.last - job.first }, (_, s) => job.first + s);
  const first = table.row + 1;
  const last = table.row + tableBodyRows(table);
  const ref = (i: number, from: number, to: number) => `${quoteSheet(sheetName)}!$${columnLetter(i + 1)}$${from}:$${columnLetter(i + 1)}$${to}`;
  const pts = (values: readonly unknown[], num: boolean) =>
    values.map((v, i) => (v === null || v === undefined || v === '' ? '' : `<c:pt idx="${i}"><c:v>${esc(num ? String(Number(v)) : String(v))}</c:v></c:pt>`)).join('');
  const catValues = table.rows.map((r) => r[cat]);
  const series = seriesColumns.map((i, s) =>
    `<c:ser><c:idx val="${s}"/><c:order val="${s}"/>`
      + `<c:tx><c:strRef><c:f>${esc(`${quoteSheet(sheetName)}!$${columnLetter(i + 1)}$${table.row}`)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${esc(table.columns[i]!.header)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`
      + `<c:invertIfNegative val="0"/>`
      + `<c:cat><c:strRef><c:f>${esc(ref(cat, first, last))}</c:f><c:strCache><c:ptCount val="${catValues.length}"/>${pts(catValues, false)}</c:strCache></c:strRef></c:cat>`
      + `<c:val><c:numRef><c:f>${esc(ref(i, first, last))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${table.rows.length}"/>${pts(table.rows.map((r) => r[i]), true)}</c:numCache></c:numRef></c:val>`
      + `</c:ser>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`
    + `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>`
    + `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    + `<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="${chart.type === 'barStacked' ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${series}`
    + `<c:gapWidth val="60"/>${chart.type === 'barStacked' ? '<c:overlap val="100"/>' : ''}<c:axId val="1001"/><c:axId val="1002"/></c:barChart>`
    + `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
    + `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
    + `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

/** One anchor in a sheet's drawing: from the block's cell over its rows and columns (0-based in the XML). */
function anchorXml(job: ChartJob, index: number): string {
  const { chart } = job;
  const at = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(chart.col - 1, chart.row - 1)}</xdr:from><xdr:to>${at(chart.col - 1 + chart.cols, chart.row - 1 + chart.rows)}</xdr:to>`
    + `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${esc(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
    + `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rIdChart${index + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
}

/**
 * Adds the report's charts to the parts of a report workbook (writeReportXlsx; the SpreadsheetML
 * writers have no charts): for each sheet with charts a drawing part with one anchor per chart, the
 * chart parts, their relationships and content types. The charts read the same table cells the
 * add-in's charts read. `parts` maps part names to their text and is changed in place.
 */
export function addChartParts(parts: Map<string, string>, jobs: readonly ChartJob[]): void {
  if (jobs.length === 0) return;
  const part = (name: string) => {
    const text = parts.get(name);
    if (text === undefined) throw new Error(`no ${name}`);
    return text;
  };
  let types = part('[Content_Types].xml');
  const bySheet = new Map<number, ChartJob[]>();
  for (const j of jobs) bySheet.set(j.sheetId, [...(bySheet.get(j.sheetId) ?? []), j]);
  let chartNo = 0;
  let drawingNo = 0;
  for (const [sheetId, sheetJobs] of bySheet) {
    drawingNo += 1;
    const sheetPath = `xl/worksheets/sheet${sheetId}.xml`;
    const sheetXml = part(sheetPath);
    const relsPath = `xl/worksheets/_rels/sheet${sheetId}.xml.rels`;
    const rels = parts.get(relsPath) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS.rel}"></Relationships>`;
    parts.set(relsPath, rels.replace('</Relationships>', `<Relationship Id="rIdIlmDrawing" Type="${NS.drawingRel}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`));
    // <drawing> comes before <tableParts> (and <extLst>) in a worksheet.
    const drawingTag = `<drawing r:id="rIdIlmDrawing"/>`;
    const withNs = sheetXml.includes(`xmlns:r="${NS.r}"`) ? sheetXml : sheetXml.replace('<worksheet ', `<worksheet xmlns:r="${NS.r}" `);
    const at = ['<tableParts', '<extLst', '</worksheet>'].map((t) => withNs.indexOf(t)).find((i) => i >= 0)!;
    parts.set(sheetPath, withNs.slice(0, at) + drawingTag + withNs.slice(at));
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    sheetJobs.forEach((job, i) => {
      chartNo += 1;
      parts.set(`xl/charts/chart${chartNo}.xml`, chartXml(job));
      anchors.push(anchorXml(job, i));
      drawingRels.push(`<Relationship Id="rIdChart${i + 1}" Type="${NS.chartRel}" Target="../charts/chart${chartNo}.xml"/>`);
      types = types.replace('</Types>', `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`);
    });
    parts.set(`xl/drawings/drawing${drawingNo}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join('')}</xdr:wsDr>`);
    parts.set(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS.rel}">${drawingRels.join('')}</Relationships>`);
    types = types.replace('</Types>', `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`);
  }
  parts.set('[Content_Types].xml', types);
}
