/**
 * Operating models of the category "Sitoumukset" (commitments).
 *
 * Source: seed 003 ("Toimintamallit: Kunnan keinoja edistää yritysyhteistyötä").
 * `name.fi`, `resources` and `highImpactGoals` are facts from the seed; the examples are the
 * cities the seed names in inflected form ("Helsingissä, Tampereella ja Joensuussa") given in
 * their base form; `why`, `how`, `caveats` and the sv/en names are written in our own words.
 */
import type { OperatingModel } from '../catalogTypes';

/** The single commitment model. */
export const COMMITMENTS_MODELS: readonly OperatingModel[] = [
  {
    id: 'signed-commitment',
    categoryId: 'commitments',
    name: {
      fi: 'Allekirjoitettu ilmastositoumus kunnan ja yrityksen välille',
      sv: 'Undertecknat klimatåtagande mellan kommunen och ett företag',
      en: 'Signed climate commitment between the municipality and a business',
    },
    why: {
      fi: 'Yritykset lupautuvat tukemaan kunnan ilmastotavoitteita ja saavat mukanaolostaan näkyvyyttä.',
      sv: 'Företagen lovar att stödja kommunens klimatmål och får synlighet för sitt deltagande.',
      en: "Businesses pledge to support the municipality's climate targets and gain visibility for taking part.",
    },
    how: {
      fi: 'Kunta on sitoutunut kuntastrategiasta johdettuun tavoitteeseen (esim. hiilineutraalius 2030), ja yritys asettaa oman ilmastotavoitteensa, joka vahvistetaan kevyenä sitoumuksena kunnan johtavan viranhaltijan tai päättäjän kanssa. Suljetuissa ilmastoverkostoissa sitoumus on usein liittymisen ehto.',
      sv: 'Kommunen har förbundit sig till ett mål som härleds ur kommunstrategin (t.ex. koldioxidneutralitet 2030), och företaget sätter upp ett eget klimatmål som bekräftas som ett lätt åtagande tillsammans med en ledande tjänsteinnehavare eller beslutsfattare i kommunen. I slutna klimatnätverk är åtagandet ofta ett villkor för att få gå med.',
      en: 'The municipality is committed to a target derived from its strategy (e.g. carbon neutrality by 2030), and the company sets its own climate target, confirmed as a light commitment with a senior municipal official or decision-maker. In closed climate networks, signing is often the condition for joining.',
    },
    examples: ['Helsinki', 'Tampere', 'Joensuu'],
    resources: 2,
    highImpactGoals: [],
    caveats: [
      {
        fi: 'Pelkkä allekirjoitus tuskin saa yrityksiä mukaan; kunnan kannattaa tarjota esimerkiksi sparrausta sitoumuksen laatimiseen tai muita kannustimia.',
        sv: 'Enbart en underskrift lockar knappast med företagen; kommunen bör erbjuda till exempel sparrning i att formulera åtagandet eller andra incitament.',
        en: 'A signature alone will hardly motivate businesses; the municipality should offer, for example, sparring on drafting the commitment or other incentives.',
      },
    ],
  },
];
