/**
 * Operating models of the category "Alueen kehittäminen yhdessä" (developing the area together).
 *
 * Source: seed 003 ("Toimintamallit: Kunnan keinoja edistää yritysyhteistyötä").
 * `name.fi`, `examples`, `resources` and `highImpactGoals` are facts from the seed;
 * `why`, `how`, `caveats` and the sv/en names are written in our own words.
 */
import type { OperatingModel } from '../catalogTypes';

/** The 5 co-development models, in page order. */
export const CO_DEVELOPMENT_MODELS: readonly OperatingModel[] = [
  {
    id: 'strategy-participation',
    categoryId: 'co-development',
    name: {
      fi: 'Yritysten osallistaminen strategia- tai ohjelmatyöhön',
      sv: 'Att involvera företag i strategi- eller programarbetet',
      en: 'Involving businesses in strategy or programme work',
    },
    why: {
      fi: 'Yritysten näkemykset ja osaaminen saadaan mukaan kunnan ilmastotyön suunnitteluun.',
      sv: 'Företagens synpunkter och kunnande tas till vara när kommunen planerar sitt klimatarbete.',
      en: "Businesses' views and expertise feed into the planning of the municipality's climate work.",
    },
    how: {
      fi: 'Strategiaa tai ohjelmaa valmisteltaessa yrityksiä kuullaan esimerkiksi työpajoissa, kyselyillä tai haastatteluissa.',
      sv: 'När strategin eller programmet bereds hörs företagen till exempel i workshoppar, enkäter eller intervjuer.',
      en: 'While the strategy or programme is being prepared, businesses are consulted, for instance in workshops, surveys or interviews.',
    },
    examples: ['Riihimäen ilmastostrategia'],
    resources: 2,
    highImpactGoals: ['A', 'B', 'E'],
    caveats: [],
  },
  {
    id: 'programme-participation',
    categoryId: 'co-development',
    name: {
      fi: 'Yritysten osallistaminen kunnan ilmasto-ohjelman toimenpiteisiin',
      sv: 'Att involvera företag i åtgärderna i kommunens klimatprogram',
      en: "Involving businesses in the measures of the municipality's climate programme",
    },
    why: {
      fi: 'Vie eteenpäin alueen tavoitetta hiilineutraaliudesta.',
      sv: 'För regionen närmare målet om koldioxidneutralitet.',
      en: "Moves the area closer to its carbon-neutrality target.",
    },
    how: {
      fi: 'Selvitetään ensin alueen yritysten päästöt, päätetään niiden pohjalta painopisteet ja valitaan sitten keinot, joilla yrityksiä motivoidaan mukaan.',
      sv: 'Först utreds företagens utsläpp i regionen, utifrån dem väljs fokusområden och sedan de medel som ska motivera företagen att delta.',
      en: "First find out what the local businesses' emissions are, set priorities on that basis, and then choose the means to motivate businesses to take part.",
    },
    examples: [],
    resources: 2,
    highImpactGoals: ['A', 'B', 'E'],
    caveats: [],
  },
  {
    id: 'joint-development-projects',
    categoryId: 'co-development',
    name: {
      fi: 'Yhteiset kehityshankkeet',
      sv: 'Gemensamma utvecklingsprojekt',
      en: 'Joint development projects',
    },
    why: {
      fi: 'Alueen haasteita ratkotaan, toimintaa kehitetään tai tietoa kartutetaan yhdessä, ja yritykset saavat samalla referenssejä.',
      sv: 'Regionens utmaningar löses, verksamheten utvecklas eller kunskapen ökar tillsammans, och företagen får samtidigt referenser.',
      en: 'Local challenges are solved, activities developed or knowledge built together, and businesses gain references along the way.',
    },
    how: {
      fi: 'Tunnistetaan tarve, johon voidaan vastata vain yhteistyössä sidosryhmien kanssa, ja rakennetaan sen ympärille yhteinen hanke.',
      sv: 'Man identifierar ett behov som bara kan mötas i samarbete med intressenterna och bygger upp ett gemensamt projekt kring det.',
      en: 'Identify a need that can only be met by working with stakeholders, and build a joint project around it.',
    },
    examples: ['Helsingin kaupungin innovaatioyhtiö FVH'],
    resources: 2,
    highImpactGoals: ['B', 'D'],
    caveats: [],
  },
  {
    id: 'innovation-competition',
    categoryId: 'co-development',
    name: {
      fi: 'Kunnan järjestämä innovaatio-/ideakilpailu, hackathon',
      sv: 'Innovations- eller idétävling eller hackathon som kommunen ordnar',
      en: 'Innovation or idea competition or hackathon run by the municipality',
    },
    why: {
      fi: 'Kunta saa käyttöönsä parhaat ratkaisut ja toimintatavat, ohjaa samalla markkinoita ja tarjoaa yrityksille referenssejä.',
      sv: 'Kommunen får tillgång till de bästa lösningarna och arbetssätten, styr samtidigt marknaden och ger företagen referenser.',
      en: 'The municipality gets the best solutions and practices, steers the market at the same time and gives businesses references.',
    },
    how: {
      fi: 'Määritellään haaste, johon etsitään uutta vähähiilistä ratkaisua, ja kutsutaan yritykset ja muut toimijat ratkaisemaan se kilpailussa tai hackathonissa.',
      sv: 'Man definierar en utmaning som kräver en ny koldioxidsnål lösning och bjuder in företag och andra aktörer att lösa den i en tävling eller ett hackathon.',
      en: 'Define a challenge that calls for a new low-carbon solution and invite businesses and others to solve it in a competition or hackathon.',
    },
    examples: ['Helsinki Energy Challenge', 'Fiksu Kalasatama: Nopeat kokeilut', 'Vantaan innovaatiokilpailu'],
    resources: 2,
    highImpactGoals: [],
    caveats: [],
  },
  {
    id: 'regional-climate-group',
    categoryId: 'co-development',
    name: {
      fi: 'Alueellinen ilmastotyöryhmä',
      sv: 'Regional klimatarbetsgrupp',
      en: 'Regional climate working group',
    },
    why: {
      fi: 'Alueen haasteet tunnistetaan ja ratkaistaan yhdessä, toimintaa kehitetään ja yhteinen tietopohja kasvaa.',
      sv: 'Regionens utmaningar identifieras och löses tillsammans, verksamheten utvecklas och den gemensamma kunskapen växer.',
      en: 'Local challenges are identified and solved together, activities are developed and shared knowledge grows.',
    },
    how: {
      fi: 'Kunta tai muu alueellinen toimija kokoaa ja vetää säännöllisesti kokoontuvaa ryhmää, jossa on mukana mm. yritysten edustajia. Ryhmä käsittelee ajankohtaisia ilmastoasioita, suunnittelee tulevia toimia ja koordinoi alueen ilmastotyötä.',
      sv: 'Kommunen eller en annan regional aktör sammankallar och leder en grupp som träffas regelbundet och där bland annat företagen är representerade. Gruppen går igenom aktuella klimatfrågor, planerar kommande åtgärder och samordnar det regionala klimatarbetet.',
      en: 'The municipality or another regional actor convenes and facilitates a group, including business representatives, that meets regularly. It reviews current climate topics, plans upcoming measures and coordinates climate work in the area.',
    },
    examples: [],
    resources: 2,
    highImpactGoals: ['A', 'D'],
    caveats: [],
  },
];
