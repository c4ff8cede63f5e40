import type { Localized } from './lang';

/**
 * How enum values read to people, in fi/sv/en: the sheets' dropdowns and the error messages that
 * list allowed values use these same words.
 */
export const VALUE_LABELS: Readonly<Record<string, Localized>> = {
  'in-use': { fi: 'Käytössä', sv: 'I bruk', en: 'In use' },
  planned: { fi: 'Suunnitteilla', sv: 'Planerad', en: 'Planned' },
  considering: { fi: 'Harkinnassa', sv: 'Övervägs', en: 'Considering' },
  'not-relevant': { fi: 'Ei ajankohtainen', sv: 'Inte aktuell', en: 'Not relevant' },
  municipality: { fi: 'Kunta', sv: 'Kommun', en: 'Municipality' },
  'regional-council': { fi: 'Maakunnan liitto', sv: 'Landskapsförbund', en: 'Regional council' },
  company: { fi: 'Yritys', sv: 'Företag', en: 'Company' },
  other: { fi: 'Muu', sv: 'Annan', en: 'Other' },
  team: { fi: 'Vain haastatteluryhmä', sv: 'Endast intervjugruppen', en: 'Interview team only' },
  summary: { fi: 'Yhteenvetoon nimettömänä', sv: 'Anonymt i sammanfattningen', en: 'Summary – anonymous' },
  named: { fi: 'Yhteenvetoon nimellä', sv: 'Med namn i sammanfattningen', en: 'Summary – with our name' },
};
