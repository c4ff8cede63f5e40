import { LANGS, type Lang, type Localized } from '../i18n/lang';
import { VALUE_LABELS } from '../i18n/valueLabels';

const labelled = (...values: string[]): Choice<string>[] => values.map((value) => ({ value, label: VALUE_LABELS[value]! }));

/** A dropdown: stable values and their labels in every language. */
export interface Choice<V extends string | number | boolean> {
  value: V;
  label: Localized;
}

/** The labels of a dropdown in one language, in order: what the data-validation list shows. */
export function choiceLabels<V extends string | number | boolean>(choices: readonly Choice<V>[], lang: Lang): string[] {
  return choices.map((c) => c.label[lang]);
}

/**
 * The value behind a label in any language (a workbook may have been made in Swedish and read in
 * Finnish); the raw cell back when nothing matches, so validation can name the cell.
 *
 * @example
 * parseChoice(YES_NO, 'Ja') // true
 */
export function parseChoice<V extends string | number | boolean>(choices: readonly Choice<V>[], cell: unknown): V | unknown {
  if (cell === '' || cell === null || cell === undefined) return undefined;
  const text = String(cell).trim().toLowerCase();
  for (const c of choices) {
    if (LANGS.some((l) => c.label[l].toLowerCase() === text) || String(c.value).toLowerCase() === text) return c.value;
  }
  return cell;
}

export const YES_NO: readonly Choice<boolean>[] = [
  { value: true, label: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' } },
  { value: false, label: { fi: 'Ei', sv: 'Nej', en: 'No' } },
];

export const PARTICIPANT_KIND_CHOICES: readonly Choice<string>[] = labelled('municipality', 'regional-council', 'company', 'other');

export const STATUS_CHOICES: readonly Choice<string>[] = labelled('in-use', 'planned', 'considering', 'not-relevant');

export const SHARING_CHOICES: readonly Choice<string>[] = labelled('team', 'summary', 'named');

/** Maturity levels 1–5 with labels (flow 3: "maturity rating 1–5 with labelled levels"). */
export const RATING_CHOICES: readonly Choice<number>[] = [
  { value: 1, label: { fi: '1 – Ei aloitettu', sv: '1 – Inte påbörjat', en: '1 – Not started' } },
  { value: 2, label: { fi: '2 – Alkuvaiheessa', sv: '2 – I startskedet', en: '2 – Getting started' } },
  { value: 3, label: { fi: '3 – Osittain käytössä', sv: '3 – Delvis i bruk', en: '3 – Partly in place' } },
  { value: 4, label: { fi: '4 – Vakiintunut', sv: '4 – Etablerat', en: '4 – Established' } },
  { value: 5, label: { fi: '5 – Edelläkävijä', sv: '5 – Föregångare', en: '5 – Leading' } },
];

