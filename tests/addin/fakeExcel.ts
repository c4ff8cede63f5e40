/**
 * A small in-memory stand-in for the part of the Excel JavaScript API the adapter uses. Member names
 * are checked against @types/office-js (the `satisfies` lists below) and by a test that every member
 * the fakes define is listed, so a misspelt call fails here as it would in Excel. Semantics kept:
 * properties must be loaded and synced before they are read; getItem on a missing item fails at sync
 * with ItemNotFound; a string starting with "=" becomes a formula, one starting with "'" stays text.
 * Each sync records the bytes of the matrices written since the last one (values, formulas, number
 * formats as JSON), the bulk of a request's payload, which Excel on the web caps at 5 MB.
 */
type Font = { bold?: boolean; size?: number; color?: string; italic?: boolean };
type Cell = { value: string | number | boolean; formula?: string; numberFormat?: string; fill?: string; validation?: unknown; font?: Font; wrap?: boolean };

export const RANGE_MEMBERS = ['values', 'formulas', 'numberFormat', 'format', 'merge', 'rowHidden', 'columnHidden', 'dataValidation', 'load', 'getOffsetRange', 'worksheet', 'select', 'address', 'isNullObject'] as const satisfies readonly (keyof Excel.Range)[];
export const FILL_MEMBERS = ['color', 'clear'] as const satisfies readonly (keyof Excel.RangeFill)[];
export const WORKSHEET_MEMBERS = ['name', 'getRange', 'tables', 'freezePanes', 'delete', 'activate', 'load', 'position', 'charts'] as const satisfies readonly (keyof Excel.Worksheet)[];
export const TABLE_MEMBERS = ['name', 'style', 'load', 'getHeaderRowRange', 'getDataBodyRange', 'worksheet', 'isNullObject'] as const satisfies readonly (keyof Excel.Table)[];
export const CHART_MEMBERS = ['name', 'title', 'setPosition'] as const satisfies readonly (keyof Excel.Chart)[];
export const FONT_MEMBERS = ['bold', 'size', 'color', 'italic'] as const satisfies readonly (keyof Excel.RangeFont)[];
export const FORMAT_MEMBERS = ['font', 'fill', 'wrapText', 'rowHeight', 'columnWidth', 'verticalAlignment'] as const satisfies readonly (keyof Excel.RangeFormat)[];
export const NAMED_ITEM_MEMBERS = ['name', 'load', 'getRange', 'getRangeOrNullObject', 'delete', 'isNullObject'] as const satisfies readonly (keyof Excel.NamedItem)[];
export const COLLECTION_MEMBERS = {
  worksheets: ['items', 'load', 'add', 'getItem'] as const satisfies readonly (keyof Excel.WorksheetCollection)[],
  tables: ['getItem', 'getItemOrNullObject', 'add'] as const satisfies readonly (keyof Excel.TableCollection)[],
  names: ['getItem', 'getItemOrNullObject', 'add'] as const satisfies readonly (keyof Excel.NamedItemCollection)[],
  charts: ['add'] as const satisfies readonly (keyof Excel.ChartCollection)[],
};

const colNum = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function parseAddress(address: string): { r1: number; c1: number; r2: number; c2: number } {
  const [a, b = a] = address.replace(/\$/g, '').split(':') as [string, string?];
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(p)!;
    return { c: m[1] ? colNum(m[1]) : 0, r: m[2] ? Number(m[2]) : 0 };
  };
  const x = part(a);
  const y = part(b!);
  return { r1: x.r || 1, c1: x.c || 1, r2: y.r || 1048576, c2: y.c || 16384 };
}

/** The rows and columns of an address (a whole column counts its first 2001 rows, a whole row its first 61 columns). */
const rowsOf = (ref: string) => { const b = parseAddress(ref); return Array.from({ length: Math.min(b.r2, b.r1 + 2000) - b.r1 + 1 }, (_, i) => b.r1 + i); };
const columnsOf = (ref: string) => { const b = parseAddress(ref); return Array.from({ length: Math.min(b.c2, b.c1 + 60) - b.c1 + 1 }, (_, i) => b.c1 + i); };

export class FakeContext {
  syncCount = 0;
  /** JSON length of the matrices written since the last sync, and that figure for every sync so far. */
  pendingBytes = 0;
  readonly requestBytes: number[] = [];
  readonly workbook: FakeWorkbook;
  pendingLoads: (() => void)[] = [];
  pendingErrors: { code: string; message: string }[] = [];
  fail(code: 'ItemNotFound' | 'InvalidArgument', message: string): void {
    this.pendingErrors.push({ code, message });
  }
  constructor() {
    this.workbook = new FakeWorkbook(this);
  }
  async sync(): Promise<void> {
    this.syncCount += 1;
    this.requestBytes.push(this.pendingBytes);
    this.pendingBytes = 0;
    const errors = this.pendingErrors;
    this.pendingErrors = [];
    this.pendingLoads.forEach((f) => f());
    this.pendingLoads = [];
    // Like Excel, a failed batch keeps what ran before the failure; the first error is reported.
    if (errors.length > 0) throw Object.assign(new Error(errors[0]!.message), { code: errors[0]!.code });
  }
}

class Loadable {
  protected loaded = new Set<string>();
  constructor(protected ctx: FakeContext) {}
  load(props?: string | string[]): this {
    const list = Array.isArray(props) ? props : (props ?? '').split(',');
    this.ctx.pendingLoads.push(() => list.forEach((p) => this.loaded.add(p.trim().split('/')[0]!)));
    return this;
  }
  protected need(prop: string): void {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}`);
  }
}

export class FakeRange extends Loadable {
  isNullObject = false;
  readonly format: { font: Font; fill: { color?: string; clear: () => void }; wrapText?: boolean; rowHeight?: number; columnWidth?: number; verticalAlignment?: string };
  readonly dataValidation: { rule: unknown; clear: () => void };
  constructor(ctx: FakeContext, readonly worksheet: FakeWorksheet, private readonly ref: string) {
    super(ctx);
    const fill: { color?: string; clear: () => void } = { clear: () => this.each((cell) => delete cell.fill) };
    Object.defineProperty(fill, 'color', { set: (c: string) => this.each((cell) => (cell.fill = c)), get: () => undefined });
    // Font and wrap land on the cells (first 2000 rows, like fills); widths on the sheet's columns.
    const font: Font = {};
    for (const key of FONT_MEMBERS) Object.defineProperty(font, key, { set: (v: never) => this.each((cell) => (cell.font = { ...cell.font, [key]: v })), get: () => undefined, enumerable: true });
    this.format = { font, fill };
    Object.defineProperty(this.format, 'wrapText', { set: (v: boolean) => this.each((cell) => (cell.wrap = v)), get: () => undefined, enumerable: true });
    Object.defineProperty(this.format, 'columnWidth', { set: (w: number) => columnsOf(this.ref).forEach((c) => this.worksheet.columnWidths.set(c, w)), get: () => undefined, enumerable: true });
    const validation = { rule: undefined as unknown, clear: () => this.each((cell) => delete cell.validation) };
    Object.defineProperty(validation, 'rule', { set: (r: unknown) => this.each((cell) => (cell.validation = r)), get: () => undefined });
    this.dataValidation = validation;
  }
  private bounds() { return parseAddress(this.ref); }
  /** Hidden rows and columns are kept on the sheet. */
  set rowHidden(hidden: boolean) { rowsOf(this.ref).forEach((r) => (hidden ? this.worksheet.hiddenRows.add(r) : this.worksheet.hiddenRows.delete(r))); }
  get rowHidden(): boolean { this.need('rowHidden'); return rowsOf(this.ref).every((r) => this.worksheet.hiddenRows.has(r)); }
  set columnHidden(hidden: boolean) { columnsOf(this.ref).forEach((c) => (hidden ? this.worksheet.hiddenColumns.add(c) : this.worksheet.hiddenColumns.delete(c))); }
  get columnHidden(): boolean { this.need('columnHidden'); return columnsOf(this.ref).every((c) => this.worksheet.hiddenColumns.has(c)); }
  /** Like Excel: sheet-qualified, quoted when the name needs it ('Operating models'!B5). */
  get address(): string {
    const sheet = /^[A-Za-z0-9_]+$/.test(this.worksheet.name) ? this.worksheet.name : `'${this.worksheet.name.replace(/'/g, "''")}'`;
    return `${sheet}!${this.ref}`;
  }
  private each(f: (cell: Cell, r: number, c: number) => void): void {
    const b = this.bounds();
    for (let r = b.r1; r <= Math.min(b.r2, b.r1 + 2000); r += 1) for (let c = b.c1; c <= Math.min(b.c2, b.c1 + 60); c += 1) f(this.worksheet.cell(r, c), r, c);
  }
  private write(matrix: unknown[][]): void {
    this.ctx.pendingBytes += JSON.stringify(matrix).length;
    const b = this.bounds();
    matrix.forEach((row, i) => row.forEach((v, j) => {
      const cell = this.worksheet.cell(b.r1 + i, b.c1 + j);
      if (typeof v === 'string' && v.startsWith("'")) { cell.value = v.slice(1); delete cell.formula; }
      else if (typeof v === 'string' && v.startsWith('=')) { cell.formula = v; cell.value = ''; }
      else { cell.value = (v ?? '') as string | number | boolean; delete cell.formula; }
    }));
  }
  private read(kind: 'value' | 'formula'): unknown[][] {
    const b = this.bounds();
    const out: unknown[][] = [];
    for (let r = b.r1; r <= b.r2; r += 1) {
      const row: unknown[] = [];
      for (let c = b.c1; c <= b.c2; c += 1) { const cell = this.worksheet.cell(r, c); row.push(kind === 'formula' ? cell.formula ?? cell.value : cell.value); }
      out.push(row);
    }
    return out;
  }
  set values(m: unknown[][]) { this.write(m); }
  get values(): unknown[][] { this.need('values'); return this.read('value'); }
  set formulas(m: unknown[][]) { this.write(m); }
  get formulas(): unknown[][] { this.need('formulas'); return this.read('formula'); }
  /** A matrix sets cell by cell; a single value sets every cell of the range, as Office.js documents ("Update all cells in a range"). */
  set numberFormat(m: unknown[][] | string) {
    this.ctx.pendingBytes += JSON.stringify(m).length;
    const b = this.bounds();
    if (typeof m === 'string') {
      for (let r = b.r1; r <= b.r2; r += 1) for (let c = b.c1; c <= b.c2; c += 1) this.worksheet.cell(r, c).numberFormat = m;
      return;
    }
    m.forEach((row, i) => row.forEach((f, j) => (this.worksheet.cell(b.r1 + i, b.c1 + j).numberFormat = String(f))));
  }
  get numberFormat(): unknown[][] { this.need('numberFormat'); return []; }
  merge(_across?: boolean): void { this.worksheet.merged.push(this.ref); }
  getOffsetRange(rows: number, cols: number): FakeRange {
    const b = this.bounds();
    const L = (n: number) => { let s = ''; for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s; return s; };
    return new FakeRange(this.ctx, this.worksheet, `${L(b.c1 + cols)}${b.r1 + rows}:${L(b.c2 + cols)}${b.r2 + rows}`);
  }
  select(): void { this.worksheet.workbook.selected = `${this.worksheet.name}!${this.ref}`; }
}

export class FakeTable extends Loadable {
  style = '';
  isNullObject = false;
  private tableName: string;
  constructor(ctx: FakeContext, name: string, readonly worksheet: FakeWorksheet, readonly address: string) { super(ctx); this.tableName = name; }
  /** Table names are unique in a workbook, without case (Excel: InvalidArgument). */
  get name(): string { return this.tableName; }
  set name(value: string) {
    if (this.worksheet.deleted) { this.ctx.fail('ItemNotFound', `table ${this.tableName} went with its sheet`); return; }
    const clash = this.worksheet.workbook.tableList.some((t) => t !== this && t.name.toLowerCase() === value.toLowerCase());
    if (clash) this.ctx.fail('InvalidArgument', `table name ${value} is taken`);
    else this.tableName = value;
  }
  getHeaderRowRange(): FakeRange { const b = parseAddress(this.address); return this.worksheet.getRange(`${this.address.split(':')[0]}:${this.address.split(':')[1]!.replace(/\d+$/, String(b.r1))}`); }
  getDataBodyRange(): FakeRange { const b = parseAddress(this.address); const [a, z] = this.address.split(':') as [string, string]; return this.worksheet.getRange(`${a.replace(/\d+$/, String(b.r1 + 1))}:${z}`); }
}

/** A chart: what it plots (source range, series by columns or rows), its name, title and the cells it covers. */
export class FakeChart {
  name = '';
  readonly title = { text: '' };
  /** Sheet-qualified source address, as the chart's series formulas would show it. */
  readonly source: string;
  placedAt: { start: string; end: string } | undefined;
  constructor(readonly worksheet: FakeWorksheet, readonly type: string, source: FakeRange, readonly seriesBy: string) { this.source = source.address; }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const ref = (c: FakeRange | string) => (typeof c === 'string' ? c : c.address.slice(c.address.lastIndexOf('!') + 1));
    this.placedAt = { start: ref(startCell), end: ref(endCell ?? startCell) };
  }
}

export class FakeWorksheet extends Loadable {
  cells = new Map<string, Cell>();
  merged: string[] = [];
  frozenRows = 0;
  deleted = false;
  hiddenRows = new Set<number>();
  hiddenColumns = new Set<number>();
  /** Column widths in points by column number. */
  columnWidths = new Map<number, number>();
  /** The sheet's charts; they go with the sheet when it is deleted. */
  chartList: FakeChart[] = [];
  readonly charts: { add: (type: string, sourceData: FakeRange, seriesBy?: string) => FakeChart };
  readonly tables: { add: (address: string, hasHeaders: boolean) => FakeTable };
  readonly freezePanes = { freezeRows: (n?: number) => { this.frozenRows = n ?? 1; } };
  private sheetName: string;
  get name(): string { return this.sheetName; }
  set name(value: string) {
    if (this.workbook.sheetList.some((s) => s !== this && s.name.toLowerCase() === value.toLowerCase())) this.ctx.fail('InvalidArgument', `sheet ${value} exists`);
    else this.sheetName = value;
  }
  constructor(ctx: FakeContext, readonly workbook: FakeWorkbook, name: string) {
    super(ctx);
    this.sheetName = name;
    this.charts = {
      add: (type: string, sourceData: FakeRange, seriesBy = 'Auto') => {
        if (sourceData.worksheet !== this) ctx.fail('InvalidArgument', 'chart data on another sheet');
        const chart = new FakeChart(this, type, sourceData, seriesBy);
        this.chartList.push(chart);
        return chart;
      },
    };
    this.tables = { add: (address: string) => { const t = new FakeTable(ctx, '', this, address); workbook.tableList.push(t); return t; } };
  }
  /** Zero-based place among the sheets; setting it moves the sheet there (InvalidArgument outside the list). */
  get position(): number { this.need('position'); return this.workbook.sheetList.indexOf(this); }
  set position(p: number) {
    const list = this.workbook.sheetList;
    if (!Number.isInteger(p) || p < 0 || p >= list.length) { this.ctx.fail('InvalidArgument', `position ${p} of ${list.length} sheets`); return; }
    list.splice(list.indexOf(this), 1);
    list.splice(p, 0, this);
  }
  cell(r: number, c: number): Cell { const k = `${r},${c}`; let cell = this.cells.get(k); if (!cell) { cell = { value: '' }; this.cells.set(k, cell); } return cell; }
  getRange(address: string): FakeRange { return new FakeRange(this.ctx, this, address); }
  delete(): void {
    if (this.workbook.sheetList.filter((s) => !s.deleted).length <= 1) { this.ctx.fail('InvalidArgument', 'a workbook keeps one sheet'); return; }
    this.deleted = true;
    this.workbook.sheetList = this.workbook.sheetList.filter((s) => s !== this);
    this.workbook.tableList = this.workbook.tableList.filter((t) => t.worksheet !== this);
  }
  activate(): void { this.workbook.active = this.name; }
}

export class FakeNamedItemForTest extends Loadable {
  isNullObject = false;
  constructor(ctx: FakeContext, private readonly wb: FakeWorkbook, public name: string, private readonly ref?: FakeRange) { super(ctx); }
  /** A name whose sheet was deleted refers to #REF!: getRange fails (InvalidArgument), getRangeOrNullObject is null. */
  getRange(): FakeRange {
    if (!this.ref || this.ref.worksheet.deleted) { this.ctx.fail(this.ref ? 'InvalidArgument' : 'ItemNotFound', `name ${this.name}`); return new FakeRange(this.ctx, new FakeWorksheet(this.ctx, this.wb, '?'), 'A1'); }
    return this.ref;
  }
  getRangeOrNullObject(): FakeRange {
    if (!this.ref || this.ref.worksheet.deleted) return Object.assign(new FakeRange(this.ctx, new FakeWorksheet(this.ctx, this.wb, '?'), 'A1'), { isNullObject: true });
    return this.ref;
  }
  delete(): void { this.wb.nameList.delete(this.name); }
}

export class FakeWorkbook {
  sheetList: FakeWorksheet[] = [];
  tableList: FakeTable[] = [];
  nameList = new Map<string, FakeRange>();
  selected = '';
  active = '';
  readonly worksheets: { items: FakeWorksheet[]; load: (p?: string) => unknown; add: (name: string) => FakeWorksheet; getItem: (name: string) => FakeWorksheet };
  readonly tables: { getItem: (name: string) => FakeTable; getItemOrNullObject: (name: string) => FakeTable; add: (address: string, hasHeaders: boolean) => FakeTable };
  readonly names: { getItem: (name: string) => FakeNamedItemForTest; getItemOrNullObject: (name: string) => FakeNamedItemForTest; add: (name: string, ref: FakeRange) => FakeNamedItemForTest };
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = {
      items: [],
      // Loading items/x loads x on each sheet.
      load: (p?: string) => {
        const props = (p ?? '').split(',').map((x) => x.trim()).filter((x) => x.startsWith('items/')).map((x) => x.slice('items/'.length));
        this.sheetList.forEach((s) => s.load(props));
        return this.worksheets;
      },
      add: (name: string) => {
        if (this.sheetList.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`sheet ${name} exists`);
        const s = new FakeWorksheet(ctx, this, name); this.sheetList.push(s); return s;
      },
      getItem: (name: string) => this.sheetList.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? (ctx.fail('ItemNotFound', `sheet ${name}`), new FakeWorksheet(ctx, this, name)),
    };
    Object.defineProperty(this.worksheets, 'items', { get: () => this.sheetList, enumerable: true });
    const findTable = (name: string) => this.tableList.find((t) => t.name.toLowerCase() === name.toLowerCase());
    const nullTable = (name: string) => Object.assign(new FakeTable(ctx, name, new FakeWorksheet(ctx, this, '?'), 'A1:A2'), { isNullObject: true });
    this.tables = {
      getItem: (name: string) => findTable(name) ?? (ctx.fail('ItemNotFound', `table ${name}`), nullTable(name)),
      getItemOrNullObject: (name: string) => findTable(name) ?? nullTable(name),
      add: (address: string) => { throw new Error(`use worksheet.tables.add (${address})`); },
    };
    const named = (name: string) => (this.nameList.has(name) ? new FakeNamedItemForTest(ctx, this, name, this.nameList.get(name)) : undefined);
    this.names = {
      getItem: (name: string) => named(name) ?? (ctx.fail('ItemNotFound', `name ${name}`), Object.assign(new FakeNamedItemForTest(ctx, this, name), { isNullObject: true })),
      getItemOrNullObject: (name: string) => named(name) ?? Object.assign(new FakeNamedItemForTest(ctx, this, name), { isNullObject: true }),
      add: (name: string, ref: FakeRange) => { if (this.nameList.has(name)) throw new Error(`name ${name} exists`); this.nameList.set(name, ref); return new FakeNamedItemForTest(ctx, this, name, ref); },
    };
  }
  sheet(name: string): FakeWorksheet | undefined { return this.sheetList.find((s) => s.name === name); }
}

/** A fake Excel: `run` is what the adapter gets instead of Excel.run; `syncs` counts per run. */
export function fakeExcel() {
  const ctx = new FakeContext();
  const syncs: number[] = [];
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const before = ctx.syncCount;
    try {
      return await batch(ctx as unknown as Excel.RequestContext);
    } finally {
      syncs.push(ctx.syncCount - before);
    }
  };
  return { run, ctx, workbook: ctx.workbook, syncs };
}
