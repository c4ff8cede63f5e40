import type { Lang, Localized } from '../i18n/lang';
import type { InstructionsSheet } from './instructionsSheet';

/**
 * What the team's report form file (.xlsx, for teams without the add-in) carries besides the
 * Vierailu sheet: which round and host it was made for and the report version and questions revision
 * it shows, each a value cell of the instructions sheet under a workbook name. The import sends the
 * version as If-Match, so a form made before another member saved is refused (412), never merged.
 */
export const VISIT_FORM_NAMES = {
  roundId: 'IlmFormRound',
  hostId: 'IlmFormHost',
  reportVersion: 'IlmFormReportVersion',
  questionsRevision: 'IlmFormQuestionsRevision',
} as const;

export type VisitFormMeta = { roundId: string; hostId: string; reportVersion: number; questionsRevision: number };

export const VISIT_FORM_META_LABELS: Record<keyof typeof VISIT_FORM_NAMES, Localized> = {
  roundId: { fi: 'Kierroksen tunnus', sv: 'Omgångens kod', en: 'Round code' },
  hostId: { fi: 'Isännän tunnus', sv: 'Värdens kod', en: 'Host id' },
  reportVersion: { fi: 'Raportin versio, josta lomake tehtiin (0 = ei vielä raporttia)', sv: 'Rapportversion som blanketten gjordes av (0 = ingen rapport ännu)', en: 'Report version the form was made from (0 = no report yet)' },
  questionsRevision: { fi: 'Kysymysten versio, josta lomake tehtiin', sv: 'Frågornas version som blanketten gjordes av', en: 'Questions revision the form was made from' },
};

/** Row of the first value cell: the instructions' lines come first (writeInstructions writes them from row 3). */
export const visitFormMetaRow = (sheet: InstructionsSheet) => 3 + sheet.lines.length + 1;

const TITLE: Localized = { fi: 'Ohjeet', sv: 'Anvisningar', en: 'Instructions' };

/** The instructions sheet of the team's report form: how to fill the Vierailu sheet and return it. */
export function visitFormInstructions(lang: Lang, f: { roundName: string; hostName: string; sheetTitle: string; uploadUrl?: string }): InstructionsSheet {
  const u = f.uploadUrl;
  const lines: Record<Lang, string[]> = {
    fi: [
      `Tämä työkirja on haastatteluryhmän palauteraporttilomake: vierailu isännän ${f.hostName} luo, kierros ${f.roundName}.`,
      `1. Lue välilehden ${f.sheetTitle} alusta isännän tiedot, taustamateriaali ja itsearviointi (vain luettavaksi).`,
      '2. Kirjoita haastattelukysymykset keltaisiin soluihin: yksi kysymys rivillään solun sisällä (Alt+Enter).',
      '3. Kirjoita raporttiin vahvuudet ja kehittämiskohteet, yksi kohta riville; valitse teema ja laji luettelosta. Tyhjennä kohdan teksti poistaaksesi sen. Lisää rivejä taulukon sisään.',
      '4. Kirjoita yhteenveto ja palautetilaisuuden muistiinpanot. Tallenna tiedosto .xlsx-muodossa. Älä muuta piilotettuja rivejä, sarakkeita tai alla olevia tunnuksia.',
      u
        ? `5. Palauta tiedosto sivulla ${u} kutsutunnisteellasi (kohta "Vierailun palauteraportti"). Sivu kertoo virheet solun tarkkuudella ja vahvistaa tallennetun version.`
        : '5. Palauta tiedosto lataussivulla kutsutunnisteellasi (kohta "Vierailun palauteraportti").',
      '6. Jos toinen ryhmäläinen tallentaa raportin sillä välin, lomaketta ei tallenneta: lataa uusi lomake ja siirrä muutoksesi siihen.',
    ],
    sv: [
      `Den här arbetsboken är intervjugruppens blankett för återkopplingsrapporten: besöket hos ${f.hostName}, omgången ${f.roundName}.`,
      `1. Läs värdens uppgifter, bakgrundsmaterial och självvärdering i början av fliken ${f.sheetTitle} (endast för läsning).`,
      '2. Skriv intervjufrågorna i de gula cellerna: en fråga per rad i cellen (Alt+Enter).',
      '3. Skriv rapportens styrkor och utvecklingsområden, en punkt per rad; välj tema och typ i listan. Töm en punkts text för att ta bort den. Lägg till rader inne i tabellen.',
      '4. Skriv sammanfattningen och anteckningarna från återkopplingsmötet. Spara filen som .xlsx. Ändra inte de dolda raderna, kolumnerna eller koderna nedan.',
      u
        ? `5. Skicka filen på sidan ${u} med din inbjudningskod (avsnittet "Besökets återkopplingsrapport"). Sidan visar fel cell för cell och bekräftar den sparade versionen.`
        : '5. Skicka filen på uppladdningssidan med din inbjudningskod (avsnittet "Besökets återkopplingsrapport").',
      '6. Om den andra gruppmedlemmen sparar rapporten under tiden sparas blanketten inte: ladda ner en ny blankett och för över dina ändringar till den.',
    ],
    en: [
      `This workbook is the interview team's feedback report form: the visit to ${f.hostName}, round ${f.roundName}.`,
      `1. Read the host's details, background material and self-assessment at the top of the ${f.sheetTitle} sheet (read only).`,
      '2. Write the interview questions in the yellow cells: one question per line within the cell (Alt+Enter).',
      '3. Write the report\'s strengths and development areas, one item per row; choose the theme and kind from the list. Empty an item\'s text to remove it. Add rows inside the table.',
      '4. Write the overall summary and the feedback session\'s notes. Save the file as .xlsx. Do not change the hidden rows, columns or the codes below.',
      u
        ? `5. Return the file on ${u} with your invite token (section "Visit feedback report"). The page names any error by cell and confirms the stored version.`
        : '5. Return the file on the upload page with your invite token (section "Visit feedback report").',
      '6. If the other team member saves the report meanwhile, the form is not stored: download a new form and carry your changes over to it.',
    ],
  };
  return { title: TITLE[lang], heading: `${TITLE[lang]}: ${f.hostName}`, lines: lines[lang] };
}
