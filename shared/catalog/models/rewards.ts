/**
 * Operating models of the category "Palkitseminen ja tunnukset" (rewards and labels).
 *
 * Source: seed 003 ("Toimintamallit: Kunnan keinoja edistää yritysyhteistyötä").
 * `name.fi`, `examples`, `resources` and `highImpactGoals` are facts from the seed;
 * `why`, `how`, `caveats` (the page's "Huom." notes) and the sv/en names are in our own words.
 */
import type { OperatingModel } from '../catalogTypes';

/** The 3 reward and label models, in page order. */
export const REWARDS_MODELS: readonly OperatingModel[] = [
  {
    id: 'responsibility-label',
    categoryId: 'rewards',
    name: {
      fi: 'Kunnan lanseeraama vastuullisuusmerkki',
      sv: 'Ett ansvarsmärke som kommunen lanserar',
      en: 'Responsibility label launched by the municipality',
    },
    why: {
      fi: 'Ilmastovastuullisuus tulee näkyväksi. Yritykset voivat hyödyntää merkkiä markkinoinnissaan ja erottautua kilpailijoista, ja kunta saa myöntäjänä näkyvyyttä sekä kuvan siitä, mitä yritykset tekevät ilmaston hyväksi.',
      sv: 'Klimatansvaret blir synligt. Företagen kan använda märket i sin marknadsföring och profilera sig gentemot konkurrenterna, och kommunen får som utdelare synlighet och en bild av vad företagen gör för klimatet.',
      en: 'Climate responsibility becomes visible. Businesses can use the label in their marketing and stand out from competitors, while the municipality, as the issuer, gains visibility and insight into what companies do for the climate.',
    },
    how: {
      fi: 'Selvitetään ensin, kiinnostaako merkki alueen yrityksiä. Kunta laatii kriteerit ja myöntämisperusteet ja päättää merkin voimassaoloajan; kriteerit täyttävä yritys saa käyttää merkkiä viestinnässään. Merkistä kerrotaan aktiivisesti.',
      sv: 'Först utreds om företagen i regionen är intresserade av ett märke. Kommunen utarbetar kriterier och grunder för beviljande och bestämmer hur länge märket gäller; ett företag som uppfyller kriterierna får använda märket i sin kommunikation. Märket marknadsförs aktivt.',
      en: 'First check whether local businesses are interested in a label. The municipality sets the criteria and award rules and decides how long the label is valid; a company meeting the criteria may use it in its communications. The label is actively promoted.',
    },
    examples: ['Seinäjoen Energia', 'Iin kunta, Paikallista-merkki', 'Viksu Kuopio -tunnus'],
    resources: 2,
    highImpactGoals: [],
    caveats: [
      {
        fi: 'Ilman selkeitä kriteerejä ja määräaikaisuutta merkkiin liittyy suuri viherpesun riski, joka heikentää myös kunnan mainetta.',
        sv: 'Utan tydliga kriterier och en begränsad giltighetstid är risken för grönmålning stor, vilket också skadar kommunens anseende.',
        en: "Without clear criteria and a limited validity period there is a high risk of greenwashing, which also harms the municipality's reputation.",
      },
      {
        fi: 'Merkin saaminen tunnetuksi ja pitäminen elossa vaatii paljon viestintätyötä.',
        sv: 'Att göra märket känt och upprätthålla det kräver mycket kommunikation.',
        en: 'Making the label known and keeping it alive takes a lot of communication work.',
      },
      {
        fi: 'Merkkejä on jo runsaasti, joten on syytä arvioida, haluavatko yritykset vielä uuden.',
        sv: 'Det finns redan en djungel av märken, så man bör fundera på om företagen vill ha ännu ett.',
        en: 'There is already a jungle of labels, so consider whether businesses want yet another one.',
      },
    ],
  },
  {
    id: 'diploma',
    categoryId: 'rewards',
    name: {
      fi: 'Diplomin/kunniakirjan myöntäminen',
      sv: 'Att bevilja diplom/hedersbetyg',
      en: 'Awarding a diploma or certificate of merit',
    },
    why: {
      fi: 'Ilmastoteot saavat näkyvyyttä. Yritys voi hyödyntää diplomia brändinsä vahvistamiseen ja erottautumiseen, ja kunta saa myöntäjänä näkyvyyttä ja kuvan alueen yritysten ilmastotyöstä.',
      sv: 'Klimatgärningar blir synliga. Företaget kan använda diplomet för att stärka sitt varumärke och profilera sig, och kommunen får som utdelare synlighet och en bild av företagens klimatarbete i regionen.',
      en: 'Climate actions gain visibility. A company can use the diploma to strengthen its brand and stand out, and the municipality, as the issuer, gains visibility and a picture of local businesses\' climate work.',
    },
    how: {
      fi: 'Laaditaan kriteerit ja myöntämisperusteet, päätetään jakoajankohta ja sovitaan kunnan sisällä, miten hakemukset käsitellään, arvioidaan ja julkistetaan. Yrityksille tiedotetaan sekä ennen jakoa että sen jälkeen.',
      sv: 'Kriterier och grunder för beviljande utarbetas, tidpunkten för utdelningen bestäms och man kommer internt överens om hur ansökningarna behandlas, bedöms och offentliggörs. Företagen informeras både före och efter utdelningen.',
      en: 'Draw up criteria and award rules, fix the date of the award and agree internally how applications are handled, assessed and announced. Inform businesses both before and after the award.',
    },
    examples: ['Lahden ilmastokumppanuus', 'Hinkuteko-palkinto'],
    resources: 1,
    highImpactGoals: [],
    caveats: [
      {
        fi: 'Jos kriteerit ovat puutteelliset, viherpesun riski kasvaa, ja se heijastuu myös diplomin myöntäneeseen kuntaan.',
        sv: 'Om kriterierna är bristfälliga ökar risken för grönmålning, och det återspeglas också på kommunen som beviljat diplomet.',
        en: 'Weak criteria increase the risk of greenwashing, which also reflects badly on the municipality that granted the diploma.',
      },
    ],
  },
  {
    id: 'annual-award',
    categoryId: 'rewards',
    name: {
      fi: 'Kunnan jakama vuosittainen palkinto',
      sv: 'Ett årligt pris som kommunen delar ut',
      en: 'Annual award presented by the municipality',
    },
    why: {
      fi: 'Palkinto nostaa ilmastoteot esiin ja tuo voittajalle mainetta ja kilpailuetua. Palkinnon jakaminen tuo kunnalle näkyvyyttä ja kertoo, mitä alueen yrityksissä tehdään ilmaston hyväksi.',
      sv: 'Priset lyfter fram klimatgärningar och ger vinnaren renommé och konkurrensfördelar. Kommunen får som prisutdelare synlighet och kunskap om vad företagen i regionen gör för klimatet.',
      en: 'The award highlights climate actions and gives the winner reputation and a competitive edge. As the presenter, the municipality gains visibility and knowledge of what local businesses do for the climate.',
    },
    how: {
      fi: 'Sovitaan palkinnon kriteerit, myöntämisperusteet ja jakopäivä sekä kunnan sisäinen työnjako hakemusten käsittelystä ja arvioinnista julkistukseen ja viestintään. Palkinnosta kerrotaan yrityksille ennen jakoa ja sen jälkeen.',
      sv: 'Man kommer överens om prisets kriterier, grunder och utdelningsdag samt om arbetsfördelningen inom kommunen, från behandling och bedömning av ansökningarna till offentliggörande och kommunikation. Företagen informeras om priset före och efter utdelningen.',
      en: 'Agree the award criteria, rules and date, and the internal division of work from handling and assessing applications to announcement and communication. Tell businesses about the award before and after it is presented.',
    },
    examples: [
      'Keravan, Järvenpään ja Keski-Uudenmaan ympäristökeskuksen ympäristöpalkintokonseptit',
      'Kirkkonummen ympäristöpalkinto',
      'Hyvinkään energiatehokkuuspalkinto',
    ],
    resources: 1,
    highImpactGoals: [],
    caveats: [],
  },
];
