import type { ApproachId } from '../catalog/catalogTypes';
import type { Localized } from '../i18n/lang';
import type { CapacityLevel, ApproachFacts, GoalWeights } from '../schemas/profileSchema';

/** Seed 004: "Koordinointitapoja" (coordination approaches, lightest to heaviest). */
export const APPROACH_SEED = '004_4bc53b1b1f91514e.txt';

/** What the rules look at, derived once from a submission. */
export interface ApproachContext {
  capacity: CapacityLevel;
  facts: ApproachFacts;
  goalWeights: GoalWeights;
  /** Models in use, planned or being considered. */
  chosenModelCount: number;
  /** The signed-commitment model is in use or planned. */
  commitmentModelChosen: boolean;
  /** A label, diploma or award model is in use or planned, or badges are planned. */
  badgesInPlay: boolean;
}

export interface ApproachRule {
  id: string;
  approachId: ApproachId;
  points: number;
  applies: (c: ApproachContext) => boolean;
  reason: Localized;
  /** The seed sentence the rule rests on, verbatim. */
  quote: string;
}

/** Fewer chosen models than this is "few"; this many or more is "many". */
export const FEW_MODELS = 3;
export const MANY_MODELS = 6;

/**
 * Whether the goals' share of the total weight is above `threshold`: strictly above, so that equal
 * weights on all five goals (each 20 %) never count as emphasis; float noise is tolerated.
 */
const weighsMoreThan = (w: GoalWeights, threshold: number, goals: readonly (keyof GoalWeights)[]) => {
  const total = w.A + w.B + w.C + w.D + w.E;
  if (!(total > 0)) return false;
  let sum = 0;
  for (const g of goals) sum += w[g];
  return sum / total > threshold + 1e-9;
};
// The goals the rules weigh, made once: the rules run for every participant when a round is combined.
const D_AND_E = ['D', 'E'] as const;
const E_ONLY = ['E'] as const;
const B_ONLY = ['B'] as const;

/** Starting suitability before rules: lighter approaches start higher because they cost less. */
export const BASE_SUITABILITY: Readonly<Record<ApproachId, number>> = {
  'individual-models': 50,
  integrated: 50,
  'open-network': 40,
  'commitment-network': 40,
  'frontrunner-network': 30,
};

/** The capacity level each approach needs to be carried without strain. */
export const REQUIRED_CAPACITY: Readonly<Record<ApproachId, CapacityLevel>> = {
  'individual-models': 1,
  integrated: 1,
  'open-network': 2,
  'commitment-network': 2,
  'frontrunner-network': 3,
};

/**
 * Every rule with its points and source sentence. Points are judgement calls kept small and few so
 * that a user can follow the sum; the README explains them.
 */
export const APPROACH_RULES: readonly ApproachRule[] = [
  {
    id: 'individual-small-capacity',
    approachId: 'individual-models',
    points: 30,
    applies: (c) => c.capacity === 1,
    reason: { fi: 'Kevein tapa: sopii pieniin resursseihin (resurssitaso 1).', sv: 'Det lättaste sättet: passar små resurser (resursnivå 1).', en: 'The lightest way: suits small resources (capacity 1).' },
    quote: 'Toimintamalli helposti käyttöön, pienten resurssien jakaminen, ei yhteistä koordinaatiota',
  },
  {
    id: 'individual-few-models',
    approachId: 'individual-models',
    points: 15,
    applies: (c) => c.chosenModelCount <= FEW_MODELS,
    reason: { fi: `Valittuja toimintamalleja on vähän (enintään ${FEW_MODELS}): yhteistä koordinaatiota ei tarvita.`, sv: `Få valda modeller (högst ${FEW_MODELS}): ingen gemensam koordinering behövs.`, en: `Few models chosen (at most ${FEW_MODELS}): no joint coordination is needed.` },
    quote: 'Valitaan toimintamallit ja ko. toimintamallien käyttäjät kunnan sisällä.',
  },
  {
    id: 'individual-many-models',
    approachId: 'individual-models',
    points: -15,
    applies: (c) => c.chosenModelCount >= MANY_MODELS,
    reason: { fi: `Valittuja toimintamalleja on paljon (${MANY_MODELS} tai enemmän): ilman yhteistä koordinaatiota kokonaisuus hajoaa.`, sv: `Många valda modeller (${MANY_MODELS} eller fler): utan gemensam koordinering splittras helheten.`, en: `Many models chosen (${MANY_MODELS} or more): without joint coordination the whole falls apart.` },
    quote: 'Ymmärrys toimintamallikokonaisuudesta esim. ympäristökeskuksessa.',
  },
  {
    id: 'integrated-existing-cooperation',
    approachId: 'integrated',
    points: 30,
    applies: (c) => c.facts.existingCooperation,
    reason: { fi: 'Teillä on olemassa olevaa yritysyhteistyötä, johon toimintamallit voi liittää.', sv: 'Ni har befintligt företagssamarbete som modellerna kan byggas in i.', en: 'You have existing business cooperation to build the models into.' },
    quote: 'Olemassa olevan toiminnan hyödyntäminen',
  },
  {
    id: 'integrated-nothing-to-build-on',
    approachId: 'integrated',
    points: -25,
    applies: (c) => !c.facts.existingCooperation,
    reason: { fi: 'Olemassa olevaa yritysyhteistyötä ei ole, joten integroitavaa ei juuri ole.', sv: 'Det finns inget befintligt företagssamarbete att bygga in modellerna i.', en: 'There is no existing business cooperation to integrate the models into.' },
    quote: 'Tunnistetaan kunnan yritysyhteistyömuodot ja/tai kunnan tavat toimia > mihin valitut toimintamallit integroituvat luontevaksi osaksi',
  },
  {
    id: 'open-brand-goals',
    approachId: 'open-network',
    points: 20,
    applies: (c) => weighsMoreThan(c.goalWeights, 0.4, D_AND_E),
    reason: { fi: 'Painotatte vuorovaikutusta (D) ja ilmastoimagoa (E): nimetty verkosto tuo näkyvyyttä.', sv: 'Ni viktar samverkan (D) och klimatimage (E): ett namngivet nätverk ger synlighet.', en: 'You weight interaction (D) and climate image (E): a named network brings visibility.' },
    quote: 'Nimetyn verkoston etuna mahdollisuus brändätä ja tehdä sitä tunnetuksi',
  },
  {
    id: 'open-many-models',
    approachId: 'open-network',
    points: 15,
    applies: (c) => c.chosenModelCount >= MANY_MODELS,
    reason: { fi: 'Useita toimintamalleja: verkoston koordinaattori ja toimintasuunnitelma kokoavat ne.', sv: 'Flera modeller: nätverkets koordinator och handlingsplan håller ihop dem.', en: 'Several models: the network’s coordinator and action plan hold them together.' },
    quote: 'Nimetään koordinaattori, valitaan toimintamallit, laaditaan toimintasuunnitelma.',
  },
  {
    id: 'open-capacity',
    approachId: 'open-network',
    points: 10,
    applies: (c) => c.capacity >= 2,
    reason: { fi: 'Resurssit riittävät verkoston ylläpitoon (taso 2 tai 3).', sv: 'Resurserna räcker för att driva ett nätverk (nivå 2 eller 3).', en: 'Your resources can run a network (capacity 2 or 3).' },
    quote: 'Vaatii resursseja verkoston tunnetuksi tekemiseen, ylläpitämiseen, tilaisuuksien järjestämiseen ja muiden valittujen toimintamallien toteuttamiseen.',
  },
  {
    id: 'open-too-heavy',
    approachId: 'open-network',
    points: -40,
    applies: (c) => c.capacity < 2,
    reason: { fi: 'Raskaampi kuin resurssitasonne kantaa: verkoston tunnetuksi tekeminen ja ylläpito vaativat resursseja.', sv: 'Tyngre än er resursnivå bär: att göra nätverket känt och driva det kräver resurser.', en: 'Heavier than your capacity carries: making the network known and running it takes resources.' },
    quote: 'Vaatii resursseja verkoston tunnetuksi tekemiseen, ylläpitämiseen, tilaisuuksien järjestämiseen ja muiden valittujen toimintamallien toteuttamiseen.',
  },
  {
    id: 'open-no-commitments',
    approachId: 'open-network',
    points: -10,
    applies: (c) => c.facts.wantsCommitments,
    reason: { fi: 'Haluatte sitoumuksia, mutta avoimeen verkostoon tullaan ilman sitoutumista.', sv: 'Ni vill ha åtaganden, men ett öppet nätverk kräver inga.', en: 'You want commitments, but an open network asks for none.' },
    quote: 'Kaikille avoin matalankynnyksen dynaaminen verkosto, jonka toimintaan yritykset voivat tulla mukaan ilman sitoutumista tai muita odotuksia.',
  },
  {
    id: 'commitment-wanted',
    approachId: 'commitment-network',
    points: 30,
    applies: (c) => c.facts.wantsCommitments || c.commitmentModelChosen,
    reason: { fi: 'Haluatte yritysten sitoutuvan (tai allekirjoitettu ilmastositoumus on käytössä tai suunnitteilla).', sv: 'Ni vill att företagen förbinder sig (eller undertecknade klimatåtaganden används eller planeras).', en: 'You want companies to commit (or signed climate commitments are in use or planned).' },
    quote: 'kunnan koordinoima verkosto, johon liitytään asettamalla ilmastotavoitteet/-sitoumukset.',
  },
  {
    id: 'commitment-not-wanted',
    approachId: 'commitment-network',
    points: -30,
    applies: (c) => !c.facts.wantsCommitments && !c.commitmentModelChosen,
    reason: { fi: 'Sitoumuksia ei tavoitella, vaikka ne ovat tämän verkoston liittymisehto.', sv: 'Ni strävar inte efter åtaganden, fast de är villkoret för att gå med.', en: 'You are not after commitments, yet they are this network’s joining condition.' },
    quote: 'kunnan koordinoima verkosto, johon liitytään asettamalla ilmastotavoitteet/-sitoumukset.',
  },
  {
    id: 'commitment-brand',
    approachId: 'commitment-network',
    points: 10,
    applies: (c) => weighsMoreThan(c.goalWeights, 0.2, E_ONLY),
    reason: { fi: 'Painotatte ilmastoimagoa (E): verkosto tuo brändiarvoa myös yrityksille.', sv: 'Ni viktar klimatimage (E): nätverket ger varumärkesvärde även åt företagen.', en: 'You weight climate image (E): the network lends brand value to companies too.' },
    quote: 'Ison kunnan/tärkeän alueen tarjoama brändiarvo yrityksille.',
  },
  {
    id: 'commitment-capacity',
    approachId: 'commitment-network',
    points: 10,
    applies: (c) => c.capacity >= 2,
    reason: { fi: 'Resurssit riittävät verkoston ylläpitoon ja sitoumusten seurantaan.', sv: 'Resurserna räcker för att driva nätverket och följa upp åtagandena.', en: 'Your resources can run the network and follow up commitments.' },
    quote: 'Verkoston ylläpito vaatii resursseja; mm. toimintasuunnitelma, tapaamiset, tapahtumien järjestäminen, työpajat, systemaattinen viestintä, vaikuttavuuden mittaaminen.',
  },
  {
    id: 'commitment-too-heavy',
    approachId: 'commitment-network',
    points: -40,
    applies: (c) => c.capacity < 2,
    reason: { fi: 'Raskaampi kuin resurssitasonne kantaa: ylläpito ja sitoumusten seuranta vaativat resursseja.', sv: 'Tyngre än er resursnivå bär: drift och uppföljning av åtaganden kräver resurser.', en: 'Heavier than your capacity carries: upkeep and following up commitments take resources.' },
    quote: 'Verkoston ylläpito vaatii resursseja; mm. toimintasuunnitelma, tapaamiset, tapahtumien järjestäminen, työpajat, systemaattinen viestintä, vaikuttavuuden mittaaminen.',
  },
  {
    id: 'frontrunner-base',
    approachId: 'frontrunner-network',
    points: 25,
    applies: (c) => c.facts.frontrunnerBase,
    reason: { fi: 'Alueella on edelläkävijäyrityksiä (cleantech, energia, ympäristöratkaisut).', sv: 'Regionen har föregångsföretag (cleantech, energi, miljölösningar).', en: 'Your region has frontrunner companies (cleantech, energy, environmental solutions).' },
    quote: 'Mukaan pääsee edelläkävijät, esim. cleantech-/energia-/ympäristöratkaisuja tarjoavat yritykset.',
  },
  {
    id: 'frontrunner-no-base',
    approachId: 'frontrunner-network',
    points: -30,
    applies: (c) => !c.facts.frontrunnerBase,
    reason: { fi: 'Alueella ei ole edelläkävijäyritysten joukkoa, jolle verkosto rakentuisi.', sv: 'Regionen saknar en grupp föregångsföretag att bygga nätverket på.', en: 'There is no frontrunner business base to build the network on.' },
    quote: 'Mukaan pääsee edelläkävijät, esim. cleantech-/energia-/ympäristöratkaisuja tarjoavat yritykset.',
  },
  {
    id: 'frontrunner-green-business',
    approachId: 'frontrunner-network',
    points: 10,
    applies: (c) => weighsMoreThan(c.goalWeights, 0.2, B_ONLY),
    reason: { fi: 'Painotatte vihreän liiketoiminnan edellytyksiä (B): verkosto on myös elinkeinopoliittinen työkalu.', sv: 'Ni viktar förutsättningarna för grön affärsverksamhet (B): nätverket är också ett näringspolitiskt verktyg.', en: 'You weight conditions for green business (B): the network is also a business-policy tool.' },
    quote: 'Toimii myös kunnan elinkeinopoliittisena työkaluna.',
  },
  {
    id: 'frontrunner-capacity',
    approachId: 'frontrunner-network',
    points: 20,
    applies: (c) => c.capacity === 3,
    reason: { fi: 'Resurssitasonne 3 kantaa raskaan koordinoinnin (esimerkissä n. 2 htv ja noin 6 muuta henkilöä).', sv: 'Er resursnivå 3 bär en tung koordinering (i exemplet ca 2 årsverken och ungefär 6 personer till).', en: 'Your capacity 3 can carry heavy coordination (the example: about 2 FTE plus about 6 more people).' },
    quote: 'Lappeenranta Greenreality Network 500-1 000 € / v, jäsenpalveluiden suora operointi n. 2 htv ja lisäksi mukana noin 6 henkilöä.',
  },
  {
    id: 'frontrunner-too-heavy',
    approachId: 'frontrunner-network',
    points: -40,
    applies: (c) => c.capacity < 3,
    reason: { fi: 'Raskaampi kuin resurssitasonne kantaa: koordinointi vaatii huomattavasti resursseja (n. 2 htv ja noin 6 muuta henkilöä).', sv: 'Tyngre än er resursnivå bär: koordineringen kräver betydande resurser (ca 2 årsverken och ungefär 6 personer till).', en: 'Heavier than your capacity carries: coordination takes considerable resources (about 2 FTE plus about 6 more people).' },
    quote: 'Vaatii huomattavasti resursseja koordinointiin; taloushallintoa, yhteiskehittämisen alusta, ohjausryhmä ym.',
  },
];
