/**
 * The five ways a municipality can coordinate climate cooperation with businesses, lightest to heaviest.
 *
 * Source: seed 004 (`shared/seeds/004_4bc53b1b1f91514e.txt`), "Koordinointitapoja" — the table with
 * columns Mitä / Miksi / Miten / Missä and its "Huom." notes. what/why/how and caveats are written in
 * our own words; `examples` are the seed's network and place names, verbatim; `figures` are the seed's
 * numbers for Lappeenranta Greenreality Network. tests/shared/catalog/approachesSeed.test.ts keeps this
 * file in step with the seed.
 */
import type { Approach } from './catalogTypes';

/**
 * The coordination approaches of seed 004 in the seed's order, `weight` 1 (lightest) … 5 (heaviest).
 * Approaches 4 and 5 share the seed heading "Suljettu ilmastoverkosto"; they are told apart by the
 * seed's subtitles (joined by commitments vs. paid frontrunner network).
 */
export const APPROACHES: readonly Approach[] = [
  {
    id: 'individual-models',
    weight: 1,
    name: {
      fi: 'Yksittäiset toimintamallit, vastuu jaettu kunnan sisällä',
      sv: 'Enskilda verksamhetsmodeller, ansvaret delat inom kommunen',
      en: 'Individual models, shared responsibility',
    },
    what: {
      fi: 'Kunta ottaa käyttöön vain joitakin yksittäisiä yritysyhteistyön toimintamalleja, ja vastuu niistä hajautetaan kunnan eri yksiköille.',
      sv: 'Kommunen tar i bruk endast några enskilda modeller för samarbete med företag, och ansvaret för dem fördelas mellan kommunens olika enheter.',
      en: 'The municipality adopts only a few individual models for working with businesses and spreads responsibility for them across its own units.',
    },
    why: {
      fi: 'Kevyin tapa päästä alkuun: mallit saa nopeasti käyttöön, pienetkin resurssit voi jakaa, eikä yhteistä koordinointia tarvitse rakentaa.',
      sv: 'Det lättaste sättet att komma i gång: modellerna är snabbt i bruk, även små resurser kan delas och ingen gemensam samordning behöver byggas upp.',
      en: 'The lightest way to start: models are quick to put in place, even small resources can be pooled, and no joint coordination has to be set up.',
    },
    how: {
      fi: 'Päätetään, mitkä mallit otetaan käyttöön ja mikä kunnan yksikkö kutakin käyttää. Jonkin tahon, esimerkiksi ympäristökeskuksen, kannattaa silti pitää mallien kokonaisuus hallussa.',
      sv: 'Man beslutar vilka modeller som införs och vilken enhet i kommunen som använder respektive modell. Någon, till exempel miljöcentralen, bör ändå ha överblick över helheten.',
      en: 'Decide which models to adopt and which municipal unit runs each one. Someone, such as the environmental services unit, should still keep an overview of the whole set.',
    },
    examples: [],
    caveats: [],
  },
  {
    id: 'integrated',
    weight: 2,
    name: {
      fi: 'Integrointi olemassa olevaan toimintaan',
      sv: 'Integrering i befintlig verksamhet',
      en: 'Integration into existing activities',
    },
    what: {
      fi: 'Valitut toimintamallit liitetään kunnan nykyisiin yritysyhteistyön muotoihin ja toimintatapoihin, ja vastuu jaetaan kunnan sisällä.',
      sv: 'De valda modellerna byggs in i kommunens nuvarande former av företagssamarbete och arbetssätt, och ansvaret delas inom kommunen.',
      en: "The chosen models are built into the municipality's current forms of business cooperation and ways of working, with responsibility shared internally.",
    },
    why: {
      fi: 'Hyödynnetään jo toimivia rakenteita ja kanavia sen sijaan, että perustettaisiin jotain kokonaan uutta.',
      sv: 'Man utnyttjar strukturer och kanaler som redan fungerar i stället för att bygga upp något helt nytt.',
      en: 'It makes use of structures and channels that already work instead of creating something entirely new.',
    },
    how: {
      fi: 'Kartoitetaan, miten kunta jo tekee yhteistyötä yritysten kanssa, katsotaan mihin valitut mallit sopivat luontevasti ja vakiinnutetaan ne osaksi arkea. Ilmastoteeman voi esimerkiksi tuoda kunnan yrityskoulutuksiin, nostaa yritysten ilmastotekoja kunnan viestinnässä tai viedä aiheen nykyiseen yritysverkostoon.',
      sv: 'Man kartlägger hur kommunen redan samarbetar med företag, ser var de valda modellerna passar naturligt in och gör dem till en systematisk del av vardagen. Klimatet kan till exempel tas in i kommunens företagsutbildningar, företagens klimatarbete kan lyftas fram i kommunens kommunikation eller ämnet kan föras in i ett befintligt företagsnätverk.',
      en: "Map how the municipality already works with businesses, see where the chosen models naturally fit, and make them a systematic part of routine work. For instance, climate can be added to business training the municipality offers, companies' climate action can be highlighted in municipal communications, or the topic can be brought into an existing business network.",
    },
    examples: [],
    caveats: [],
  },
  {
    id: 'open-network',
    weight: 3,
    name: {
      fi: 'Avoin ilmastoverkosto',
      sv: 'Öppet klimatnätverk',
      en: 'Open climate network',
    },
    what: {
      fi: 'Nimetty, matalan kynnyksen verkosto, johon mikä tahansa yritys voi tulla mukaan sitoutumatta mihinkään tai täyttämättä vaatimuksia.',
      sv: 'Ett namngivet nätverk med låg tröskel där vilket företag som helst kan delta utan att förbinda sig till något eller uppfylla krav.',
      en: 'A named, low-threshold network that any company can take part in without commitments or other expectations.',
    },
    why: {
      fi: 'Omalla nimellä toimivan verkoston voi brändätä ja tehdä tunnetuksi, mikä antaa kunnan koordinoimalle työlle enemmän näkyvyyttä kuin kunnan toimintaan upotetut yksittäiset mallit.',
      sv: 'Ett nätverk med eget namn kan profileras och göras känt, vilket ger kommunens samordnade arbete mer synlighet än enskilda modeller inbakade i kommunens verksamhet.',
      en: "A network with its own name can be branded and made known, giving the municipality's coordinated work more visibility than individual models embedded in municipal activities.",
    },
    how: {
      fi: 'Verkostolle nimetään koordinaattori, sille valitaan toimintamallit ja tehdään toimintasuunnitelma; koordinointi voidaan myös jakaa useamman organisaation kesken. Seurannaksi voi riittää kevyt mittaristo, kuten postituslistan koko, tapahtumien osallistujamäärät ja some-aktiivisuus.',
      sv: 'Nätverket får en koordinator, verksamhetsmodeller väljs och en verksamhetsplan görs upp; samordningen kan också delas mellan flera organisationer. Som uppföljning kan enkla mått räcka, till exempel e-postlistans storlek, antalet deltagare i evenemang och aktiviteten i sociala medier.',
      en: 'Appoint a coordinator, choose the models and draw up an action plan; coordination can also be shared between several organisations. Light indicators may suffice for monitoring, such as mailing-list size, event attendance and social-media activity.',
    },
    examples: ['Keski-Suomen yritysten ympäristövastuullisuusverkosto YmpyräKS'],
    caveats: [
      {
        fi: 'Yksi verkosto ei välttämättä palvele yhtä hyvin kaikkia yrityksiä: pieniä ja suuria, eri toimialoja ja ilmastotyössään eri vaiheissa olevia.',
        sv: 'Ett enda nätverk tjänar inte nödvändigtvis alla företag lika väl: små och stora, olika branscher och företag i olika skeden av sitt klimatarbete.',
        en: 'A single network may not serve all companies equally well: small and large ones, different sectors, and firms at different stages of their climate work.',
      },
      {
        fi: 'Verkoston markkinointi, ylläpito, tilaisuuksien järjestäminen ja muiden valittujen mallien toteuttaminen vievät resursseja.',
        sv: 'Att göra nätverket känt, upprätthålla det, ordna evenemang och genomföra de övriga valda modellerna kräver resurser.',
        en: 'Publicising and maintaining the network, organising events and running the other chosen models all take resources.',
      },
    ],
  },
  {
    id: 'commitment-network',
    weight: 4,
    name: {
      fi: 'Suljettu sitoumusverkosto',
      sv: 'Slutet nätverk med åtaganden',
      en: 'Closed network joined by commitments',
    },
    what: {
      fi: 'Verkosto, jota kunta koordinoi ja johon yritykset liittyvät sitoutumalla omiin ilmastotavoitteisiin.',
      sv: 'Ett nätverk som kommunen samordnar och som företag ansluter sig till genom att förbinda sig till egna klimatmål.',
      en: 'A network coordinated by the municipality that companies join by setting their own climate targets or commitments.',
    },
    why: {
      fi: 'Kunta haluaa yritysten sitoutuvan sen ilmastotavoitteisiin, joten jäseniksi otetaan vain sitoutuneita. Suuren kunnan tai merkittävän alueen nimi tuo jäsenyrityksille brändiarvoa.',
      sv: 'Kommunen vill få med företagen i sina klimatmål, så endast företag som har förbundit sig tas med. Namnet på en stor kommun eller en viktig region ger medlemsföretagen varumärkesvärde.',
      en: 'The municipality wants companies on board with its climate targets, so membership is limited to committed firms. The name of a large municipality or important region lends member companies brand value.',
    },
    how: {
      fi: 'Rajataan kohderyhmä ja liittymisen ehdot, sovitaan miten sitoumuksia mitataan ja seurataan ja kytketäänkö verkosto kunnan ilmasto-ohjelmaan. Lisäksi päätetään, koordinoiko kunta yksin vai yhdessä laajemman toimijajoukon kanssa.',
      sv: 'Man avgränsar målgruppen och villkoren för anslutning, kommer överens om hur åtagandena mäts och följs upp och om nätverket ska kopplas till kommunens klimatprogram. Dessutom beslutar man om kommunen samordnar ensam eller tillsammans med en bredare krets av aktörer.',
      en: 'Define the target group and joining criteria, agree how commitments are measured and monitored and whether the network is tied to the municipal climate programme. Also decide whether the municipality coordinates alone or with a wider group of actors.',
    },
    examples: [
      'Helsingin ilmastokumppanit',
      'Turun ilmastojoukkue',
      'Lahden ilmastokumppanuus',
      'Satakunta (hankevetoista)',
      'Tampereen seudun ilmastokumppanuus',
      'Lappeenranta Greenreality -kumppanuus pienille yrityksille (hakevetoista)',
    ],
    caveats: [
      {
        fi: 'Kannattaa pohtia, miksi kunta haluaa pitää verkoston suljettuna ja mitä se tarjoaa yrityksille, jotka jäävät sen ulkopuolelle.',
        sv: 'Fundera på varför kommunen vill hålla nätverket slutet och vad den erbjuder de företag som blir utanför.',
        en: 'Consider why the municipality wants to keep the network closed and what it offers the companies left outside it.',
      },
      {
        fi: 'Jotta yritykset olisivat tasavertaisessa asemassa, niitä on tuettava liittymisessä sekä sitoumusten seurannassa ja päivittämisessä.',
        sv: 'För att företagen ska behandlas jämlikt behöver de stöd när de ansluter sig och när de följer upp och uppdaterar sina åtaganden.',
        en: 'For equal treatment, companies need support in joining and in following up and updating their commitments.',
      },
      {
        fi: 'Yksi verkosto ei välttämättä palvele yhtä hyvin pieniä ja suuria yrityksiä, eri toimialoja ja ilmastotyössään eri vaiheissa olevia, sillä ilmastotyö näyttää erilaiselta eri yrityksissä.',
        sv: 'Ett enda nätverk tjänar inte nödvändigtvis små och stora företag, olika branscher och företag i olika skeden av klimatarbetet lika väl, eftersom klimatarbetet ser olika ut i olika företag.',
        en: 'A single network may not serve small and large companies, different sectors and firms at different stages equally well, since climate work looks different in different companies.',
      },
      {
        fi: 'Verkoston pyörittäminen vie resursseja: tarvitaan toimintasuunnitelma, tapaamisia, tapahtumia, työpajoja, säännöllistä viestintää ja vaikuttavuuden mittaamista.',
        sv: 'Att driva nätverket kräver resurser: en verksamhetsplan, möten, evenemang, workshoppar, regelbunden kommunikation och mätning av genomslaget.',
        en: 'Running the network takes resources: an action plan, meetings, events, workshops, systematic communication and impact measurement.',
      },
      {
        fi: 'Jos toiminnalta puuttuvat järjestelmällisyys ja selkeät kriteerit, se jää löyhäksi ja viherpesun vaara kasvaa – etenkin jos jäsenille jaetaan vastuullisuudesta kertovia merkkejä – mikä heikentää myös koordinoijan mainetta.',
        sv: 'Om verksamheten saknar systematik och tydliga kriterier blir den lös och risken för grönmålning ökar – särskilt om medlemmarna får märken som signalerar ansvarsfullhet – vilket också skadar samordnarens anseende.',
        en: "Without a systematic approach and clear criteria the activity stays loose and the risk of greenwashing grows – especially if members are given responsibility badges – which also hurts the coordinator's reputation.",
      },
    ],
  },
  {
    id: 'frontrunner-network',
    weight: 5,
    name: {
      fi: 'Suljettu maksullinen edelläkävijäverkosto',
      sv: 'Slutet avgiftsbelagt föregångarnätverk',
      en: 'Closed paid frontrunner network',
    },
    what: {
      fi: 'Julkisen toimijan vetämä, jäsenmaksullinen ja muita tiukemmin organisoitu verkosto yrityksille, jotka haluavat olla ilmastoratkaisujen kärjessä.',
      sv: 'Ett nätverk som leds av en offentlig aktör, har medlemsavgift och är mer strukturerat än de övriga, för företag som vill ligga i framkant med klimatlösningar.',
      en: 'A paid-membership, more formally organised network run by a public body for companies that aim to lead in climate solutions.',
    },
    why: {
      fi: 'Tarkoituksena on kehittää uusia ratkaisuja ilmastokriisiin. Samalla verkosto on kunnalle elinkeinopolitiikan väline.',
      sv: 'Syftet är att ta fram nya lösningar på klimatkrisen. Samtidigt är nätverket ett näringspolitiskt verktyg för kommunen.',
      en: "The aim is to develop new solutions to the climate crisis; the network also serves as a tool for the municipality's business policy.",
    },
    how: {
      fi: 'Jäseniksi otetaan edelläkävijöitä, kuten puhtaan teknologian, energian tai ympäristöratkaisujen tarjoajia, jotka maksavat jäsenmaksua. Toimintaa ohjaa ohjausryhmä, ja jäsenille tarjotaan alusta yhteiseen kehittämiseen.',
      sv: 'Som medlemmar tas föregångare in, till exempel företag som erbjuder cleantech-, energi- eller miljölösningar, och de betalar en medlemsavgift. Verksamheten leds av en styrgrupp och medlemmarna får en plattform för gemensam utveckling.',
      en: 'Membership is for frontrunners, such as companies offering cleantech, energy or environmental solutions, who pay a membership fee. A steering group guides the work and members get a platform for co-development.',
    },
    examples: ['Lappeenranta Greenreality Network', 'EnergyVaasa'],
    caveats: [
      {
        fi: 'Koordinointi vie paljon resursseja, muun muassa talousasioiden hoitoon, yhteiskehittämisen alustan ylläpitoon ja ohjausryhmätyöhön.',
        sv: 'Samordningen kräver avsevärda resurser, bland annat för ekonomiförvaltning, en plattform för gemensam utveckling och styrgruppsarbete.',
        en: 'Coordination takes considerable resources, for example for financial administration, a co-development platform and a steering group.',
      },
    ],
    figures: {
      memberFeeEurPerYear: { min: 500, max: 1000 },
      coordinationFte: 2,
      additionalPeople: 6,
      source: 'Lappeenranta Greenreality Network',
    },
  },
];
