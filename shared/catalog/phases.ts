/**
 * Phases of a peer-learning round, merged from two pilots.
 *
 * Sources: seed 001 (`shared/seeds/001_c422f3652db80ea5.txt`), "Vertaisoppimisen vaiheet" (municipal
 * pilot), and seed 000 (`shared/seeds/000_502bb9f01d6ca2d3.txt`), "Hankkeen aikataulu" (company
 * pilot). Seed 001 lists six phases, seed 000 four; seed 000 folds the written report into its visits
 * phase and has no review of the summary, so the order and split follow seed 001 while the
 * self-assessment and the host's background material come from seed 000. `seedTiming` is the pilot's
 * timing verbatim; names and descriptions are our own. Checked by tests/shared/catalog/approachesSeed.test.ts.
 */
import type { Phase } from './catalogTypes';

/**
 * The six phases of a round in order. `typicalWeeks` is derived from the pilot's timing
 * (a two-month span ≈ 8 weeks, "kesä" ≈ 4 weeks, a single closing event ≈ 2 weeks) and is used to
 * propose dates for a new round.
 */
export const ROUND_PHASES: readonly Phase[] = [
  {
    id: 'organise',
    name: {
      fi: 'Osallistujien organisointi',
      sv: 'Organisering av deltagarna',
      en: 'Organising the participants',
    },
    description: {
      fi: 'Haastatteluryhmät kootaan, ja jokainen osallistuja nimeää yhteyshenkilön, joka vastaa oman vierailunsa järjestelyistä.',
      sv: 'Intervjugrupperna sätts ihop och varje deltagare utser en kontaktperson som ansvarar för arrangemangen kring det egna besöket.',
      en: 'Interview teams are formed and each participant names a contact person who is responsible for arranging its own visit.',
    },
    seedTiming: 'loppuvuosi 2021',
    typicalWeeks: 8,
  },
  {
    id: 'prepare',
    name: {
      fi: 'Valmistelu ja itsearviointi',
      sv: 'Förberedelser och självutvärdering',
      en: 'Preparation and self-assessment',
    },
    description: {
      fi: 'Teemat tarkennetaan yhdessä, jokainen osallistuja arvioi itse oman työnsä ja vierailupäivät sovitaan. Vierailtava osallistuja lähettää taustamateriaalinsa ja itsearviointinsa haastatteluryhmälle, joka laatii niiden pohjalta kysymyksensä, ja yhteyshenkilö varaa tilat ja kutsuu haastateltavat.',
      sv: 'Teman preciseras tillsammans, varje deltagare gör en självutvärdering av sitt arbete och besöksdagarna bestäms. Den deltagare som besöks skickar bakgrundsmaterial och sin självutvärdering till intervjugruppen, som utifrån dem förbereder sina frågor, och kontaktpersonen bokar lokaler och bjuder in dem som ska intervjuas.',
      en: 'Themes are refined together, each participant assesses its own work and visit dates are agreed. The host sends its background material and self-assessment to the interview team, which prepares its questions from them, while the contact person books rooms and invites the interviewees.',
    },
    seedTiming: 'tammi-helmikuu 2022',
    typicalWeeks: 8,
  },
  {
    id: 'visits',
    name: {
      fi: 'Vertaisoppimisvierailut',
      sv: 'Kamratlärandebesök',
      en: 'Peer-learning visits',
    },
    description: {
      fi: 'Kukin osallistuja saa vuorollaan vierailun, jossa kahden muun osallistujan ryhmä haastattelee sen eri rooleissa toimivia henkilöitä; vierailu päättyy lyhyeen palautetilaisuuteen kaikille haastatelluille.',
      sv: 'Varje deltagare får i tur och ordning ett besök där en grupp från två andra deltagare intervjuar personer i olika roller; besöket avslutas med en kort återkopplingsträff för alla som intervjuats.',
      en: 'Each participant in turn is visited by a team from two other participants who interview people in different roles; the visit ends with a short feedback session for everyone interviewed.',
    },
    seedTiming: 'maalis-huhtikuu 2022',
    typicalWeeks: 8,
  },
  {
    id: 'report',
    name: {
      fi: 'Kirjallinen palauteraportti',
      sv: 'Skriftlig återkopplingsrapport',
      en: 'Written feedback report',
    },
    description: {
      fi: 'Havainnoista kootaan kullekin osallistujalle lyhyt kirjallinen raportti, joka nostaa esiin tunnistetut vahvuudet ja kehittämiskohteet.',
      sv: 'Iakttagelserna sammanställs till en kort skriftlig rapport för varje deltagare om de styrkor och utvecklingsområden som identifierats.',
      en: 'The observations are turned into a short written report for each participant on the strengths and areas for development that were identified.',
    },
    seedTiming: 'touko-kesäkuu 2022',
    typicalWeeks: 8,
  },
  {
    id: 'closing',
    name: {
      fi: 'Lopputilaisuus',
      sv: 'Avslutningsmöte',
      en: 'Closing event',
    },
    description: {
      fi: 'Osallistujien yhteyshenkilöt kokoontuvat yhteen, ja kierroksen opit ja oivallukset kootaan yhteen.',
      sv: 'Deltagarnas kontaktpersoner träffas och omgångens lärdomar och insikter sammanfattas.',
      en: "The participants' contact persons meet and the lessons and insights of the round are summed up.",
    },
    seedTiming: 'kesäkuu 2022',
    typicalWeeks: 2,
  },
  {
    id: 'review-summary',
    name: {
      fi: 'Tuloskoosteen kommentointi',
      sv: 'Kommentarer på resultatsammanställningen',
      en: 'Review of the results summary',
    },
    description: {
      fi: 'Osallistujat tarkistavat ja kommentoivat yhteistä tuloskoostetta omien tietojensa osalta ja päättävät itse, kuinka paljon niistä jaetaan muille.',
      sv: 'Deltagarna granskar och kommenterar den gemensamma resultatsammanställningen när det gäller de egna uppgifterna och bestämmer själva hur mycket av dem som delas med andra.',
      en: 'Participants check and comment on the joint results summary as far as their own data are concerned and decide for themselves how much of it is shared with others.',
    },
    seedTiming: 'kesä 2022',
    typicalWeeks: 4,
  },
];
