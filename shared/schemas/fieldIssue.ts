import type { Lang, Localized } from '../i18n/lang';
import { VALUE_LABELS } from '../i18n/valueLabels';
import { workbookLimitMessage } from '../i18n/workbookLimits';
import { DEFAULT_THEMES } from '../catalog/themes';
import { fieldLabel, formatPath } from './fieldLabels';

/** A theme named in words: a default theme by its catalogue name, any other by what was given. */
const themeName = (id: unknown, lang: Lang) => DEFAULT_THEMES.find((t) => t.id === id)?.name[lang] ?? String(id ?? '');

/** Stable error codes: clients (the add-in, scripts) switch on these, never on message text. */
export const ERROR_CODES = [
  'invalid_json',
  'missing_section',
  'required',
  'invalid_type',
  'unknown_field',
  'invalid_value',
  'invalid_format',
  'out_of_range',
  'not_integer',
  'too_long',
  'too_many',
  'too_few',
  'weights_all_zero',
  'unknown_model',
  'duplicate_model',
  'unknown_theme',
  'duplicate_theme',
  'theme_name_missing',
  'duplicate_participant',
  'date_order',
  'too_few_participants',
  'not_a_workbook',
  'sheets_missing',
  'workbook_too_large',
  'formula_without_value',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type IssuePath = (string | number)[];

/** Values a message needs, e.g. the allowed range. */
/** `orEmpty`: the field may also be left empty (an own impact: the catalogue's value is used then). */
export type IssueParams = { min?: number; max?: number; allowed?: string[]; value?: string; orEmpty?: boolean };

/** One problem with the input: where, what (stable code) and a message in every language. */
export interface FieldIssue {
  path: IssuePath;
  code: ErrorCode;
  message: Localized;
}

/** A field issue in one language, as the API and the pane show it. */
export interface LocalizedFieldIssue {
  path: IssuePath;
  code: ErrorCode;
  message: string;
  /** For errors in an uploaded workbook: the sheet's name in that file and the cell. */
  sheet?: string;
  cell?: string;
}

type Template = (field: string, p: IssueParams) => string;

/** The allowed values as people read them: "Kunta, Maakunnan liitto, …" rather than enum ids. */
const allowed = (p: IssueParams, lang: Lang) => (p.allowed ?? []).map((v) => VALUE_LABELS[v]?.[lang] ?? v).join(', ');

const range = (p: IssueParams, sep: string) =>
  p.min !== undefined && p.max !== undefined ? `${p.min}${sep}${p.max}` : String(p.max ?? p.min ?? '');

const TEMPLATES: Record<ErrorCode, Record<Lang, Template>> = {
  invalid_json: {
    fi: () => 'Sisältö ei ole kelvollista JSONia.',
    sv: () => 'Innehållet är inte giltig JSON.',
    en: () => 'The content is not valid JSON.',
  },
  missing_section: {
    fi: (f) => `Osio «${f}» puuttuu. Täytä se ennen tarkistusta.`,
    sv: (f) => `Avsnittet «${f}» saknas. Fyll i det före kontrollen.`,
    en: (f) => `The section “${f}” is missing. Fill it in before checking.`,
  },
  required: {
    fi: (f) => `«${f}» on pakollinen.`,
    sv: (f) => `«${f}» är obligatoriskt.`,
    en: (f) => `“${f}” is required.`,
  },
  invalid_type: {
    fi: (f) => `«${f}»: arvo on väärää tyyppiä.`,
    sv: (f) => `«${f}»: värdet har fel typ.`,
    en: (f) => `“${f}”: the value has the wrong type.`,
  },
  unknown_field: {
    fi: (f, p) => `Tuntematon kenttä «${p.value ?? f}». Poista se.`,
    sv: (f, p) => `Okänt fält «${p.value ?? f}». Ta bort det.`,
    en: (f, p) => `Unknown field “${p.value ?? f}”. Remove it.`,
  },
  invalid_value: {
    fi: (f, p) => `«${f}»: valitse jokin vaihtoehdoista ${allowed(p, 'fi')}.`,
    sv: (f, p) => `«${f}»: välj ett av alternativen ${allowed(p, 'sv')}.`,
    en: (f, p) => `“${f}”: choose one of ${allowed(p, 'en')}.`,
  },
  invalid_format: {
    fi: (f) => `«${f}»: muoto ei kelpaa.`,
    sv: (f) => `«${f}»: formatet är ogiltigt.`,
    en: (f) => `“${f}”: the format is not valid.`,
  },
  out_of_range: {
    fi: (f, p) => `«${f}»: arvon on oltava välillä ${range(p, '–')}.${p.orEmpty ? ' Jätä solu tyhjäksi, jos käytetään luettelon arviota.' : ''}`,
    sv: (f, p) => `«${f}»: värdet ska vara mellan ${range(p, '–')}.${p.orEmpty ? ' Lämna cellen tom om katalogens bedömning används.' : ''}`,
    en: (f, p) => `“${f}”: the value must be between ${range(p, '–')}.${p.orEmpty ? ' Leave the cell empty to use the catalogue’s rating.' : ''}`,
  },
  not_integer: {
    fi: (f) => `«${f}»: anna kokonaisluku.`,
    sv: (f) => `«${f}»: ange ett heltal.`,
    en: (f) => `“${f}”: enter a whole number.`,
  },
  too_long: {
    fi: (f, p) => `«${f}» on liian pitkä: enintään ${p.max} merkkiä.`,
    sv: (f, p) => `«${f}» är för långt: högst ${p.max} tecken.`,
    en: (f, p) => `“${f}” is too long: at most ${p.max} characters.`,
  },
  too_many: {
    fi: (f, p) => `«${f}»: enintään ${p.max} riviä.`,
    sv: (f, p) => `«${f}»: högst ${p.max} rader.`,
    en: (f, p) => `“${f}”: at most ${p.max} rows.`,
  },
  too_few: {
    fi: (f, p) => `«${f}»: vähintään ${p.min} riviä.`,
    sv: (f, p) => `«${f}»: minst ${p.min} rader.`,
    en: (f, p) => `“${f}”: at least ${p.min} rows.`,
  },
  weights_all_zero: {
    fi: () => 'Anna vähintään yhdelle tavoitteelle A–E paino, joka on suurempi kuin 0.',
    sv: () => 'Ge minst ett av målen A–E en vikt som är större än 0.',
    en: () => 'Give at least one of the goals A–E a weight above 0.',
  },
  unknown_model: {
    fi: (_f, p) => `Tuntematon toimintamalli «${p.value}». Luo taulukko uudelleen, jotta mallit vastaavat luetteloa.`,
    sv: (_f, p) => `Okänd verksamhetsmodell «${p.value}». Skapa tabellen på nytt så att modellerna motsvarar katalogen.`,
    en: (_f, p) => `Unknown operating model “${p.value}”. Recreate the table so that it matches the catalogue.`,
  },
  duplicate_model: {
    fi: (_f, p) => `Toimintamalli «${p.value}» on mukana kahdesti. Poista toinen rivi.`,
    sv: (_f, p) => `Verksamhetsmodellen «${p.value}» finns två gånger. Ta bort den ena raden.`,
    en: (_f, p) => `Operating model “${p.value}” appears twice. Remove one of the rows.`,
  },
  unknown_theme: {
    fi: (_f, p) => `Teema «${themeName(p.value, 'fi')}» ei kuulu tähän kierrokseen. Tyhjennä rivin arvio ja tekstit tai pyydä koordinaattoria lisäämään teema.`,
    sv: (_f, p) => `Temat «${themeName(p.value, 'sv')}» hör inte till den här omgången. Töm radens bedömning och texter eller be koordinatorn lägga till temat.`,
    en: (_f, p) => `Theme “${themeName(p.value, 'en')}” is not part of this round. Clear the row's rating and texts, or ask the coordinator to add the theme.`,
  },
  theme_name_missing: {
    fi: (_f, p) => `Oma teema «${p.value ?? ''}» tarvitsee nimen vähintään yhdellä kielellä (suomi, ruotsi tai englanti).`,
    sv: (_f, p) => `Det egna temat «${p.value ?? ''}» behöver ett namn på minst ett språk (finska, svenska eller engelska).`,
    en: (_f, p) => `The own theme “${p.value ?? ''}” needs a name in at least one language (Finnish, Swedish or English).`,
  },
  duplicate_theme: {
    fi: (_f, p) => `Teema «${p.value}» on mukana kahdesti. Poista toinen rivi.`,
    sv: (_f, p) => `Temat «${p.value}» finns två gånger. Ta bort den ena raden.`,
    en: (_f, p) => `Theme “${p.value}” appears twice. Remove one of the rows.`,
  },
  duplicate_participant: {
    fi: (_f, p) => `Osallistuja «${p.value}» on mukana kahdesti.`,
    sv: (_f, p) => `Deltagaren «${p.value}» finns två gånger.`,
    en: (_f, p) => `Participant “${p.value}” appears twice.`,
  },
  date_order: {
    fi: (f) => `«${f}»: loppupäivä ei voi olla ennen alkupäivää.`,
    sv: (f) => `«${f}»: slutdatumet kan inte vara före startdatumet.`,
    en: (f) => `“${f}”: the end date cannot be before the start date.`,
  },
  too_few_participants: {
    fi: (_f, p) => `Haastatteluryhmiin tarvitaan vähintään ${p.min} osallistujaa.`,
    sv: (_f, p) => `Intervjugrupperna kräver minst ${p.min} deltagare.`,
    en: (_f, p) => `Interview teams need at least ${p.min} participants.`,
  },
  not_a_workbook: {
    fi: () => 'Tiedosto ei ole Excel-työkirja (.xlsx).',
    sv: () => 'Filen är inte en Excel-arbetsbok (.xlsx).',
    en: () => 'The file is not an Excel workbook (.xlsx).',
  },
  sheets_missing: {
    fi: (_f, p) => `Työkirjasta puuttuu välilehti tai nimetty solu: ${p.value ?? ''}. Käytä Ilmastoyhteistyön pohjaa (template.xlsx).`,
    sv: (_f, p) => `Arbetsboken saknar ett blad eller en namngiven cell: ${p.value ?? ''}. Använd Ilmastoyhteistyös mall (template.xlsx).`,
    en: (_f, p) => `The workbook lacks a sheet or a named cell: ${p.value ?? ''}. Use the Ilmastoyhteistyö template (template.xlsx).`,
  },
  workbook_too_large: {
    fi: (_f, p) => workbookLimitMessage(p.value, p.max, 'fi'),
    sv: (_f, p) => workbookLimitMessage(p.value, p.max, 'sv'),
    en: (_f, p) => workbookLimitMessage(p.value, p.max, 'en'),
  },
  formula_without_value: {
    fi: () => 'Solussa on kaava ilman laskettua arvoa. Kirjoita arvo soluun tai avaa ja tallenna tiedosto Excelissä tai LibreOfficessa.',
    sv: () => 'Cellen har en formel utan beräknat värde. Skriv in värdet eller öppna och spara filen i Excel eller LibreOffice.',
    en: () => 'The cell holds a formula without a calculated value. Type the value, or open and save the file in Excel or LibreOffice.',
  },
};

/**
 * Builds an issue with its message in fi, sv and en; the message names the field.
 *
 * @example
 * makeIssue(['profile', 'capacity'], 'out_of_range', { min: 1, max: 3 }).message.fi
 * // '«Resurssitaso»: arvon on oltava välillä 1–3.'
 */
export function makeIssue(path: IssuePath, code: ErrorCode, params: IssueParams = {}): FieldIssue {
  const message = {} as Localized;
  for (const lang of ['fi', 'sv', 'en'] as const) {
    message[lang] = TEMPLATES[code][lang](fieldLabel(path, lang), params);
  }
  return { path, code, message };
}

/**
 * The issue in one language, with the path appended so a reader can find the exact field.
 *
 * @example
 * localizeIssue(makeIssue(['goalWeights'], 'weights_all_zero'), 'en').message
 * // 'Give at least one of the goals A–E a weight above 0. (goalWeights)'
 */
export function localizeIssue(issue: FieldIssue, lang: Lang): LocalizedFieldIssue {
  const where = formatPath(issue.path);
  return {
    path: issue.path,
    code: issue.code,
    message: where ? `${issue.message[lang]} (${where})` : issue.message[lang],
  };
}
