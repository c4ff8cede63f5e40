/**
 * Operating models of the category "Koulutus ja neuvonta" (training and advice).
 *
 * Source: seed 003 ("Toimintamallit: Kunnan keinoja edistää yritysyhteistyötä").
 * `name.fi`, `examples`, `resources` and `highImpactGoals` are facts from the seed;
 * `why`, `how`, `caveats` and the sv/en names are written in our own words.
 */
import type { OperatingModel } from '../catalogTypes';

/** The 3 training and advice models, in page order. */
export const TRAINING_MODELS: readonly OperatingModel[] = [
  {
    id: 'business-training',
    categoryId: 'training',
    name: {
      fi: 'Vastuullisuuskoulutus tai -valmennus yrityksille',
      sv: 'Hållbarhetsutbildning eller -coachning för företag',
      en: 'Sustainability training or coaching for businesses',
    },
    why: {
      fi: 'Yritysten ilmastotietoisuus ja -osaaminen kasvavat.',
      sv: 'Företagens klimatmedvetenhet och klimatkompetens ökar.',
      en: "Businesses' climate awareness and skills grow.",
    },
    how: {
      fi: 'Kunta järjestää yrityksille käytännönläheistä ilmastokoulutusta. Ensin tunnistetaan ja rajataan koulutustarve, ja toteutukseen varataan aikaa ja osaamista tai rahaa.',
      sv: 'Kommunen ordnar praktiskt inriktad klimatutbildning för företag. Först identifieras och avgränsas utbildningsbehovet, och tid och kunnande eller pengar reserveras för genomförandet.',
      en: 'The municipality provides hands-on climate training for businesses. The training need is first identified and scoped, and time and expertise or money are set aside to deliver it.',
    },
    examples: ['Hämeenlinnan IlmastoPARKKI -hanke', 'Laitilan kunnan maksuton energialaskentapalvelu'],
    resources: 2,
    highImpactGoals: [],
    caveats: [],
  },
  {
    id: 'advisory-service',
    categoryId: 'training',
    name: {
      fi: 'Kunnan yritysneuvonnan vastuullisuuspalvelu',
      sv: 'Hållbarhetstjänst inom kommunens företagsrådgivning',
      en: "Sustainability service in the municipality's business advisory",
    },
    why: {
      fi: 'Yritykset saavat konkreettista apua ilmastotyöhön, ja niiden tietämys ja osaaminen kasvavat.',
      sv: 'Företagen får konkret hjälp i klimatarbetet, och deras kunskap och kompetens ökar.',
      en: 'Businesses get concrete help with climate work, and their knowledge and skills grow.',
    },
    how: {
      fi: 'Päätetään, kuinka laajaa palvelua tarjotaan, ja vahvistetaan yritysneuvojien ilmasto-osaamista esimerkiksi kouluttamalla heitä.',
      sv: 'Man bestämmer hur omfattande tjänsten ska vara och stärker företagsrådgivarnas klimatkompetens, till exempel genom utbildning.',
      en: "Decide how extensive the service will be and strengthen the business advisers' climate expertise, for example through training.",
    },
    examples: [
      'Valonian hanke: ilmasto osaksi yritysneuvontaa',
      'Helsingin Energiarenessanssitiimi',
      'Kalajoen hanke energia-asiantuntijapalvelun kehittämiseksi',
    ],
    resources: 3,
    highImpactGoals: [],
    caveats: [],
  },
  {
    id: 'climate-in-business-meetings',
    categoryId: 'training',
    name: {
      fi: 'Ilmasto osana yritystapaamisia',
      sv: 'Klimatet som en del av företagsmötena',
      en: 'Climate as part of business meetings',
    },
    why: {
      fi: 'Yritykset saavat tukea ilmastotyön aloittamiseen, ja kunta oppii, missä vaiheessa yritysten ilmastotyö on ja millaista tukea ne kaipaavat.',
      sv: 'Företagen får stöd för att komma i gång med klimatarbetet, och kommunen får veta hur långt företagen har kommit och vilket stöd de behöver.',
      en: 'Businesses get support to start climate work, and the municipality learns where they stand and what support they need.',
    },
    how: {
      fi: 'Ilmasto ja vastuullisuus otetaan vakioaiheeksi kunnan yritysneuvojien ja yritysten tapaamisiin. Jos aihe kiinnostaa, neuvojalla on valmiina sopivaa materiaalia keskustelun tueksi.',
      sv: 'Klimat och hållbarhet blir ett stående tema när kommunens företagsrådgivare träffar företag. Om ämnet väcker intresse har rådgivaren lämpligt material till hands som stöd för diskussionen.',
      en: "Climate and sustainability become a standing item when the municipality's business advisers meet companies. If there is interest, the adviser has suitable material ready to support the discussion.",
    },
    examples: [
      'Sitra: Kiertotalouskäsikirja yrityksille',
      'Kaarinan kaupunki: Ilmastotyön askeleet -malli yrityksille',
    ],
    resources: 1,
    highImpactGoals: [],
    caveats: [],
  },
];
