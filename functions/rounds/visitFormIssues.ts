import type { Lang, Localized } from '../../shared/i18n/lang';
import type { FormCellRef, FormReading, VisitSheetReading } from '../../shared/layouts/readVisitSheet';
import type { VisitFormMeta } from '../../shared/layouts/visitFormInstructions';
import { NOTES_COLUMNS, QUESTION_COLUMNS, REPORT_COLUMNS, visitTableNames } from '../../shared/layouts/visitSheet';
import { localizeIssue, type FieldIssue, type LocalizedFieldIssue } from '../../shared/schemas/fieldIssue';
import { fieldLabel } from '../../shared/schemas/fieldLabels';

type MetaCells = Record<keyof VisitFormMeta, { sheet: string; address: string }>;

/** The header of a form cell's column, in the language of the answer (the words the user sees above the cell). */
function headerOf(cell: FormCellRef, hostId: string, lang: Lang): string | undefined {
  const names = visitTableNames(hostId);
  const columns = cell.table === names.report ? REPORT_COLUMNS : cell.table === names.questions ? QUESTION_COLUMNS : cell.table === names.notes ? NOTES_COLUMNS : undefined;
  return columns?.[cell.col - 1]?.header[lang];
}

/**
 * An issue named by sheet and cell, as the submission import names them ("Vierailu – Aura!C40: …"),
 * with the column's own header in place of the field's internal label; without a cell, as the API
 * names it.
 */
export function atFormCell(e: FieldIssue, reading: FormReading<unknown>, hostId: string, lang: Lang): LocalizedFieldIssue {
  const cell = reading.cellFor(e.path);
  const local = localizeIssue(e, lang);
  if (!cell) return local;
  const header = headerOf(cell, hostId, lang);
  const label = fieldLabel(e.path, lang);
  const message = header && label ? e.message[lang].replace(label, header) : e.message[lang];
  return { ...local, sheet: cell.sheet, cell: cell.address, message: `${cell.sheet}!${cell.address}: ${message}` };
}

/** The sheet's own problems (a theme or kind it does not know), at their cells. */
export const sheetIssues = (reading: VisitSheetReading): LocalizedFieldIssue[] =>
  reading.issues.map((i) => ({ path: [], code: i.code as LocalizedFieldIssue['code'], sheet: i.cell.sheet, cell: i.cell.address, message: `${i.cell.sheet}!${i.cell.address}: ${i.message}` }));

const OTHER_ROUND: Localized = {
  fi: 'Lomake on toiselta kierrokselta. Lataa tämän kierroksen lomake ja siirrä tekstisi siihen.',
  sv: 'Blanketten hör till en annan omgång. Ladda ner blanketten för den här omgången och för över din text till den.',
  en: 'The form is from another round. Download this round’s form and carry your text over to it.',
};
const OTHER_HOST: Localized = {
  fi: 'Lomake on tehty toisen isännän vierailulle. Valitse lataussivulla oikea isäntä tai lataa tämän isännän lomake.',
  sv: 'Blanketten gjordes för besöket hos en annan värd. Välj rätt värd på uppladdningssidan eller ladda ner den här värdens blankett.',
  en: 'The form was made for another host’s visit. Choose the right host on the upload page, or download this host’s form.',
};
const BAD_VERSION: Localized = {
  fi: 'Lomakkeen versiotieto on muuttunut. Lataa lomake uudelleen; älä muuta Ohjeet-välilehden tunnuksia.',
  sv: 'Blankettens versionsuppgift har ändrats. Ladda ner blanketten på nytt; ändra inte koderna på fliken Anvisningar.',
  en: 'The form’s version cell was changed. Download the form again; do not change the codes on the Instructions sheet.',
};

/** A file made for another round or host, or with its version cells changed: named at the cell. */
export function metaIssues(meta: VisitFormMeta, cells: MetaCells, route: { roundId: string; hostId: string }, lang: Lang): LocalizedFieldIssue[] {
  const out: LocalizedFieldIssue[] = [];
  const at = (key: keyof VisitFormMeta, text: Localized) => {
    const c = cells[key];
    out.push({ path: [key], code: 'invalid_value', sheet: c.sheet, cell: c.address, message: `${c.sheet}!${c.address}: ${text[lang]}` });
  };
  const count = (n: number) => Number.isInteger(n) && n >= 0;
  if (meta.roundId !== route.roundId) at('roundId', OTHER_ROUND);
  else if (meta.hostId !== route.hostId) at('hostId', OTHER_HOST);
  if (!count(meta.reportVersion)) at('reportVersion', BAD_VERSION);
  if (!count(meta.questionsRevision)) at('questionsRevision', BAD_VERSION);
  return out;
}
