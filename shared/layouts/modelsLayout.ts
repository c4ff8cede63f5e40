import { CATALOG_DATA as CATALOG } from '../catalog/catalogData';
import { GOAL_IDS, type GoalId } from '../catalog/catalogIds';
import type { Localized } from '../i18n/lang';
import { CATALOGUE_PRIOR } from '../scoring/impactValues';
import { FEASIBILITY_BY_GAP } from '../scoring/feasibility';
import { LIMITS } from '../schemas/limits';
import { a1 } from './a1';
import { STATUS_CHOICES, type Choice } from './choices';

/** One column of a sheet table. */
export interface ColumnSpec {
  key: string;
  header: Localized;
  /** Width in characters. */
  width: number;
  /** key: stable id the reader relies on; input: the user's; formula: computed; fixed: written from the catalogue. */
  role: 'key' | 'fixed' | 'input' | 'formula';
  choices?: readonly Choice<string | number | boolean>[];
  /** Whole numbers min–max as a dropdown (own impact 1–5). */
  range?: { min: number; max: number };
  maxLength?: number;
  numberFormat?: string;
  hidden?: boolean;
  wrap?: boolean;
}

/** The mark for a catalogue high-impact goal (≥ 3.3 points, seed 003). */
export const HIGH_IMPACT_MARK = '●';

export const MODELS_SHEET = {
  key: 'models' as const,
  title: { fi: 'Toimintamallit', sv: 'Verksamhetsmodeller', en: 'Operating models' } satisfies Localized,
  heading: { fi: 'Kansallisen luettelon 35 toimintamallia', sv: 'Katalogens 35 verksamhetsmodeller', en: 'The 35 operating models of the national catalogue' } satisfies Localized,
  hint: {
    fi: 'Valitse tilanne ja anna halutessasi oma vaikuttavuusarvio 1–5. ● = kansallisessa arvioinnissa suuri vaikuttavuus. Pisteet lasketaan Profiili-välilehden painoista ja resurssitasosta.',
    sv: 'Välj status och ge vid behov en egen effektbedömning 1–5. ● = stor effekt i den nationella bedömningen. Poängen räknas från vikterna och resursnivån på fliken Profil.',
    en: 'Choose a status and, if you like, your own impact score 1–5. ● = high impact in the national assessment. Scores use the weights and capacity on the Profile sheet.',
  } satisfies Localized,
  tableName: 'IlmModels',
  headerRow: 4,
};

export const MODEL_COLUMNS: readonly ColumnSpec[] = [
  { key: 'modelId', role: 'key', width: 4, hidden: true, header: { fi: 'Tunnus', sv: 'Kod', en: 'Id' } },
  { key: 'category', role: 'fixed', width: 22, wrap: true, header: { fi: 'Kategoria', sv: 'Kategori', en: 'Category' } },
  { key: 'name', role: 'fixed', width: 44, wrap: true, header: { fi: 'Toimintamalli', sv: 'Verksamhetsmodell', en: 'Operating model' } },
  { key: 'resources', role: 'fixed', width: 9, numberFormat: '0', header: { fi: 'Resurssit 1–3', sv: 'Resurser 1–3', en: 'Resources 1–3' } },
  ...GOAL_IDS.map((g): ColumnSpec => ({ key: `high${g}`, role: 'fixed', width: 5, header: { fi: `Suuri ${g}`, sv: `Stor ${g}`, en: `High ${g}` } })),
  { key: 'status', role: 'input', width: 16, choices: STATUS_CHOICES, header: { fi: 'Tilanne', sv: 'Status', en: 'Status' } },
  ...GOAL_IDS.map((g): ColumnSpec => ({ key: `own${g}`, role: 'input', width: 7, range: { min: 1, max: 5 }, numberFormat: '0', header: { fi: `Oma ${g}`, sv: `Egen ${g}`, en: `Own ${g}` } })),
  { key: 'goalFit', role: 'formula', width: 9, numberFormat: '0.00', header: { fi: 'Tavoitesopivuus', sv: 'Målpassning', en: 'Goal fit' } },
  { key: 'feasibility', role: 'formula', width: 9, numberFormat: '0.00', header: { fi: 'Toteutettavuus', sv: 'Genomförbarhet', en: 'Feasibility' } },
  { key: 'score', role: 'formula', width: 8, numberFormat: '0.00', header: { fi: 'Pisteet', sv: 'Poäng', en: 'Score' } },
  { key: 'notes', role: 'input', width: 40, wrap: true, maxLength: LIMITS.notes, header: { fi: 'Muistiinpanot (eivät jakaudu)', sv: 'Anteckningar (delas inte)', en: 'Notes (never shared)' } },
];

/** 1-based column of a key. */
export function modelColumn(key: string): number {
  const i = MODEL_COLUMNS.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key}`);
  return i + 1;
}

/** Row of the i-th catalogue model (0-based) in the table body. */
export const modelRow = (index: number) => MODELS_SHEET.headerRow + 1 + index;

const WEIGHT_SUM = `SUM(${GOAL_IDS.map((g) => `IlmWeight${g}`).join(',')})`;

/**
 * The formulas of one model row, as in SYSTEM.md: v = own score or the catalogue prior (4 with the
 * high-impact mark, else 2); goal fit = Σ w·v / Σ w; feasibility by gap = resources − capacity
 * (CHOOSE 1, 0.75, 0.5); score = fit × feasibility. A1 references within the row and workbook names
 * for the Profile values, so the same text works in Excel, LibreOffice and exceljs files.
 */
export function modelRowFormulas(row: number): { goalFit: string; feasibility: string; score: string } {
  const v = (g: GoalId) => {
    const own = a1(row, modelColumn(`own${g}`));
    const high = a1(row, modelColumn(`high${g}`));
    return `IF(${own}="",IF(${high}="${HIGH_IMPACT_MARK}",${CATALOGUE_PRIOR.high},${CATALOGUE_PRIOR.other}),${own})`;
  };
  const sum = GOAL_IDS.map((g) => `${v(g)}*IlmWeight${g}`).join('+');
  const res = a1(row, modelColumn('resources'));
  const fit = a1(row, modelColumn('goalFit'));
  const feas = a1(row, modelColumn('feasibility'));
  const f = FEASIBILITY_BY_GAP;
  return {
    goalFit: `=IF(${WEIGHT_SUM}=0,"",(${sum})/${WEIGHT_SUM})`,
    feasibility: `=CHOOSE(MAX(0,MIN(2,${res}-IlmCapacity))+1,${f.fits},${f.stretch},${f.exceeds})`,
    score: `=IF(${fit}="","",${fit}*${feas})`,
  };
}

/** The fixed catalogue values of a model row, in column order (key and fixed columns only). */
export function modelFixedValues(index: number, lang: 'fi' | 'sv' | 'en'): Record<string, string | number> {
  const m = CATALOG.models[index]!;
  const out: Record<string, string | number> = {
    modelId: m.id,
    category: CATALOG.categories.find((c) => c.id === m.categoryId)!.name[lang],
    name: m.name[lang],
    resources: m.resources,
  };
  for (const g of GOAL_IDS) out[`high${g}`] = m.highImpactGoals.includes(g) ? HIGH_IMPACT_MARK : '';
  return out;
}
