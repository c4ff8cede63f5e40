import { GOAL_IDS } from '../catalog/catalogIds';
import type { Localized } from '../i18n/lang';
import { EUR_PER_FTE } from '../scoring/feasibility';
import { LIMITS } from '../schemas/limits';
import { PARTICIPANT_KIND_CHOICES, YES_NO, type Choice } from './choices';

/** One labelled input (or formula) row of the Profile sheet. */
export interface ProfileField {
  key: string;
  /** Where the value goes in a submission. */
  path: (string | number)[];
  /** Workbook-scoped name of the value cell: formulas and the reader use it, never the position. */
  name: string;
  label: Localized;
  help: Localized;
  input: 'text' | 'choice' | 'number' | 'integer' | 'formula';
  choices?: readonly Choice<string | number | boolean>[];
  min?: number;
  max?: number;
  maxLength?: number;
  numberFormat?: string;
  formula?: string;
  /** A row added after files were handed out: a file without its name reads it as empty. */
  addedLater?: true;
}

export const PROFILE_SHEET = {
  key: 'profile' as const,
  title: { fi: 'Profiili', sv: 'Profil', en: 'Profile' } satisfies Localized,
  heading: { fi: 'Osallistujan profiili ja tavoitteet', sv: 'Deltagarens profil och mål', en: 'Participant profile and goals' } satisfies Localized,
  hint: {
    fi: 'Täytä keltaiset solut. Resurssitaso 1–3 vastaa luettelon tähtiä (raha ja henkilöstö yhdessä).',
    sv: 'Fyll i de gula cellerna. Resursnivå 1–3 motsvarar katalogens stjärnor (pengar och personal tillsammans).',
    en: 'Fill in the yellow cells. Capacity 1–3 matches the catalogue’s stars (money and staff together).',
  } satisfies Localized,
  headers: { fi: ['Kenttä', 'Arvo', 'Ohje'], sv: ['Fält', 'Värde', 'Hjälp'], en: ['Field', 'Value', 'Help'] },
  /** Header row; fields start on the next row, labels in column A, values in B, help in C. */
  headerRow: 4,
  valueColumn: 2,
};

const yesNo = (key: string, name: string, label: Localized, help: Localized): ProfileField => ({
  key, path: ['profile', 'facts', key], name, label, help, input: 'choice', choices: YES_NO,
});

const GOAL_LABELS: Record<string, Localized> = {
  A: { fi: 'Paino: A päästöjen vähentäminen', sv: 'Vikt: A minskade utsläpp', en: 'Weight: A emission reduction' },
  B: { fi: 'Paino: B vihreän liiketoiminnan edellytykset', sv: 'Vikt: B förutsättningar för grön affärsverksamhet', en: 'Weight: B conditions for green business' },
  C: { fi: 'Paino: C alueen muut ympäristötavoitteet', sv: 'Vikt: C regionens övriga miljömål', en: 'Weight: C other environmental goals' },
  D: { fi: 'Paino: D kunnan ja yritysten vuorovaikutus', sv: 'Vikt: D samverkan kommun–företag', en: 'Weight: D municipality–business interaction' },
  E: { fi: 'Paino: E kunnan ilmastoimago', sv: 'Vikt: E kommunens klimatimage', en: 'Weight: E climate image' },
};

/** The Profile sheet's rows, in order. */
export const PROFILE_FIELDS: readonly ProfileField[] = [
  { key: 'name', path: ['participant', 'name'], name: 'IlmName', input: 'text', maxLength: LIMITS.shortText,
    label: { fi: 'Osallistujan nimi', sv: 'Deltagarens namn', en: 'Participant name' },
    help: { fi: 'Esim. Kuusijärven kunta', sv: 'T.ex. Ingå kommun', en: 'E.g. the municipality’s name' } },
  { key: 'kind', path: ['participant', 'kind'], name: 'IlmKind', input: 'choice', choices: PARTICIPANT_KIND_CHOICES,
    label: { fi: 'Osallistujan tyyppi', sv: 'Typ av deltagare', en: 'Participant type' },
    help: { fi: 'Valitse luettelosta', sv: 'Välj i listan', en: 'Choose from the list' } },
  { key: 'population', path: ['participant', 'population'], name: 'IlmPopulation', input: 'integer', min: 0, max: 100_000_000, numberFormat: '#,##0',
    label: { fi: 'Asukkaat tai henkilöstö', sv: 'Invånare eller personal', en: 'Residents or staff' },
    help: { fi: 'Vapaaehtoinen', sv: 'Frivilligt', en: 'Optional' } },
  { key: 'staffFte', path: ['profile', 'staffFte'], name: 'IlmStaffFte', input: 'number', min: 0, max: LIMITS.maxStaffFte, numberFormat: '0.0',
    label: { fi: 'Henkilötyövuodet yritysyhteistyöhön', sv: 'Årsverken för företagssamarbete', en: 'Staff years for business cooperation' },
    help: { fi: 'Esim. 0,2 = viidesosa yhden henkilön työajasta', sv: 'T.ex. 0,2 = en femtedel av en persons arbetstid', en: 'E.g. 0.2 = a fifth of one person’s time' } },
  { key: 'budgetEurPerYear', path: ['profile', 'budgetEurPerYear'], name: 'IlmBudget', input: 'number', min: 0, max: LIMITS.maxBudgetEur, numberFormat: '#,##0 "€"',
    label: { fi: 'Vuosibudjetti (€)', sv: 'Årsbudget (€)', en: 'Yearly budget (€)' },
    help: { fi: 'Vapaaehtoinen; ehdottaa resurssitasoa yhdessä henkilötyövuosien kanssa', sv: 'Frivilligt; föreslår resursnivå tillsammans med årsverken', en: 'Optional; suggests a capacity level together with staff years' } },
  { key: 'suggestedCapacity', path: [], name: 'IlmSuggestedCapacity', input: 'formula',
    formula: `=IF(AND(IlmStaffFte="",IlmBudget=""),"",IF(N(IlmStaffFte)+N(IlmBudget)/${EUR_PER_FTE}>=2,3,IF(N(IlmStaffFte)+N(IlmBudget)/${EUR_PER_FTE}>=0.5,2,1)))`,
    label: { fi: 'Ehdotettu resurssitaso', sv: 'Föreslagen resursnivå', en: 'Suggested capacity level' },
    help: { fi: 'Laskettu: htv + budjetti / 60 000 €', sv: 'Beräknad: årsverken + budget / 60 000 €', en: 'Computed: FTE + budget / €60,000' } },
  { key: 'capacity', path: ['profile', 'capacity'], name: 'IlmCapacity', input: 'integer', min: 1, max: 3,
    label: { fi: 'Resurssitaso (1–3)', sv: 'Resursnivå (1–3)', en: 'Capacity level (1–3)' },
    help: { fi: '1 vähän, 2 kohtalaisesti, 3 paljon', sv: '1 små, 2 måttliga, 3 stora', en: '1 few, 2 moderate, 3 much' } },
  yesNo('existingCooperation', 'IlmExistingCooperation', { fi: 'Olemassa olevaa yritysyhteistyötä', sv: 'Befintligt företagssamarbete', en: 'Existing business cooperation' },
    { fi: 'Esim. yritysneuvonta, koulutukset tai verkosto, johon ilmasto voidaan liittää', sv: 'T.ex. företagsrådgivning, utbildningar eller ett nätverk', en: 'E.g. business advice, trainings or a network to build on' }),
  yesNo('wantsCommitments', 'IlmWantsCommitments', { fi: 'Halutaan allekirjoitettuja sitoumuksia', sv: 'Undertecknade åtaganden önskas', en: 'Signed commitments wanted' },
    { fi: 'Yritykset sitoutuvat omiin ilmastotavoitteisiin', sv: 'Företagen förbinder sig till egna klimatmål', en: 'Companies commit to their own climate targets' }),
  yesNo('frontrunnerBase', 'IlmFrontrunnerBase', { fi: 'Alueella edelläkävijäyrityksiä', sv: 'Föregångsföretag i regionen', en: 'Frontrunner companies in the region' },
    { fi: 'Esim. cleantech-, energia- tai ympäristöratkaisuyrityksiä', sv: 'T.ex. cleantech-, energi- eller miljöföretag', en: 'E.g. cleantech, energy or environmental-solution firms' }),
  yesNo('badgesPlanned', 'IlmBadgesPlanned', { fi: 'Merkkejä tai palkintoja suunnitteilla', sv: 'Märken eller priser planeras', en: 'Badges or awards planned' },
    { fi: 'Vastuullisuusmerkki, diplomi tai palkinto yrityksille', sv: 'Ansvarsmärke, diplom eller pris för företag', en: 'A label, diploma or award for companies' }),
  ...GOAL_IDS.map((g): ProfileField => ({
    key: `weight${g}`, path: ['goalWeights', g], name: `IlmWeight${g}`, input: 'number', min: 0, max: 5, numberFormat: '0.0',
    label: GOAL_LABELS[g]!,
    help: { fi: '0 = ei merkitystä … 5 = tärkein', sv: '0 = ingen betydelse … 5 = viktigast', en: '0 = does not matter … 5 = most important' },
  })),
  { key: 'roundId', path: ['roundId'], name: 'IlmRoundCode', input: 'text', maxLength: 40,
    label: { fi: 'Vertaisoppimiskierroksen tunnus', sv: 'Kamratlärandeomgångens kod', en: 'Peer-learning round code' },
    help: { fi: 'Koordinaattorilta; tyhjä, jos et ole kierroksella', sv: 'Från koordinatorn; tom om ni inte deltar i en omgång', en: 'From the coordinator; empty if not in a round' } },
  // The contact person for the participant's own visit: after the round code, so rows of workbooks
  // made before keep their places. All three empty = no contact; name and e-mail go together.
  { key: 'contactName', path: ['contact', 'name'], name: 'IlmContactName', input: 'text', addedLater: true, maxLength: LIMITS.shortText,
    label: { fi: 'Yhteyshenkilö: nimi', sv: 'Kontaktperson: namn', en: 'Contact person: name' },
    help: { fi: 'Järjestää oman vierailunne; näkyy haastattelutiimille', sv: 'Ordnar ert eget besök; syns för intervjuteamet', en: 'Arranges your own visit; shown to the interview team' } },
  { key: 'contactRole', path: ['contact', 'role'], name: 'IlmContactRole', input: 'text', addedLater: true, maxLength: LIMITS.shortText,
    label: { fi: 'Yhteyshenkilö: rooli', sv: 'Kontaktperson: roll', en: 'Contact person: role' },
    help: { fi: 'Vapaaehtoinen, esim. ilmastokoordinaattori', sv: 'Frivilligt, t.ex. klimatkoordinator', en: 'Optional, e.g. climate coordinator' } },
  { key: 'contactEmail', path: ['contact', 'email'], name: 'IlmContactEmail', input: 'text', addedLater: true, maxLength: 254,
    label: { fi: 'Yhteyshenkilö: sähköposti', sv: 'Kontaktperson: e-post', en: 'Contact person: e-mail' },
    help: { fi: 'Haastattelutiimi ottaa yhteyttä tähän osoitteeseen', sv: 'Intervjuteamet kontaktar denna adress', en: 'The interview team writes to this address' } },
];

/** The sheet row of a field. */
export const profileRow = (index: number) => PROFILE_SHEET.headerRow + 1 + index;
