/**
 * The styles part of a report workbook written as XML (writeReportXlsx): each distinct look of a
 * cell is one cell format (xf), registered once and shared by every cell that has it — a column's
 * body cells share one index — instead of one style object per cell. Fonts, fills, alignment and
 * number formats are written as ExcelJS writes them (same elements, same order, same built-in number
 * format ids), so a reader sees the same fonts, fills, alignments and number formats as before.
 */
import { LINE_FONT, type ReportLine } from '../../shared/layouts/reportSheet';
import { HEADER_FILL } from '../../shared/layouts/sheetStyle';
import { xmlText } from './sharedStrings';

/** What a cell looks like: at most one font and fill of the report's own, a number format, wrapping. */
export interface CellLook {
  numFmt?: string;
  font?: 'header' | ReportLine['style'];
  fill?: 'header';
  wrap?: boolean;
}

/** Excel's built-in number formats the reports use (ids from ECMA-376 18.8.30); others get ids from 164. */
const BUILT_IN: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '@': 49 };

/** The workbook's default font, as ExcelJS writes it (Calibri 11, theme colour). */
const DEFAULT_FONT = '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';

function fontXml(f: { bold?: boolean; italic?: boolean; size?: number; color?: string }): string {
  return `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}${f.color ? `<color rgb="${f.color}"/>` : ''}${f.size ? `<sz val="${f.size}"/>` : ''}</font>`;
}

const FONTS: Record<NonNullable<CellLook['font']>, string> = {
  header: fontXml({ bold: true, color: 'FFFFFFFF' }),
  title: fontXml(LINE_FONT.title),
  heading: fontXml(LINE_FONT.heading),
  note: fontXml(LINE_FONT.note),
};
const FILLS: Record<NonNullable<CellLook['fill']>, string> = {
  header: `<fill><patternFill patternType="solid"><fgColor rgb="FF${HEADER_FILL.slice(1)}"/></patternFill></fill>`,
};

/** Registers looks and answers their cell format index; `xml()` is the styles part. */
export class XlsxStyles {
  private readonly fonts = [DEFAULT_FONT];
  private readonly fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly numFmts: string[] = [];
  private readonly xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly byXf = new Map<string, number>([[this.xfs[0]!, 0]]);
  private readonly byLook = new Map<string, number>();

  private static indexIn(list: string[], xml: string): number {
    const i = list.indexOf(xml);
    return i >= 0 ? i : list.push(xml) - 1;
  }

  /** The cell format index of a look (0: the default, written as no `s` attribute). */
  id(look: CellLook): number {
    const key = `${look.numFmt ?? ''}\u0000${look.font ?? ''}\u0000${look.fill ?? ''}\u0000${look.wrap ? 1 : 0}`;
    const known = this.byLook.get(key);
    if (known !== undefined) return known;
    const numFmtId = look.numFmt === undefined ? 0 : (BUILT_IN[look.numFmt] ?? 164 + XlsxStyles.indexIn(this.numFmts, look.numFmt));
    const fontId = look.font ? XlsxStyles.indexIn(this.fonts, FONTS[look.font]) : 0;
    const fillId = look.fill ? XlsxStyles.indexIn(this.fills, FILLS[look.fill]) : 0;
    const apply = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${look.wrap ? ' applyAlignment="1"' : ''}`;
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${apply}`;
    const xf = look.wrap ? `${head}><alignment vertical="top" wrapText="1"/></xf>` : `${head}/>`;
    let id = this.byXf.get(xf);
    if (id === undefined) {
      id = this.xfs.push(xf) - 1;
      this.byXf.set(xf, id);
    }
    this.byLook.set(key, id);
    return id;
  }

  xml(): string {
    const numFmts = this.numFmts.length === 0 ? '' : `<numFmts count="${this.numFmts.length}">${this.numFmts.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(code)}"/>`).join('')}</numFmts>`;
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
      + `${numFmts}<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>`
      + `<fills count="${this.fills.length}">${this.fills.join('')}</fills>`
      + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
      + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
      + `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>`
      + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
      + '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
      + '</styleSheet>';
  }
}
