/**
 * Goals A–E of the impact assessment (spring 2022).
 *
 * Source: seed 003 ("Toimintamallit: Kunnan keinoja edistää yritysyhteistyötä",
 * section "Vaikuttavuuden ja resurssien arviointi"). `name.fi` and `seedLabel` are the
 * seed's wording; `sv` and `en` are our translations.
 */
import type { Goal } from './catalogTypes';

/** The five goals, in A–E order. */
export const GOALS: readonly Goal[] = [
  {
    id: 'A',
    name: {
      fi: 'Päästöjen vähentäminen',
      sv: 'Minskade utsläpp',
      en: 'Reducing emissions',
    },
    seedLabel: 'Ilmastopäästöt',
  },
  {
    id: 'B',
    name: {
      fi: 'Alueen vihreän liiketoiminnan edellytysten parantaminen',
      sv: 'Bättre förutsättningar för grön affärsverksamhet i regionen',
      en: 'Improving the conditions for green business in the area',
    },
    seedLabel: 'Vihreä liiketoiminta',
  },
  {
    id: 'C',
    name: {
      fi: 'Alueen muut ympäristötavoitteet',
      sv: 'Regionens övriga miljömål',
      en: 'Other environmental goals of the area',
    },
    seedLabel: 'Muut ympäristövaikutukset',
  },
  {
    id: 'D',
    name: {
      fi: 'Kunnan ja yritysten vuorovaikutteisuuden lisääminen',
      sv: 'Ökad växelverkan mellan kommunen och företagen',
      en: 'More interaction between the municipality and businesses',
    },
    seedLabel: 'Vuorovaikutteisuus',
  },
  {
    id: 'E',
    name: {
      fi: 'Kunnan ilmastoimagon parantaminen',
      sv: 'En bättre klimatprofil för kommunen',
      en: "Improving the municipality's climate image",
    },
    seedLabel: 'Ilmastoimago',
  },
];
