/**
 * Operating models of the category "Viestintä" (communication).
 *
 * Source: seed 003 ("Toimintamallit: Kunnan keinoja edistää yritysyhteistyötä").
 * `name.fi`, `examples`, `resources` and `highImpactGoals` are facts from the seed;
 * `why`, `how`, `caveats` and the sv/en names are written in our own words.
 */
import type { OperatingModel } from '../catalogTypes';

/** The 7 communication models, in page order. */
export const COMMUNICATION_MODELS: readonly OperatingModel[] = [
  {
    id: 'targeted-communication',
    categoryId: 'communication',
    name: {
      fi: 'Viestiminen kohdennetusti yrityksille kunnan ilmastoasioista ja mahdollisuuksista sekä kunnan tuottamista materiaaleista',
      sv: 'Riktad kommunikation till företag om kommunens klimatfrågor och möjligheter samt om material som kommunen tagit fram',
      en: "Targeted communication to businesses about the municipality's climate matters and opportunities and the materials it has produced",
    },
    why: {
      fi: 'Yritysten tietoisuus kasvaa ja innostava viestintä saa ne liikkeelle. Kunnan julkaisut ja ilmastoselvitykset palvelevat yrityksiä paremmin, kun niiden vaikutukset liiketoimintaan tuodaan esiin.',
      sv: 'Företagen blir mer medvetna och inspirerande kommunikation får dem att agera. Kommunens publikationer och klimatutredningar blir mer användbara för företagen när deras betydelse för affärsverksamheten lyfts fram.',
      en: "Businesses become more aware and inspiring messages get them moving. The municipality's publications and climate studies serve businesses better when their business implications are spelled out.",
    },
    how: {
      fi: 'Kunnan viestit muotoillaan yritysten näkökulmasta (esim. mitä alueen ilmastoriskit merkitsevät yrityksille), ja kunnan materiaaleista, kuten ilmastoviestinnän ohjeista tai ekotukikoulutuksesta, tehdään yrityksille sopivat versiot. Viestintä on suunnitelmallista ja pitkäjänteistä, ja siihen tarvitaan kanavat ja resurssit.',
      sv: 'Kommunens budskap formuleras ur företagens perspektiv (t.ex. vad regionens klimatrisker betyder för dem), och kommunens material, såsom anvisningar för klimatkommunikation eller miljöstödsutbildning, anpassas för företag. Kommunikationen är planmässig och långsiktig och kräver kanaler och resurser.',
      en: "The municipality's messages are framed from a business perspective (e.g. what local climate risks mean for companies), and its materials, such as climate communication guidelines or eco-support training, are adapted for businesses. Communication is planned and long-term and needs channels and resources.",
    },
    examples: ['Joensuun vastuullisen viestinnän ohjeistus'],
    resources: 2,
    highImpactGoals: [],
    caveats: [],
  },
  {
    id: 'signposting-services',
    categoryId: 'communication',
    name: {
      fi: 'Tiedottaminen kohdennetusti yrityksille muiden tarjoamista mahdollisuuksista, palveluista, yritysyhteistyöverkostoista, sitoumusalustoista jne.',
      sv: 'Riktad information till företag om möjligheter, tjänster, nätverk för företagssamarbete, plattformar för åtaganden m.m. som andra erbjuder',
      en: 'Targeted information to businesses about opportunities, services, business cooperation networks, commitment platforms etc. offered by others',
    },
    why: {
      fi: 'Jo olemassa olevat palvelut saadaan käyttöön, eikä kunnan tarvitse tehdä kaikkea itse.',
      sv: 'Befintliga tjänster tas i bruk och kommunen behöver inte göra allt själv.',
      en: 'Existing services get used and the municipality does not have to do everything itself.',
    },
    how: {
      fi: 'Kunta seuraa aktiivisesti yrityksille tarjolla olevia palveluja ja mahdollisuuksia, kuten rahoitushakuja, energianeuvontaa ja hankekumppanuuksia, ja välittää tiedon eteenpäin jatkuvalla ja suunnitelmallisella viestinnällä.',
      sv: 'Kommunen följer aktivt vilka tjänster och möjligheter som finns för företag, såsom finansieringsutlysningar, energirådgivning och projektpartnerskap, och förmedlar informationen genom fortlöpande och planmässig kommunikation.',
      en: 'The municipality actively follows what services and opportunities are available to businesses, such as funding calls, energy advice and project partnerships, and passes the information on through continuous, planned communication.',
    },
    examples: [
      'Joensuun ilmastokumppanuuspankki',
      'Nurmijärven kunta',
      'Pori: pk-yritysten tuet, energiatehokkussopimukset',
    ],
    resources: 2,
    highImpactGoals: [],
    caveats: [],
  },
  {
    id: 'open-data',
    categoryId: 'communication',
    name: {
      fi: 'Vähähiilisyyteen kytkeytyvän datan avaaminen',
      sv: 'Öppnande av data som anknyter till koldioxidsnålhet',
      en: 'Opening up data related to low-carbon development',
    },
    why: {
      fi: 'Avoin data auttaa yrityksiä sijoittumaan ilmastoviisaasti ja keksimään uutta vähähiilistä liiketoimintaa, ja kunnan keräämä tieto pääsee hyötykäyttöön. Se voi myös ruokkia dataan perustuvia kokeiluja.',
      sv: 'Öppna data hjälper företag att etablera sig klimatsmart och hitta på ny koldioxidsnål affärsverksamhet, och den information kommunen samlat in kommer till nytta. Det kan också främja databaserade försök.',
      en: 'Open data helps businesses choose climate-smart locations and come up with new low-carbon business, and puts the information the municipality holds to use. It can also fuel data-driven experiments.',
    },
    how: {
      fi: 'Data julkaistaan kaikkien saataville esimerkiksi avoimen datan palvelussa, ja sitä markkinoidaan järjestelmällisesti ja pitkään, jotta se löytää käyttäjänsä.',
      sv: 'Data publiceras fritt tillgängliga, till exempel i en tjänst för öppna data, och man informerar planmässigt och långsiktigt om dem så att de hittar sina användare.',
      en: 'The data is published for everyone, for example on an open-data service, and promoted in a planned, long-term way so that it finds its users.',
    },
    examples: ['Avoimen datan palvelu HRI'],
    resources: 2,
    highImpactGoals: [],
    caveats: [],
  },
  {
    id: 'sharing-business-actions',
    categoryId: 'communication',
    name: {
      fi: 'Yritysten ilmastotekojen jakaminen kunnan kanavissa',
      sv: 'Att lyfta fram företagens klimatgärningar i kommunens kanaler',
      en: "Sharing businesses' climate actions in municipal channels",
    },
    why: {
      fi: 'Yritysten teot tulevat paikallisesti näkyviksi, mikä tuo niille mainehyötyä ja kilpailuetua ja muuttaa vähitellen toimintakulttuuria.',
      sv: 'Företagens gärningar blir synliga lokalt, vilket ger dem bättre anseende och konkurrensfördelar och gradvis förändrar verksamhetskulturen.',
      en: "Businesses' actions become visible locally, giving them reputational benefit and a competitive edge and gradually changing the culture.",
    },
    how: {
      fi: 'Sovitaan, millaiset teot ylittävät viestintäkynnyksen ja missä kanavissa niistä kerrotaan, esimerkiksi juttusarjana vastuullisista yrityksistä kunnan verkkosivuilla tai yhdessä paikallisten yrittäjäyhdistysten kanssa. Valmiita palveluja, kuten Kestävyysloikkaa, voi myös upottaa kunnan sivuille.',
      sv: 'Man kommer överens om vilka gärningar som är värda att berätta om och i vilka kanaler, till exempel som en artikelserie om ansvarsfulla företag på kommunens webbplats eller tillsammans med lokala företagarföreningar. Befintliga tjänster, som Kestävyysloikka, kan också bäddas in på kommunens webbplats.',
      en: "Agree which actions are worth publicising and in which channels, for example as a series of stories about responsible companies on the municipal website or together with local business associations. Ready-made services such as Kestävyysloikka can also be embedded on the municipality's website.",
    },
    examples: [
      'KESTÄVÄT-ilmastoyhteistyöverkosto (Alavus, Kuortane, Kurikka ja Lapua)',
      'Pori',
      'Kuusamo mukana #duunienergiaa -kampanjassa',
      'Kauhajoki',
      'Kestävyysloikka-palvelu',
    ],
    resources: 2,
    highImpactGoals: [],
    caveats: [],
  },
  {
    id: 'business-directory',
    categoryId: 'communication',
    name: {
      fi: 'Yritysluetteloon tai palveluhakemistoon vastuullisuusosio',
      sv: 'Ett hållbarhetsavsnitt i företagsregistret eller tjänstekatalogen',
      en: 'A sustainability section in the business directory or service directory',
    },
    why: {
      fi: 'Paikalliset vastuulliset toimijat löytyvät helposti yhdestä paikasta, kun hyödynnetään jo olemassa olevia yritysrekistereitä tai palveluhakemistoja.',
      sv: 'Lokala ansvarsfulla aktörer blir lätta att hitta på ett ställe när befintliga företagsregister eller tjänstekataloger utnyttjas.',
      en: 'Responsible local actors are easy to find in one place by building on existing business registers or service directories.',
    },
    how: {
      fi: 'Kunnan nykyiseen yritysluetteloon lisätään mahdollisuus hakea yrityksiä ilmasto- ja vastuullisuusperusteilla, esimerkiksi tunnettujen merkkien ja sertifikaattien, kiertotalouden tai ympäristöjärjestelmän perusteella. Palvelu auttaa lähinnä kuntalaisia ja muita yrityksiä löytämään vastuulliset toimijat.',
      sv: 'Kommunens befintliga företagsförteckning kompletteras med en möjlighet att söka företag enligt klimat- och ansvarskriterier, till exempel utifrån kända märken och certifikat, cirkulär ekonomi eller miljöledningssystem. Tjänsten hjälper främst kommuninvånare och andra företag att hitta ansvarsfulla aktörer.',
      en: "A filter for climate and sustainability criteria is added to the municipality's existing business listing, based for example on well-known labels and certificates, circular economy or environmental management systems. It mainly helps residents and other businesses find responsible providers.",
    },
    examples: [
      'Helsingin palvelukartta: Kiertotaloustoimijat kartalla',
      'Metropolia: Ympäristökriteeristö kaupungin yrityshakemistoon',
    ],
    resources: 2,
    highImpactGoals: [],
    caveats: [],
  },
  {
    id: 'campaigns',
    categoryId: 'communication',
    name: {
      fi: 'Viestintäkampanjat',
      sv: 'Kommunikationskampanjer',
      en: 'Communication campaigns',
    },
    why: {
      fi: 'Herätetään yritysten kiinnostus ilmastoasioihin ja innostetaan ne ryhtymään toimeen.',
      sv: 'Väcker företagens intresse för klimatfrågor och inspirerar dem att agera.',
      en: "Raises businesses' interest in climate issues and inspires them to act.",
    },
    how: {
      fi: 'Valitaan kärkiteemat ja annetaan kullekin riittävästi aikaa, esimerkiksi ensimmäisenä vuonna liikkuminen ja toisena energia. Kampanja voidaan tehdä yhdessä muiden toimijoiden kanssa (esim. Traficomin Fiksusti töihin) tai kytkeä kansallisiin teemaviikkoihin ja -päiviin.',
      sv: 'Man väljer prioriterade teman och ger var och en tillräckligt med tid, till exempel mobilitet det första året och energi det andra. Kampanjen kan genomföras tillsammans med andra aktörer (t.ex. Traficoms Fiksusti töihin) eller kopplas till nationella temaveckor och temadagar.',
      en: "Pick priority themes and give each enough time, for example mobility in the first year and energy in the second. A campaign can be run with other organisations (e.g. Traficom's Fiksusti töihin) or tied to national theme weeks and days.",
    },
    examples: [],
    resources: 2,
    highImpactGoals: ['E'],
    caveats: [],
  },
  {
    id: 'business-plot-marketing',
    categoryId: 'communication',
    name: {
      fi: 'Yritystonttien markkinointi vastuullisuuskulmalla',
      sv: 'Marknadsföring av företagstomter ur ett ansvarsperspektiv',
      en: 'Marketing business plots from a sustainability angle',
    },
    why: {
      fi: 'Houkutellaan alueelle vastuullisia yrityksiä, vahvistetaan edelläkävijäyritysten keskittymää ja rakennetaan kunnan brändiä.',
      sv: 'Lockar ansvarsfulla företag till regionen, stärker klustret av föregångare och bygger kommunens varumärke.',
      en: "Attracts responsible businesses, strengthens a cluster of frontrunners and builds the municipality's brand.",
    },
    how: {
      fi: 'Aidosti ilmastoviisaalle yritysalueelle, jolla on valmiina fiksut ratkaisut, pyritään saamaan vihreää liiketoimintaa harjoittavia yrityksiä aktiivisella markkinoinnilla, ja alueen vastuullisuudesta kerrotaan säännöllisesti.',
      sv: 'Till ett genuint klimatsmart företagsområde med smarta lösningar på plats lockas företag med grön affärsverksamhet genom aktiv marknadsföring, och man berättar regelbundet om områdets hållbarhet.',
      en: 'Active marketing is used to bring green businesses to a genuinely climate-smart business area that already has smart solutions in place, and the area\'s sustainability is communicated regularly.',
    },
    examples: ['Porvoon kampanja: Tontteja yrityksille, jotka haluavat torjua ilmastonmuutosta'],
    resources: 3,
    highImpactGoals: ['A'],
    caveats: [],
  },
];
