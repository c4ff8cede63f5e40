/**
 * Operating models of the category "Toimijoiden törmäyttäminen" (bringing actors together).
 *
 * Source: seed 003 ("Toimintamallit: Kunnan keinoja edistää yritysyhteistyötä").
 * `name.fi`, `examples`, `resources` and `highImpactGoals` are facts from the seed;
 * `why`, `how`, `caveats` and the sv/en names are written in our own words.
 */
import type { OperatingModel } from '../catalogTypes';

/** The 5 matchmaking models, in page order. */
export const MATCHMAKING_MODELS: readonly OperatingModel[] = [
  {
    id: 'business-networking',
    categoryId: 'matchmaking',
    name: {
      fi: 'Yritysten verkostoitumisen tukeminen',
      sv: 'Stöd för företagens nätverkande',
      en: 'Supporting business networking',
    },
    why: {
      fi: 'Syntyy uutta yhteistyötä ja innovaatioita, ja samalla alueen kilpailukyky ja yritysten toimintaedellytykset vahvistuvat.',
      sv: 'Nya samarbeten och innovationer uppstår, och samtidigt stärks regionens konkurrenskraft och företagens verksamhetsförutsättningar.',
      en: 'New partnerships and innovations emerge, and the competitiveness of the area and the operating conditions of businesses improve.',
    },
    how: {
      fi: 'Kunta kokoaa yrityksiä yhteen ja tarjoaa niille kohtaamispaikkoja. Verkosto on ilmastotyöryhmää suppeampi ja ketterämpi: osallistujat rajataan teeman tai alueen mukaan, jotta päästään konkreettisiin asioihin, ja ideoita työstetään useissa tapaamisissa.',
      sv: 'Kommunen samlar företag och erbjuder dem mötesplatser. Nätverket är smalare och mer dynamiskt än en klimatarbetsgrupp: deltagarna avgränsas efter tema eller område för att man ska komma till konkreta frågor, och idéerna bearbetas under flera träffar.',
      en: 'The municipality brings businesses together and provides places to meet. The network is narrower and more agile than a climate working group: participants are limited by theme or area so that discussions get concrete, and ideas are worked on over several meetings.',
    },
    examples: ['Seutukaupunkien yritysverkostot', 'Puhdas ja älykäs Kera'],
    resources: 3,
    highImpactGoals: ['A', 'B', 'D'],
    caveats: [],
  },
  {
    id: 'online-platform',
    categoryId: 'matchmaking',
    name: {
      fi: 'Verkkoalusta toimijoiden törmäyttämiseen',
      sv: 'Webbplattform för att föra samman aktörer',
      en: 'Online platform for bringing actors together',
    },
    why: {
      fi: 'Toimijat löytävät toisensa ja voivat toimia oma-aloitteisesti.',
      sv: 'Aktörerna hittar varandra och kan agera på eget initiativ.',
      en: 'Actors find each other and can take action on their own initiative.',
    },
    how: {
      fi: 'Perustetaan ilmastoon keskittyvä verkkofoorumi, jossa yritykset voivat keskustella, tukea toisiaan sekä jakaa materiaaleja, palveluja ja tietoa. Foorumi voidaan avata kaikille organisaatioille ja kuntalaisille tai rajata tietyn yritysjoukon suljetuksi työtilaksi.',
      sv: 'Man grundar ett klimatinriktat webbforum där företagen kan diskutera, stödja varandra och dela material, tjänster och information. Forumet kan vara öppet för alla organisationer och kommuninvånare eller ett slutet arbetsrum för en avgränsad grupp företag.',
      en: 'Set up a climate-focused online forum where businesses can talk, support each other and share materials, services and information. It can be open to all organisations and residents or a closed workspace for a defined group of companies.',
    },
    examples: ['Joensuun kuntamatch', 'Lappeenrannan Greenreality -verkosto', 'Kansallinen Materiaalitori'],
    resources: 2,
    highImpactGoals: ['D'],
    caveats: [
      {
        fi: 'Oikean foorumin ja sopivan rajauksen löytäminen on vaikeaa, ja alusta vaatii jatkuvaa ylläpitoa sekä pitkäjänteistä viestintää, jotta käyttäjiä tulee ja he pysyvät mukana.',
        sv: 'Det är svårt att hitta rätt forum och rätt avgränsning, och plattformen kräver fortlöpande underhåll och långsiktig kommunikation för att locka och behålla användare.',
        en: 'Finding the right forum and scope is hard, and the platform needs ongoing maintenance and long-term communication to attract and keep users.',
      },
    ],
  },
  {
    id: 'education-cooperation',
    categoryId: 'matchmaking',
    name: {
      fi: 'Oppilaitosyhteistyö',
      sv: 'Samarbete med läroanstalter',
      en: 'Cooperation with educational institutions',
    },
    why: {
      fi: 'Eri toimijoiden osaaminen yhdistyy ja syntyy uusia ideoita. Yritykset saavat apua ja tuoreita ajatuksia vastuullisuustyöhönsä, ja opiskelijat pääsevät kiinni työelämään ja yritysvastuuseen.',
      sv: 'Olika aktörers kunnande förenas och nya idéer föds. Företagen får hjälp och nya tankar i sitt ansvarsarbete, och de studerande får kontakt med arbetslivet och företagsansvar.',
      en: 'Different actors pool their expertise and new ideas are born. Businesses get help and fresh thinking for their sustainability work, and students get hands-on contact with working life and corporate responsibility.',
    },
    how: {
      fi: 'Yhteistyön muotoja ovat esimerkiksi kurssityöt, harjoittelut, projektit ja opinnäytetyöt, vaikkapa opiskelijoiden vuosittain yrityksille tekemät päästölaskelmat tai ilmasto-SWOT-analyysit. Kunta käynnistää ja ylläpitää yhteistyötä ja huolehtii, että se tukee myös kunnan tavoitteita.',
      sv: 'Samarbetet kan ske genom kursarbeten, praktik, projekt och lärdomsprov, till exempel utsläppsberäkningar eller klimat-SWOT-analyser som studerande gör för företag varje år. Kommunen startar och upprätthåller samarbetet och ser till att det också stöder kommunens mål.',
      en: "Cooperation can take the form of coursework, internships, projects and theses, for instance emissions calculations or climate SWOT analyses that students do for companies every year. The municipality starts and sustains the cooperation and makes sure it also serves the municipality's goals.",
    },
    examples: ['Lahden ilmastokumppanuus'],
    resources: 1,
    highImpactGoals: [],
    caveats: [],
  },
  {
    id: 'summer-workers',
    categoryId: 'matchmaking',
    name: {
      fi: 'Kesätyöntekijöiden palkkaaminen',
      sv: 'Att anställa sommarjobbare',
      en: 'Hiring summer workers',
    },
    why: {
      fi: 'Nuoret pääsevät tutustumaan työelämään ja yritysvastuuseen, ja yrityksille kesätyöntekijä tuo tuoreita ajatuksia, näkyvyyttä tai muuta hyötyä.',
      sv: 'Unga får bekanta sig med arbetslivet och företagsansvar, och företagen får nya perspektiv, synlighet eller annan nytta.',
      en: 'Young people get to know working life and corporate responsibility, and businesses gain new perspectives, visibility or other benefits.',
    },
    how: {
      fi: 'Kesätyöntekijät voivat esimerkiksi nostaa alueen ilmastotekoja kunnan someen, kirjoittaa verkkosivuille juttusarjan vastuullisista yrityksistä, muokata kunnan materiaaleja yrityksille sopiviksi tai laskea yritysten päästöjä.',
      sv: 'Sommarjobbarna kan till exempel lyfta fram klimatgärningar i regionen i kommunens sociala medier, skriva en artikelserie om ansvarsfulla företag för webbplatsen, anpassa kommunens material för företag eller beräkna företagens utsläpp.',
      en: "Summer workers can, for example, feature local climate actions on the municipality's social media, write a web series on responsible companies, adapt municipal materials for businesses or calculate companies' emissions.",
    },
    examples: ['Carunan #duunienergiaa -kesätyökampanja'],
    resources: 1,
    highImpactGoals: [],
    caveats: [],
  },
  {
    id: 'events',
    categoryId: 'matchmaking',
    name: {
      fi: 'Tapahtumat, teemakohtaiset tilaisuudet',
      sv: 'Evenemang och temaspecifika tillställningar',
      en: 'Events and themed sessions',
    },
    why: {
      fi: 'Yritykset ja muut toimijat kohtaavat, hyvät käytännöt leviävät ja oma-aloitteinen toiminta vahvistuu.',
      sv: 'Företag och andra aktörer möts, god praxis sprids och den egna aktiviteten stärks.',
      en: 'Businesses and other actors meet, good practices spread and self-driven action grows.',
    },
    how: {
      fi: 'Valitaan tärkeä teema tai tarve, joka halutaan nostaa esiin tai jonka ympärille toimijoita pitää saada yhteen, ja varataan resurssit tilaisuuden järjestämiseen.',
      sv: 'Man väljer ett viktigt tema eller behov som ska lyftas fram eller som kräver att aktörer förs samman, och reserverar resurser för att ordna evenemanget.',
      en: 'Choose an important theme or need that should be highlighted or that requires bringing actors together, and set aside resources for organising the event.',
    },
    examples: [
      'Lisätietoa tapahtumien suunnitteluun: hiilineutraalisuomi.fi',
      'Webinaarijärjestämisen ohje (vantaa.fi)',
      'Kuntien ilmastohankkeiden webinaarikokemuksia',
    ],
    resources: 2,
    highImpactGoals: [],
    caveats: [],
  },
];
