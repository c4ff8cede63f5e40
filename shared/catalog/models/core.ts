/**
 * Operating models of the category "Kunnan perustekeminen" (core municipal functions).
 *
 * Source: seed 003 ("Toimintamallit: Kunnan keinoja edistää yritysyhteistyötä").
 * `name.fi`, `examples`, `resources` and `highImpactGoals` are facts from the seed;
 * `why`, `how`, `caveats` and the sv/en names are written in our own words.
 */
import type { OperatingModel } from '../catalogTypes';

/** The 7 core-function models, in page order. */
export const CORE_MODELS: readonly OperatingModel[] = [
  {
    id: 'land-use-planning',
    categoryId: 'core',
    name: {
      fi: 'Maankäyttö, kaavoitus, liikenneyhteydet ja energiaratkaisut',
      sv: 'Markanvändning, planläggning, trafikförbindelser och energilösningar',
      en: 'Land use, zoning, transport links and energy solutions',
    },
    why: {
      fi: 'Kunta rakentaa puitteet, joissa yritysten on mahdollisimman helppo toimia kestävästi.',
      sv: 'Kommunen skapar ramar som gör det så lätt som möjligt för företagen att verka hållbart.',
      en: 'The municipality sets up a framework that makes it as easy as possible for businesses to operate sustainably.',
    },
    how: {
      fi: 'Kestävyys kirjataan kunnan strategisiin ohjelmiin, ja maankäytön suunnittelulla ja kaavoituksella luodaan rakenteita, joiden varassa yritykset voivat toimia kestävästi.',
      sv: 'Hållbarheten skrivs in i kommunens strategiska program, och markanvändningsplaneringen och planläggningen används för att skapa strukturer som gör hållbar företagsverksamhet möjlig.',
      en: "Sustainability is written into the municipality's strategic programmes, and land-use planning and zoning are used to create structures on which businesses can build sustainable operations.",
    },
    examples: [],
    resources: 3,
    highImpactGoals: ['B'],
    caveats: [],
  },
  {
    id: 'transport-infrastructure',
    categoryId: 'core',
    name: {
      fi: 'Liikenneinfrastruktuuri ja joukkoliikenneyhteydet',
      sv: 'Trafikinfrastruktur och kollektivtrafikförbindelser',
      en: 'Transport infrastructure and public transport links',
    },
    why: {
      fi: 'Toimiva ja kestävä liikennejärjestelmä antaa yrityksille pohjan ympäristöä säästävälle toiminnalle.',
      sv: 'Ett fungerande och hållbart trafiksystem ger företagen en grund för en miljövänlig verksamhet.',
      en: 'A working, sustainable transport system gives businesses a basis for environmentally sound operations.',
    },
    how: {
      fi: 'Liikenneverkkoa suunniteltaessa painotetaan kestävää liikkumista, ja joukkoliikenteen reitit ja vuorot mitoitetaan myös yritysten tarpeisiin. Työ tehdään osana kunnan strategisia ohjelmia.',
      sv: 'Hållbar mobilitet prioriteras i planeringen av trafiknätet, och kollektivtrafikens linjer och turer dimensioneras också efter företagens behov. Arbetet görs inom ramen för kommunens strategiska program.',
      en: "Sustainable mobility is prioritised when planning the transport network, and public transport routes and timetables also take businesses' needs into account. This is done as part of the municipality's strategic programmes.",
    },
    examples: [],
    resources: 3,
    highImpactGoals: ['E'],
    caveats: [],
  },
  {
    id: 'energy-solutions',
    categoryId: 'core',
    name: {
      fi: 'Energiaratkaisut',
      sv: 'Energilösningar',
      en: 'Energy solutions',
    },
    why: {
      fi: 'Kestävät energiaratkaisut luovat yrityksille edellytykset vähähiiliseen toimintaan.',
      sv: 'Hållbara energilösningar ger företagen förutsättningar för en koldioxidsnål verksamhet.',
      en: 'Sustainable energy solutions give businesses the preconditions for low-carbon operations.',
    },
    how: {
      fi: 'Energian tuotannossa ja käytössä lähtökohtina ovat energiatehokkuus ja uusiutuva energia, ja yrityksiä kannustetaan kestäviin energiavalintoihin. Toteutus kulkee kunnan strategisten ohjelmien kautta ja kytkeytyy yleensä myös siihen, miten kunta ohjaa konserniaan ja omistuksiaan.',
      sv: 'Energieffektivitet och förnybar energi är utgångspunkten för hur energi produceras och används, och företagen uppmuntras till hållbara energival. Genomförandet sker via kommunens strategiska program och hänger oftast ihop med koncernstyrningen och ägarpolitiken.',
      en: "Energy efficiency and renewable energy are the starting point for how energy is produced and used, and businesses are encouraged to make sustainable energy choices. It is delivered through the municipality's strategic programmes and is usually tied to group steering and ownership policy as well.",
    },
    examples: [],
    resources: 3,
    highImpactGoals: ['A', 'B', 'C', 'E'],
    caveats: [],
  },
  {
    id: 'permits-and-authority',
    categoryId: 'core',
    name: {
      fi: 'Lupa- ja viranomaistoiminta',
      sv: 'Tillstånds- och myndighetsverksamhet',
      en: 'Permits and regulatory work',
    },
    why: {
      fi: 'Kun ilmastovaikutukset arvioidaan osana lupa- ja viranomaispäätöksiä, kunta ohjaa yrityksiä ilmastoystävällisiin ratkaisuihin.',
      sv: 'När klimatkonsekvenserna bedöms som en del av tillstånds- och myndighetsbesluten styr kommunen företagen mot klimatvänliga lösningar.',
      en: 'By assessing climate impacts as part of permit and regulatory decisions, the municipality steers businesses towards climate-friendly solutions.',
    },
    how: {
      fi: 'Ilmasto otetaan mukaan esimerkiksi rakentamismääräyksiin ja energiatehokkuusvaatimuksiin, ja uusiutuvan energian asennuksia helpotetaan. Vaatimukset ja reunaehdot kuvataan yhteisinä pelisääntöinä, ja lupaprosessista tehdään selkeä ja ennakoitava.',
      sv: 'Klimatet beaktas till exempel i byggbestämmelser och energieffektivitetskrav, och installation av förnybar energi underlättas. Krav och ramvillkor beskrivs som gemensamma spelregler, och tillståndsprocessen görs tydlig och förutsägbar.',
      en: 'Climate is built into, for example, building regulations and energy-efficiency requirements, and installing renewable energy is made easier. Requirements and constraints are set out as shared ground rules, and the permit process is made clear and predictable.',
    },
    examples: ['Helsingin kaupunki: Maalämpö'],
    resources: 2,
    highImpactGoals: ['A', 'B', 'E'],
    caveats: [],
  },
  {
    id: 'physical-platforms',
    categoryId: 'core',
    name: {
      fi: 'Fyysisen toimintaympäristön tarjoaminen, ekosysteemialustat',
      sv: 'Att erbjuda fysiska verksamhetsmiljöer och ekosystemplattformar',
      en: 'Providing physical premises and ecosystem platforms',
    },
    why: {
      fi: 'Antaa tilaa kokeiluille ja uusien ratkaisujen ja yritysten syntymiselle.',
      sv: 'Ger utrymme för försök och för nya lösningar och företag att växa fram.',
      en: 'Makes room for experiments and for new solutions and businesses to emerge.',
    },
    how: {
      fi: 'Kunta tarjoaa omistamiaan tiloja tai maa-alueita uuden liiketoiminnan käynnistämiseen ja kokoaa samalle alueelle saman teeman yrityksiä, esimerkiksi kiertotalouden kehittäjiä ja kokeilijoita.',
      sv: 'Kommunen erbjuder lokaler eller markområden som den äger för nya affärsverksamheter och samlar företag med samma tema på samma område, till exempel aktörer som utvecklar och testar cirkulär ekonomi.',
      en: 'The municipality offers premises or land it owns for starting new businesses and clusters companies working on the same theme in one place, for example those developing and testing circular-economy solutions.',
    },
    examples: ['Vantaan oppimiskampus', 'Asuntomessut Keravalla (kiertotalous)'],
    resources: 3,
    highImpactGoals: ['B', 'D'],
    caveats: [],
  },
  {
    id: 'group-steering',
    categoryId: 'core',
    name: {
      fi: 'Konserniohjaus ja omistajapolitiikka',
      sv: 'Koncernstyrning och ägarpolitik',
      en: 'Group steering and ownership policy',
    },
    why: {
      fi: 'Omistajana kunta voi vauhdittaa tytäryhtiöidensä ja muiden yhteisöjensä ilmastotyötä.',
      sv: 'Som ägare kan kommunen påskynda klimatarbetet i sina dotterbolag och andra sammanslutningar.',
      en: 'As an owner, the municipality can speed up climate work in its subsidiaries and other entities.',
    },
    how: {
      fi: 'Kunta käyttää omistajan tai jäsenen roolissaan niitä keinoja, jotka konserniohje ja omistajapolitiikka sallivat, tukeakseen tytäryhtiöiden ja muiden yhteisöjen ilmastotoimia.',
      sv: 'I sin roll som ägare eller medlem använder kommunen de medel som koncerndirektivet och ägarpolitiken tillåter för att stödja klimatåtgärderna i dotterbolag och andra sammanslutningar.',
      en: "In its role as owner or member, the municipality uses the means allowed by its group guidelines and ownership policy to support climate action in subsidiaries and other entities.",
    },
    examples: ['Tietoa Kuntaliiton sivuilta'],
    resources: 2,
    highImpactGoals: ['B', 'D', 'E'],
    caveats: [],
  },
  {
    id: 'in-house-climate-skills',
    categoryId: 'core',
    name: {
      fi: 'Ilmasto-osaamisen lisääminen omassa organisaatiossa / kuntakonsernissa',
      sv: 'Ökad klimatkompetens i den egna organisationen / kommunkoncernen',
      en: "Building climate competence in the municipality's own organisation / group",
    },
    why: {
      fi: 'Kun kunnan työntekijät ja päättäjät ymmärtävät ilmastoasioita, kunta osaa linjata entistä paremmin, miten se tukee yritysten ilmastotyötä.',
      sv: 'När kommunens personal och beslutsfattare förstår klimatfrågorna kan kommunen göra bättre ställningstaganden som stöder företagens klimatarbete.',
      en: "When the municipality's staff and decision-makers understand climate issues, the municipality can adopt better policies in support of businesses' climate work.",
    },
    how: {
      fi: 'Ilmastonäkökulma tuodaan johdonmukaisesti kaikkeen toimintaan, ja osaamista kasvatetaan suunnitelmallisesti esimerkiksi henkilöstön ja luottamushenkilöiden koulutuksilla, joissa käsitellään myös vastuullista liiketoimintaa.',
      sv: 'Klimatperspektivet förs konsekvent in i all verksamhet, och kompetensen byggs upp systematiskt, till exempel genom utbildning för personalen och de förtroendevalda som också tar upp ansvarsfull affärsverksamhet.',
      en: 'The climate perspective is consistently brought into everything the municipality does, and competence is built systematically, for example through training for staff and elected officials that also covers responsible business.',
    },
    examples: [
      'Kunnan Ekotukitoiminta',
      'Motivan webinaari kuntapäättäjille',
      'Kuntapäättäjän kysymyslista yritysten ilmastotyön tukemiseksi (Valonia)',
    ],
    resources: 2,
    highImpactGoals: [],
    caveats: [],
  },
];
