/**
 * The eight categories of operating models, in page order.
 *
 * Source: seed 003 ("Toimintamallit: Kunnan keinoja edistää yritysyhteistyötä").
 * `seedName` and `name.fi` are the seed's headings verbatim; `sv` and `en` are our translations.
 */
import type { Category } from './catalogTypes';

/** Categories in the order of seed 003 (same order as `CATEGORY_IDS`). */
export const CATEGORIES: readonly Category[] = [
  {
    id: 'core',
    name: {
      fi: 'Kunnan perustekeminen',
      sv: 'Kommunens grundläggande verksamhet',
      en: 'Core municipal functions',
    },
    seedName: 'Kunnan perustekeminen',
  },
  {
    id: 'co-development',
    name: {
      fi: 'Alueen kehittäminen yhdessä',
      sv: 'Gemensam utveckling av regionen',
      en: 'Developing the area together',
    },
    seedName: 'Alueen kehittäminen yhdessä',
  },
  {
    id: 'market-steering',
    name: {
      fi: 'Markkinoiden ohjaaminen',
      sv: 'Styrning av marknaden',
      en: 'Steering the market',
    },
    seedName: 'Markkinoiden ohjaaminen',
  },
  {
    id: 'rewards',
    name: {
      fi: 'Palkitseminen ja tunnukset',
      sv: 'Utmärkelser och märken',
      en: 'Rewards and labels',
    },
    seedName: 'Palkitseminen ja tunnukset',
  },
  {
    id: 'communication',
    name: {
      fi: 'Viestintä',
      sv: 'Kommunikation',
      en: 'Communication',
    },
    seedName: 'Viestintä',
  },
  {
    id: 'matchmaking',
    name: {
      fi: 'Toimijoiden törmäyttäminen',
      sv: 'Att föra samman aktörer',
      en: 'Bringing actors together',
    },
    seedName: 'Toimijoiden törmäyttäminen',
  },
  {
    id: 'training',
    name: {
      fi: 'Koulutus ja neuvonta',
      sv: 'Utbildning och rådgivning',
      en: 'Training and advice',
    },
    seedName: 'Koulutus ja neuvonta',
  },
  {
    id: 'commitments',
    name: {
      fi: 'Sitoumukset',
      sv: 'Åtaganden',
      en: 'Commitments',
    },
    seedName: 'Sitoumukset',
  },
];
