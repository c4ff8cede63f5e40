import type { Localized } from '../i18n/lang';

/** Names of the results review's fields in errors (merged into fieldLabels). */
export const RESULTS_FIELD_LABELS: Record<string, Localized> = {
  deadline: { fi: 'Kommentoinnin määräpäivä', sv: 'Sista dag för kommentarer', en: 'Deadline for comments' },
  approve: { fi: 'Hyväksyn', sv: 'Jag godkänner', en: 'Approve' },
  comments: { fi: 'Kommentit', sv: 'Kommentarer', en: 'Comments' },
  lower: { fi: 'Jakamisen laskeminen', sv: 'Sänkt delning', en: 'Lowered sharing' },
  itemRef: { fi: 'Kohta', sv: 'Punkt', en: 'Item' },
  level: { fi: 'Uusi jakamisen taso', sv: 'Ny delningsnivå', en: 'New sharing level' },
};
