/**
 * Default themes of a peer-learning round.
 *
 * Source: seed 001 (`shared/seeds/001_c422f3652db80ea5.txt`), the sentence
 * "Vertaisoppimisessa käsiteltäviä teemoja ovat muun muassa …" — seven themes in the seed's order.
 * The seed says the themes are refined with the participants, so these are defaults a round may edit.
 * Names follow the seed's wording; descriptions are our own. Checked against the seed by
 * tests/shared/catalog/approachesSeed.test.ts.
 */
import type { Theme } from './catalogTypes';

/**
 * The seven default themes of seed 001 in the seed's order; each description says what a participant
 * assesses in its own climate and energy-efficiency work under that theme.
 */
export const DEFAULT_THEMES: readonly Theme[] = [
  {
    id: 'organisation-and-responsibilities',
    name: {
      fi: 'Organisointi ja vastuut',
      sv: 'Organisering och ansvar',
      en: 'Organisation and responsibilities',
    },
    description: {
      fi: 'Osallistuja arvioi, miten sen ilmasto- ja energiatehokkuustyö on organisoitu ja kenelle työn eri osien vastuut kuuluvat.',
      sv: 'Deltagaren bedömer hur dess klimat- och energieffektivitetsarbete är organiserat och vem som ansvarar för arbetets olika delar.',
      en: 'The participant assesses how its climate and energy-efficiency work is organised and who is responsible for each part of it.',
    },
  },
  {
    id: 'cross-administrative-coordination',
    name: {
      fi: 'Poikkihallinnollinen koordinointi ja yhteistyö',
      sv: 'Förvaltningsövergripande samordning och samarbete',
      en: 'Cross-administrative coordination and cooperation',
    },
    description: {
      fi: 'Osallistuja arvioi, miten eri toimialat ja yksiköt sovittavat työtään yhteen ja tekevät yhteistyötä yli hallinnon rajojen.',
      sv: 'Deltagaren bedömer hur olika sektorer och enheter samordnar sitt arbete och samarbetar över förvaltningsgränserna.',
      en: 'The participant assesses how its departments and units align their work and cooperate across administrative boundaries.',
    },
  },
  {
    id: 'strategy-link',
    name: {
      fi: 'Liittäminen strategiaan ja ohjelmiin',
      sv: 'Koppling till strategi och program',
      en: 'Link to strategy and programmes',
    },
    description: {
      fi: 'Osallistuja arvioi, miten työ on kirjattu organisaation strategiaan ja ohjelmiin ja miten niiden tavoitteet ohjaavat käytännön tekemistä.',
      sv: 'Deltagaren bedömer hur arbetet är förankrat i organisationens strategi och program och hur deras mål styr det praktiska arbetet.',
      en: "The participant assesses how the work is anchored in the organisation's strategy and programmes and how their targets steer day-to-day action.",
    },
  },
  {
    id: 'procurement',
    name: {
      fi: 'Hankinnat',
      sv: 'Upphandling',
      en: 'Procurement',
    },
    description: {
      fi: 'Osallistuja arvioi, miten energiatehokkuus- ja ilmastonäkökohdat otetaan huomioon sen hankinnoissa.',
      sv: 'Deltagaren bedömer hur energieffektivitets- och klimataspekter beaktas i dess upphandlingar.',
      en: 'The participant assesses how energy-efficiency and climate considerations are taken into account in its purchasing.',
    },
  },
  {
    id: 'energy-audits',
    name: {
      fi: 'Energiakatselmukset',
      sv: 'Energisyner',
      en: 'Energy audits',
    },
    description: {
      fi: 'Osallistuja arvioi, miten energiakatselmuksia tehdään ja miten niiden suositukset viedään käytäntöön.',
      sv: 'Deltagaren bedömer hur energisyner genomförs och hur deras rekommendationer omsätts i praktiken.',
      en: 'The participant assesses how energy audits are carried out and how their recommendations are put into practice.',
    },
  },
  {
    id: 'consumption-monitoring',
    name: {
      fi: 'Kulutusseuranta',
      sv: 'Förbrukningsuppföljning',
      en: 'Consumption monitoring',
    },
    description: {
      fi: 'Osallistuja arvioi, miten energiankulutusta seurataan ja miten seurantatietoa käytetään säästökohteiden löytämiseen.',
      sv: 'Deltagaren bedömer hur energiförbrukningen följs upp och hur uppgifterna används för att hitta möjligheter till inbesparingar.',
      en: 'The participant assesses how energy consumption is monitored and how the data are used to find savings.',
    },
  },
  {
    id: 'training-and-communication',
    name: {
      fi: 'Koulutus ja tiedotus',
      sv: 'Utbildning och information',
      en: 'Training and communication',
    },
    description: {
      fi: 'Osallistuja arvioi, miten henkilöstöä koulutetaan ja miten energiatehokkuudesta ja ilmastotyöstä viestitään sisäisesti ja ulospäin, esimerkiksi yrityksille.',
      sv: 'Deltagaren bedömer hur personalen utbildas och hur energieffektivitet och klimatarbete kommuniceras internt och externt, till exempel till företag.',
      en: 'The participant assesses how staff are trained and how energy efficiency and climate work are communicated internally and externally, for example to businesses.',
    },
  },
];
