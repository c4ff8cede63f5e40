import type { Lang } from '../../shared/i18n/lang';
import { mergeExistingInputs, type ExistingInputs } from '../../shared/layouts/mergeExistingInputs';
import { MODEL_COLUMNS, MODELS_SHEET, modelRow, modelRowFormulas } from '../../shared/layouts/modelsLayout';
import { PROFILE_FIELDS, PROFILE_SHEET } from '../../shared/layouts/profileLayout';
import { SELF_ASSESSMENT_COLUMNS, SELF_ASSESSMENT_SHEET } from '../../shared/layouts/selfAssessmentLayout';
import type { ExcelRun } from './excelRun';
import { freeTitle, sheetKey } from './sheetTitles';
import { writeProfileSheet } from './writeProfileSheet';
import { writeTableSheet, type CellContent } from './writeTableSheet';
import type { SheetTheme } from '../../shared/layouts/renderWorkbookValues';
import { withEarlierRatings } from '../../shared/layouts/earlierRatings';
import type { EarlierRating } from '../../shared/schemas/progressSchema';

export interface CreateOptions {
  lang: Lang;
  /** The round's themes; the 7 defaults otherwise. */
  /** The round's themes (ids, or own themes with names); the seven defaults when not given. */
  themeIds?: readonly SheetTheme[];
  /** ExcelApi 1.8: without it the sheets are made without dropdowns. */
  dataValidation: boolean;
  /** The participant's own earlier ratings (progress over rounds): a second line in each theme cell. */
  earlierRatings?: readonly EarlierRating[];
}

export interface CreateResult {
  /** Sheets made anew vs rebuilt with the user's entries carried over. */
  created: string[];
  updated: string[];
}

const PROFILE_ANCHOR = 'IlmName';


/** The sheet part of an address such as `'Oma profiili'!$B$5`. */
const sheetOfAddress = (address: string) => address.slice(0, address.lastIndexOf('!')).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");

/** Sheets an interrupted earlier run left behind under their retired names. */
const RETIRED_PREFIX = '~ilm-old-';

/**
 * Creates the three input sheets, or rebuilds them in the current layout and language while keeping
 * every entry the user made (by model id, theme id and workbook name). Three syncs whatever the size:
 * what exists → its values → all writes.
 */
export async function createOrUpdateSheets(run: ExcelRun, options: CreateOptions): Promise<CreateResult> {
  return run(async (context) => {
    const wb = context.workbook;
    const modelsTable = wb.tables.getItemOrNullObject(MODELS_SHEET.tableName).load('name');
    const selfTable = wb.tables.getItemOrNullObject(SELF_ASSESSMENT_SHEET.tableName).load('name');
    const names = PROFILE_FIELDS.map((f) => wb.names.getItemOrNullObject(f.name).load('name'));
    const sheets = wb.worksheets.load('items/name');
    await context.sync();

    const present = (o: { isNullObject: boolean }) => !o.isNullObject;
    const tableRead = (t: Excel.Table) => ({
      keys: t.getHeaderRowRange().getOffsetRange(-1, 0).load('values'),
      body: t.getDataBodyRange().load('values'),
      sheet: t.worksheet.load('name'),
    });
    const models = present(modelsTable) ? tableRead(modelsTable) : undefined;
    const self = present(selfTable) ? tableRead(selfTable) : undefined;
    // A name whose sheet was deleted points at #REF!: getRangeOrNullObject gives a null range for it.
    const profileValues = PROFILE_FIELDS.map((f, i) => (present(names[i]!) ? { name: f.name, range: names[i]!.getRangeOrNullObject().load('values, address') } : undefined));
    await context.sync();
    const anchor = profileValues[PROFILE_FIELDS.findIndex((f) => f.name === PROFILE_ANCHOR)];
    const profileSheet = anchor && !anchor.range.isNullObject ? { name: sheetOfAddress(anchor.range.address) } : undefined;

    const existing: ExistingInputs = {
      profileByName: Object.fromEntries(profileValues.flatMap((p) => (p && !p.range.isNullObject ? [[p.name, p.range.values[0]![0]]] : []))),
      ...(models ? { models: { keys: models.keys.values[0]!, rows: models.body.values } } : {}),
      ...(self ? { selfAssessment: { keys: self.keys.values[0]!, rows: self.body.values } } : {}),
    };
    const merged = mergeExistingInputs(options.lang, existing, options.themeIds);
    const leftovers = sheets.items.filter((s) => s.name.startsWith(RETIRED_PREFIX));
    const ours = new Set([models?.sheet.name, self?.sheet.name, profileSheet?.name].filter((n): n is string => !!n));
    const taken = new Set(sheets.items.map((s) => s.name).filter((n) => !ours.has(n) && !n.startsWith(RETIRED_PREFIX)).map(sheetKey));
    // Old tables give up their names, and old sheets are renamed out of the way, before anything new
    // is made; they are deleted after the new ones exist (a workbook may not lose its last sheet).
    if (present(modelsTable)) modelsTable.name = `${MODELS_SHEET.tableName}Old`;
    if (present(selfTable)) selfTable.name = `${SELF_ASSESSMENT_SHEET.tableName}Old`;
    const stamp = Date.now().toString(36);
    const retired = [...ours].map((name, i) => {
      const old = wb.worksheets.getItem(name);
      old.name = `${RETIRED_PREFIX}${stamp}-${i}`;
      return old;
    });
    const existingNames = new Set(PROFILE_FIELDS.filter((_, i) => present(names[i]!)).map((f) => f.name));

    const result: CreateResult = { created: [], updated: [] };
    const add = (title: string, had: boolean) => {
      const name = freeTitle(title, taken);
      taken.add(sheetKey(name));
      (had ? result.updated : result.created).push(name);
      return wb.worksheets.add(name);
    };

    const profile = add(PROFILE_SHEET.title[options.lang], !!profileSheet);
    writeProfileSheet(wb, profile, merged.profile as (string | number)[], options.lang, { dataValidation: options.dataValidation, existingNames });

    const modelSheet = add(MODELS_SHEET.title[options.lang], !!models);
    const modelBody: CellContent[][] = merged.models.map((row, i) => {
      const f = modelRowFormulas(modelRow(i));
      return MODEL_COLUMNS.map((c, k) => (c.role === 'formula' ? f[c.key as keyof typeof f] : (row[k] as CellContent)));
    });
    writeTableSheet(modelSheet, { ...MODELS_SHEET, columns: MODEL_COLUMNS }, modelBody, options.lang, options);

    const selfSheet = add(SELF_ASSESSMENT_SHEET.title[options.lang], !!self);
    const selfRows = options.earlierRatings ? withEarlierRatings(merged.selfAssessment, options.earlierRatings, options.lang) : merged.selfAssessment;
    writeTableSheet(selfSheet, { ...SELF_ASSESSMENT_SHEET, columns: SELF_ASSESSMENT_COLUMNS }, selfRows as CellContent[][], options.lang, options);

    for (const old of [...retired, ...leftovers]) old.delete();
    profile.activate();
    await context.sync();
    return result;
  });
}
