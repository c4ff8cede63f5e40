/**
 * Operating models of the category "Markkinoiden ohjaaminen" (steering the market).
 *
 * Source: seed 003 ("Toimintamallit: Kunnan keinoja edistää yritysyhteistyötä").
 * `name.fi`, `examples`, `resources` and `highImpactGoals` are facts from the seed;
 * `why`, `how`, `caveats` and the sv/en names are written in our own words.
 */
import type { OperatingModel } from '../catalogTypes';

/** The 4 market-steering models, in page order. */
export const MARKET_STEERING_MODELS: readonly OperatingModel[] = [
  {
    id: 'responsible-procurement',
    categoryId: 'market-steering',
    name: {
      fi: 'Kunnan vastuulliset hankinnat',
      sv: 'Kommunens ansvarsfulla upphandlingar',
      en: 'Responsible municipal procurement',
    },
    why: {
      fi: 'Yritykset saavat referenssejä ja kunta kestäviä ratkaisuja.',
      sv: 'Företagen får referenser och kommunen hållbara lösningar.',
      en: 'Businesses gain references and the municipality gets sustainable solutions.',
    },
    how: {
      fi: 'Hankinnat linjataan kunnan ilmastotavoitteiden mukaisiksi, ja vähähiilisyys painaa valintakriteereissä. Markkinavuoropuhelulla selvitetään, mitä ilmastoviisasta tarjontaa on saatavilla, ja kriteereitä parannetaan jatkuvasti. Avoin hankintastrategia ja viestintä tekevät kunnan tarpeet yrityksille ennakoitaviksi.',
      sv: 'Upphandlingarna stäms av mot kommunens klimatmål, och koldioxidsnåla lösningar väger tungt i urvalskriterierna. Genom marknadsdialog utreds vilka klimatsmarta lösningar marknaden kan erbjuda, och kriterierna utvecklas hela tiden. En öppen upphandlingsstrategi och kommunikation gör kommunens behov förutsägbara för företagen.',
      en: "Purchases are aligned with the municipality's climate targets and low-carbon solutions weigh heavily in the award criteria. Market dialogue shows what climate-smart offerings exist, and the criteria are improved continuously. An open procurement strategy and communication make the municipality's needs predictable for businesses.",
    },
    examples: ['Lisätietoa mm. HankintaKeinosta', 'Helsingin hankintastrategia: vastuulliset hankinnat'],
    resources: 3,
    highImpactGoals: ['A', 'B'],
    caveats: [],
  },
  {
    id: 'plot-allocation-competitions',
    categoryId: 'market-steering',
    name: {
      fi: 'Suunnittelu- ja tontinluovutuskilpailut',
      sv: 'Planerings- och tomtöverlåtelsetävlingar',
      en: 'Design and plot allocation competitions',
    },
    why: {
      fi: 'Kunta saa vähähiilisiä ratkaisuja ja yritykset referenssejä.',
      sv: 'Kommunen får koldioxidsnåla lösningar och företagen referenser.',
      en: 'The municipality gets low-carbon solutions and businesses gain references.',
    },
    how: {
      fi: 'Tontinluovutusehdoissa edellytetään rakennuttajalta vähähiilisempiä ratkaisuja kuin markkinat tuottaisivat itsestään. Näin uudet ratkaisut yleistyvät ja alueet kehittyvät kunnan ilmastotavoitteiden suuntaan.',
      sv: 'Villkoren för tomtöverlåtelse kräver att byggherren väljer mer koldioxidsnåla lösningar än marknaden annars skulle vara redo för. På så sätt blir lösningarna vanligare och områdena utvecklas i riktning mot kommunens klimatmål.',
      en: "Plot allocation terms require the developer to choose lower-carbon solutions than the market would otherwise be ready for. This helps such solutions become mainstream and moves areas towards the municipality's climate targets.",
    },
    examples: ['Helsingin Kalasatama'],
    resources: 3,
    highImpactGoals: ['A', 'B', 'E'],
    caveats: [],
  },
  {
    id: 'design-and-build',
    categoryId: 'market-steering',
    name: {
      fi: 'Suunnittele ja rakenna SR -kilpailut',
      sv: 'Totalentreprenadtävlingar (projektering och byggande)',
      en: 'Design-and-build competitions',
    },
    why: {
      fi: 'Yksi urakoitsija vastaa kokonaisuudesta eli sekä suunnittelusta että rakentamisesta. Laatuvaatimuksissa painotetaan ilmastoviisautta, ja urakan voittanut yritys saa itse päättää, miten se toteuttaa sen.',
      sv: 'En entreprenör ansvarar för helheten, det vill säga både projekteringen och byggandet. Kvalitetskraven betonar klimatsmarta lösningar, och det företag som vinner entreprenaden bestämmer självt hur de genomförs.',
      en: 'A single contractor is responsible for the whole, both design and construction. The quality requirements stress climate-smart solutions, and the winning company decides how to deliver them.',
    },
    how: {
      fi: 'Paras ehdotus valitaan ennalta asetetuilla kriteereillä, esimerkiksi puoliksi hinnan ja puoliksi laadun perusteella. Laatua voidaan mitata esimerkiksi rakennusten elinkaaren hiilijalanjäljellä, energiatehokkuudella sekä arkkitehtonisella ja teknisellä laadulla.',
      sv: 'Det bästa förslaget väljs enligt förhandsbestämda kriterier, till exempel till hälften pris och till hälften kvalitet. Kvaliteten kan mätas exempelvis med byggnadernas koldioxidavtryck under livscykeln, energieffektivitet samt arkitektonisk och teknisk kvalitet.',
      en: "The best proposal is chosen against criteria set in advance, for example half on price and half on quality. Quality can be measured by, for example, the buildings' life-cycle carbon footprint, energy efficiency, and architectural and technical quality.",
    },
    examples: ['Heka: Kuninkaantammi'],
    resources: 3,
    highImpactGoals: ['A', 'B'],
    caveats: [
      {
        fi: 'Kokonaisvastuu-urakka vaatii yleensä suuren toimijan, mikä rajaa osallistujien joukkoa.',
        sv: 'En totalentreprenad kräver i regel en stor aktör, vilket begränsar kretsen av deltagare.',
        en: 'A design-and-build contract usually requires a large operator, which narrows the field of bidders.',
      },
    ],
  },
  {
    id: 'funding-for-ideas',
    categoryId: 'market-steering',
    name: {
      fi: 'Rahoituksen myöntäminen kuntastrategiaa tukeville ideoille',
      sv: 'Finansiering för idéer som stöder kommunstrategin',
      en: 'Funding ideas that support the municipal strategy',
    },
    why: {
      fi: 'Kuntastrategia muuttuu käytännön teoiksi.',
      sv: 'Kommunstrategin omsätts i praktiska åtgärder.',
      en: 'Turns the municipal strategy into practical action.',
    },
    how: {
      fi: 'Kunta jakaa rahaa hyville ideoille, jotka edistävät strategian tavoitteita.',
      sv: 'Kommunen delar ut pengar till goda idéer som främjar strategins mål.',
      en: "The municipality awards money to good ideas that advance the strategy's goals.",
    },
    examples: ['Lappeenranta'],
    resources: 2,
    highImpactGoals: ['B', 'D', 'E'],
    caveats: [],
  },
];
