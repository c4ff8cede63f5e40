import type { Localized } from './lang';

/** "Oma kierros": the participant's own submission and the contact persons of its visits (part of PANE_STRINGS). */
export const MY_ROUND_STRINGS = {
  selfAssessmentSent: {
    fi: 'Itsearviointi on lähetetty: versio {version}, {time}. Korjatun version voi lähettää {date} asti.',
    sv: 'Självvärderingen är skickad: version {version}, {time}. En rättad version kan skickas till och med {date}.',
    en: 'Self-assessment submitted: version {version}, {time}. A corrected version can be sent until {date}.',
  },
  nameContact: {
    fi: 'Nimetkää oman vierailunne yhteyshenkilö Profiili-välilehden alimmille riveille (nimi, rooli, sähköposti) ja lähettäkää.',
    sv: 'Ange kontaktpersonen för ert eget besök på Profil-flikens nedersta rader (namn, roll, e-post) och skicka.',
    en: 'Name the contact person for your own visit on the last rows of the Profile sheet (name, role, e-mail) and submit.',
  },
  yourContact: { fi: 'Yhteyshenkilönne: {contact}', sv: 'Er kontaktperson: {contact}', en: 'Your contact person: {contact}' },
  hostContact: { fi: 'Yhteyshenkilö: {contact}', sv: 'Kontaktperson: {contact}', en: 'Contact person: {contact}' },
} satisfies Record<string, Localized>;
