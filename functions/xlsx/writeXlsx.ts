import ExcelJS from 'exceljs';
import type { Lang } from '../../shared/i18n/lang';
import { columnLetter } from '../../shared/layouts/a1';
import { MODEL_COLUMNS, modelRow, modelRowFormulas, MODELS_SHEET, type ColumnSpec } from '../../shared/layouts/modelsLayout';
import { PROFILE_FIELDS, PROFILE_SHEET, profileRow } from '../../shared/layouts/profileLayout';
import type { InstructionsSheet } from '../../shared/layouts/instructionsSheet';
import { renderWorkbookValues, type SheetTheme } from '../../shared/layouts/renderWorkbookValues';
import { writeInstructions } from './writeInstructions';
import { withEarlierRatings } from '../../shared/layouts/earlierRatings';
import { SELF_ASSESSMENT_COLUMNS, SELF_ASSESSMENT_SHEET } from '../../shared/layouts/selfAssessmentLayout';
import type { EarlierRating } from '../../shared/schemas/progressSchema';
import { FORMULA_FILL, HEADER_FILL, INPUT_FILL } from '../../shared/layouts/sheetStyle';
import type { Submission } from '../../shared/schemas/submissionSchema';
import { cleanText } from '../../shared/text/cleanText';
import { fileRow, fileText } from './fileText';
import { addValidation, profileValidation, validationFor } from './xlsxValidation';
import { unzipWithinLimits } from './zipGuard';
import { zipParts } from './zipParts';

/** ExcelJS colours are ARGB without '#'. */
const argb = (hex: string) => `FF${hex.slice(1)}`;
export { fileRow, fileText };
export const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });

/**
 * A string cell. ExcelJS stores strings as string cells (never formulas), so a participant's
 * "=HYPERLINK(…)" stays the text it was; the text format keeps Excel from re-reading it on edit.
 */
export function setText(cell: ExcelJS.Cell, text: string): void {
  cell.value = fileText(text);
}

export function styleHeader(row: ExcelJS.Row, from: number, to: number): void {
  for (let c = from; c <= to; c += 1) {
    const cell = row.getCell(c);
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = solid(HEADER_FILL);
    cell.alignment = { wrapText: true, vertical: 'top' };
  }
}

function title(ws: ExcelJS.Worksheet, text: string): void {
  setText(ws.getCell('A1'), text);
  ws.getCell('A1').font = { bold: true, size: 14 };
}

/** The Profile sheet: labels, values, help, a workbook name per value cell, validation, input marking. */
function writeProfile(wb: ExcelJS.Workbook, values: readonly unknown[], lang: Lang): void {
  const ws = wb.addWorksheet(cleanText(PROFILE_SHEET.title[lang]), { views: [{ state: 'frozen', ySplit: PROFILE_SHEET.headerRow }] });
  title(ws, PROFILE_SHEET.heading[lang]);
  setText(ws.getCell('A2'), PROFILE_SHEET.hint[lang]);
  const header = ws.getRow(PROFILE_SHEET.headerRow);
  PROFILE_SHEET.headers[lang].forEach((h, i) => setText(header.getCell(i + 1), h));
  styleHeader(header, 1, 3);
  ws.getColumn(1).width = 44;
  ws.getColumn(2).width = 26;
  ws.getColumn(3).width = 70;
  PROFILE_FIELDS.forEach((f, i) => {
    const row = ws.getRow(profileRow(i));
    setText(row.getCell(1), f.label[lang]);
    setText(row.getCell(3), f.help[lang]);
    const cell = row.getCell(2);
    const v = values[i];
    if (f.input === 'formula') cell.value = { formula: f.formula!.slice(1) };
    else if (typeof v === 'number') cell.value = v;
    else if (typeof v === 'string' && v !== '') setText(cell, v);
    if (f.input === 'text') cell.numFmt = '@';
    else if (f.numberFormat) cell.numFmt = f.numberFormat;
    cell.fill = solid(f.input === 'formula' ? FORMULA_FILL : INPUT_FILL);
    wb.definedNames.add(`'${ws.name}'!$B$${profileRow(i)}`, f.name);
    const v8n = profileValidation(f, lang);
    if (v8n) addValidation(ws, cell.address, v8n);
  });
}

/** A sheet with one input table (models or self-assessment), as the Office.js writer lays it out. */
function writeInputTable(
  wb: ExcelJS.Workbook,
  spec: { title: Record<Lang, string>; heading: Record<Lang, string>; hint: Record<Lang, string>; tableName: string; headerRow: number },
  columns: readonly ColumnSpec[],
  body: readonly (readonly (string | number | { formula: string })[])[],
  lang: Lang,
): void {
  const ws = wb.addWorksheet(cleanText(spec.title[lang]), { views: [{ state: 'frozen', ySplit: spec.headerRow }] });
  title(ws, spec.heading[lang]);
  ws.mergeCells(`B2:${columnLetter(columns.length)}2`);
  setText(ws.getCell('B2'), spec.hint[lang]);
  ws.getCell('B2').alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(2).height = 45;
  const keyRow = ws.getRow(spec.headerRow - 1);
  columns.forEach((c, i) => setText(keyRow.getCell(i + 1), c.key));
  keyRow.hidden = true;
  ws.addTable({
    name: cleanText(spec.tableName),
    ref: `A${spec.headerRow}`,
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: true },
    columns: columns.map((c) => ({ name: cleanText(c.header[lang]), filterButton: true })),
    rows: body.map(fileRow),
  });
  styleHeader(ws.getRow(spec.headerRow), 1, columns.length);
  columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
    const v8n = validationFor(c, lang);
    body.forEach((_, r) => {
      const cell = ws.getRow(spec.headerRow + 1 + r).getCell(i + 1);
      if (c.maxLength) cell.numFmt = '@';
      else if (c.numberFormat) cell.numFmt = c.numberFormat;
      if (c.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
      if (c.role === 'input') cell.fill = solid(INPUT_FILL);
      if (c.role === 'formula') cell.fill = solid(FORMULA_FILL);
    });
    const col = columnLetter(i + 1);
    if (v8n && body.length > 0) addValidation(ws, `${col}${spec.headerRow + 1}:${col}${spec.headerRow + body.length}`, v8n);
  });
}

/**
 * The participant's three input sheets, as the add-in makes them: empty (the template) or filled
 * with a submission. Same layouts, names, validation lists and formulas as the Office.js writer.
 */
function addParticipantSheets(wb: ExcelJS.Workbook, lang: Lang, options: ParticipantFileOptions = {}): void {
  const values = renderWorkbookValues(lang, options.submission, options.themes ?? options.themeIds);
  if (options.prefill) {
    // A participant's own template: its round code and registered name already filled in.
    values.profile = values.profile.map((v, i) => (PROFILE_FIELDS[i]!.key === 'roundId' ? options.prefill!.roundId : PROFILE_FIELDS[i]!.key === 'name' && v === '' ? options.prefill!.participantName : v));
  }
  if (options.instructions) writeInstructions(wb, options.instructions);
  writeProfile(wb, values.profile, lang);
  const models = values.models.map((row, i) => {
    const f = modelRowFormulas(modelRow(i));
    return MODEL_COLUMNS.map((c, k) => (c.role === 'formula' ? { formula: f[c.key as keyof typeof f].slice(1) } : (row[k] as string | number)));
  });
  writeInputTable(wb, MODELS_SHEET, MODEL_COLUMNS, models, lang);
  const self = options.earlierRatings ? withEarlierRatings(values.selfAssessment, options.earlierRatings, lang) : values.selfAssessment;
  writeInputTable(wb, SELF_ASSESSMENT_SHEET, SELF_ASSESSMENT_COLUMNS, self as (string | number)[][], lang);
}

/** The participant's sheets as an .xlsx file: the template, or filled with a submission. */
export interface ParticipantFileOptions {
  submission?: Submission;
  themeIds?: readonly string[];
  /** The round's themes with own names (takes precedence over themeIds). */
  themes?: readonly SheetTheme[];
  prefill?: { roundId: string; participantName: string };
  /** An instructions sheet first: how to fill the file and return it. */
  instructions?: InstructionsSheet;
  /** The participant's own earlier ratings (progress over rounds): a second line in the theme cell. */
  earlierRatings?: readonly EarlierRating[];
}

export function participantXlsx(lang: Lang, options: ParticipantFileOptions = {}): Promise<Buffer> {
  return xlsxBytes((wb) => addParticipantSheets(wb, lang, options));
}

/** The workbook as .xlsx bytes. */
export async function xlsxBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Ilmastoyhteistyö';
  // A fixed date keeps files reproducible; Excel shows it only in the file's properties.
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  wb.calcProperties = { fullCalcOnLoad: true };
  build(wb);
  // ExcelJS (through JSZip) stamps every part with the current time and compresses with pako: it
  // stores the parts, and zipParts compresses them with zlib under one fixed timestamp instead.
  const stored = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  const unpacked = unzipWithinLimits(stored, { maxEntries: Number.MAX_SAFE_INTEGER, maxUnpackedBytes: Number.MAX_SAFE_INTEGER });
  if (!unpacked.ok) throw new Error(`xlsxBytes: ExcelJS wrote an archive that cannot be read back (${unpacked.reason})`);
  return zipParts([...unpacked.entries]);
}
