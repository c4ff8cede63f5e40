import type { Lang, Localized } from '../i18n/lang';
import { sheetLabel } from '../layouts/sheetLabels';
import { RESULTS_FIELD_LABELS } from './resultsFieldLabels';
import { VISIT_FIELD_LABELS } from './visitFieldLabels';

/**
 * Human names of the fields, so that an error says which field is wrong in the user's words.
 * Keyed by the last non-numeric path segment; unknown keys fall back to the path itself.
 */
const FIELD_LABELS: Record<string, Localized> = {
  ...VISIT_FIELD_LABELS,
  ...RESULTS_FIELD_LABELS,
  schemaVersion: { fi: 'Tiedostomuodon versio', sv: 'Formatversion', en: 'Schema version' },
  roundId: { fi: 'Kierroksen tunnus', sv: 'Omgångens kod', en: 'Round code' },
  participantId: { fi: 'Osallistujan tunnus', sv: 'Deltagarens kod', en: 'Participant id' },
  participant: { fi: 'Osallistuja', sv: 'Deltagare', en: 'Participant' },
  name: { fi: 'Nimi', sv: 'Namn', en: 'Name' },
  kind: { fi: 'Osallistujan tyyppi', sv: 'Typ av deltagare', en: 'Participant type' },
  population: { fi: 'Asukas- tai henkilöstömäärä', sv: 'Invånar- eller personalantal', en: 'Residents or staff' },
  profile: { fi: 'Profiili', sv: 'Profil', en: 'Profile' },
  capacity: { fi: 'Resurssitaso', sv: 'Resursnivå', en: 'Capacity level' },
  staffFte: { fi: 'Henkilötyövuodet', sv: 'Årsverken', en: 'Staff (FTE)' },
  budgetEurPerYear: { fi: 'Vuosibudjetti (€)', sv: 'Årsbudget (€)', en: 'Yearly budget (€)' },
  facts: { fi: 'Lähtötiedot', sv: 'Utgångsläge', en: 'Starting point' },
  existingCooperation: { fi: 'Olemassa oleva yritysyhteistyö', sv: 'Befintligt företagssamarbete', en: 'Existing business cooperation' },
  wantsCommitments: { fi: 'Halu allekirjoitettuihin sitoumuksiin', sv: 'Önskan om undertecknade åtaganden', en: 'Wish for signed commitments' },
  frontrunnerBase: { fi: 'Edelläkävijäyrityksiä alueella', sv: 'Föregångsföretag i regionen', en: 'Frontrunner business base' },
  badgesPlanned: { fi: 'Merkkejä tai palkintoja suunnitteilla', sv: 'Märken eller priser planeras', en: 'Badges or awards planned' },
  goalWeights: { fi: 'Tavoitteiden painot', sv: 'Målens vikter', en: 'Goal weights' },
  A: { fi: 'Tavoite A', sv: 'Mål A', en: 'Goal A' },
  B: { fi: 'Tavoite B', sv: 'Mål B', en: 'Goal B' },
  C: { fi: 'Tavoite C', sv: 'Mål C', en: 'Goal C' },
  D: { fi: 'Tavoite D', sv: 'Mål D', en: 'Goal D' },
  E: { fi: 'Tavoite E', sv: 'Mål E', en: 'Goal E' },
  models: { fi: 'Toimintamallit', sv: 'Verksamhetsmodeller', en: 'Operating models' },
  modelId: { fi: 'Toimintamallin tunnus', sv: 'Modellens kod', en: 'Model id' },
  status: { fi: 'Tilanne', sv: 'Status', en: 'Status' },
  impact: { fi: 'Oma vaikuttavuusarvio', sv: 'Egen bedömning av effekt', en: 'Own impact score' },
  notes: { fi: 'Muistiinpanot', sv: 'Anteckningar', en: 'Notes' },
  selfAssessment: { fi: 'Itsearviointi', sv: 'Självvärdering', en: 'Self-assessment' },
  themeId: { fi: 'Teeman tunnus', sv: 'Temats kod', en: 'Theme id' },
  rating: { fi: 'Kypsyystaso', sv: 'Mognadsnivå', en: 'Maturity rating' },
  currentPractice: { fi: 'Nykykäytäntö', sv: 'Nuvarande praxis', en: 'Current practice' },
  strengths: { fi: 'Vahvuudet', sv: 'Styrkor', en: 'Strengths' },
  developmentAreas: { fi: 'Kehittämiskohteet', sv: 'Utvecklingsområden', en: 'Development areas' },
  evidence: { fi: 'Näyttö', sv: 'Belägg', en: 'Evidence' },
  sharing: { fi: 'Jakamisen taso', sv: 'Delningsnivå', en: 'Sharing level' },
  themes: { fi: 'Teemat', sv: 'Teman', en: 'Themes' },
  phases: { fi: 'Vaiheet', sv: 'Faser', en: 'Phases' },
  participants: { fi: 'Osallistujat', sv: 'Deltagare', en: 'Participants' },
  participantKind: { fi: 'Osallistujien tyyppi', sv: 'Typ av deltagare', en: 'Participant type' },
  phaseId: { fi: 'Vaihe', sv: 'Fas', en: 'Phase' },
  start: { fi: 'Alkupäivä', sv: 'Startdatum', en: 'Start date' },
  end: { fi: 'Loppupäivä', sv: 'Slutdatum', en: 'End date' },
  id: { fi: 'Tunnus', sv: 'Kod', en: 'Id' },
  // contact.name, .role and .email have cells: the Profile sheet's labels name them (sheetLabel).
  contact: { fi: 'Yhteyshenkilö', sv: 'Kontaktperson', en: 'Contact person' },
  role: { fi: 'Rooli', sv: 'Roll', en: 'Role' },
  email: { fi: 'Sähköposti', sv: 'E-post', en: 'E-mail' },
};

/** A path as the dotted text users see in messages, e.g. `models[3].impact.A`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg),
    '',
  );
}

/**
 * The label of the field a path points at, in one language.
 *
 * @example
 * fieldLabel(['profile', 'capacity'], 'fi') // 'Resurssitaso (1–3)' (the Profile sheet's label)
 * fieldLabel(['schemaVersion'], 'fi') // 'Tiedostomuodon versio'
 */
export function fieldLabel(path: readonly (string | number)[], lang: Lang): string {
  // One label source: a field that has a cell is named as its sheet names it.
  const onSheet = sheetLabel(path, lang);
  if (onSheet) return onSheet;
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const seg = path[i];
    if (typeof seg === 'string') {
      const label = FIELD_LABELS[seg];
      return label ? label[lang] : formatPath(path);
    }
  }
  return { fi: 'Koko lomake', sv: 'Hela formuläret', en: 'Whole form' }[lang];
}
