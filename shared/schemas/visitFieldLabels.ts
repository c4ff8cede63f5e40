import type { Localized } from '../i18n/lang';

/** Names of the peer-learning visit's fields in errors (merged into fieldLabels; its own labels win). */
export const VISIT_FIELD_LABELS: Record<string, Localized> = {
  dates: { fi: 'Vierailupäivät', sv: 'Besöksdatum', en: 'Visit dates' },
  roles: { fi: 'Haastateltavat roolit', sv: 'Roller att intervjua', en: 'Roles to interview' },
  material: { fi: 'Taustamateriaali', sv: 'Bakgrundsmaterial', en: 'Background material' },
  texts: { fi: 'Taustamateriaalin tekstit', sv: 'Bakgrundsmaterialets texter', en: 'Background texts' },
  links: { fi: 'Taustamateriaalin linkit', sv: 'Bakgrundsmaterialets länkar', en: 'Background links' },
  url: { fi: 'Linkin osoite (https:// tai http://)', sv: 'Länkens adress (https:// eller http://)', en: 'Link address (https:// or http://)' },
  title: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' },
  questions: { fi: 'Haastattelukysymykset', sv: 'Intervjufrågor', en: 'Interview questions' },
  sent: { fi: 'Lähetetty isännälle', sv: 'Skickat till värden', en: 'Sent to the host' },
  summary: { fi: 'Yhteenveto', sv: 'Sammanfattning', en: 'Overall summary' },
  feedbackNotes: { fi: 'Palautetilaisuuden muistiinpanot', sv: 'Anteckningar från återkopplingsmötet', en: 'Feedback session notes' },
  text: { fi: 'Teksti', sv: 'Text', en: 'Text' },
  items: { fi: 'Raportin kohtien jakaminen', sv: 'Delning av rapportens punkter', en: 'Sharing of report items' },
};
