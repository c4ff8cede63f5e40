// The demo's peer-learning visits (SYSTEM.md "The peer-learning visit", steps 2–3), for every host of
// the stored plan: the host writes its visit details, one team member sends the questions and writes
// the feedback report, the other releases it, and the host chooses the sharing of each report item
// (levels in turn, so the round has `team`, `summary` and `named` items). Texts are demo data.
import { DEFAULT_THEMES } from '../shared/catalog/themes';
import type { Lang } from '../shared/i18n/lang';
import type { SharingLevel } from '../shared/schemas/submissionSchema';

export type DemoCall = (method: string, route: string, token: string, body?: unknown, headers?: Record<string, string>) => Promise<never>;

interface Visit {
  hostId: string;
  slot: number;
  teamIds: string[];
}

/** Demo findings per default theme (in DEFAULT_THEMES order), so each item reads as its theme's. */
const STRENGTHS: Record<Lang, string[]> = {
  fi: ['Ilmastotyöllä on nimetty vastuuhenkilö ja johdon tuki.', 'Toimialat kokoontuvat säännöllisesti yhteiseen ilmastotyöryhmään.', 'Yritysyhteistyö on kirjattu elinvoimaohjelmaan.', 'Hankinnoissa käytetään ilmastokriteerejä.', 'Energiakatselmukset on tehty kaikkiin suuriin kiinteistöihin.', 'Kulutusta seurataan kuukausittain kiinteistöittäin.', 'Henkilöstölle järjestetään säännöllisesti ilmastokoulutusta.'],
  sv: ['Klimatarbetet har en utsedd ansvarsperson och ledningens stöd.', 'Sektorerna möts regelbundet i en gemensam klimatarbetsgrupp.', 'Företagssamarbetet ingår i livskraftsprogrammet.', 'Klimatkriterier används i upphandlingar.', 'Energikartläggningar har gjorts i alla stora fastigheter.', 'Förbrukningen följs upp månatligen per fastighet.', 'Personalen får regelbundet klimatutbildning.'],
  en: ['Climate work has a named lead and the management’s support.', 'Departments meet regularly in a shared climate working group.', 'Business cooperation is written into the vitality programme.', 'Procurements use climate criteria.', 'Energy audits have been done in all large buildings.', 'Consumption is monitored monthly per building.', 'Staff get climate training regularly.'],
};

const DEVELOPMENT: Record<Lang, string[]> = {
  fi: ['Kiinteistöjen energiatoimien vastuunjakoa ei ole kirjattu.', 'Toimialojen välinen yhteistyö kaipaa yhteisen foorumin.', 'Strategian ilmastotavoitteille puuttuvat mittarit.', 'Hankintojen ilmastovaikutuksia ei seurata.', 'Katselmusten suositusten toteutusta ei seurata.', 'Seurannan tulokset eivät päädy päätöksentekoon.', 'Viestintä yrityksille on hajanaista.'],
  sv: ['Ansvaret för fastigheternas energiåtgärder är inte nedskrivet.', 'Samarbetet mellan sektorerna behöver ett gemensamt forum.', 'Strategins klimatmål saknar mätare.', 'Upphandlingarnas klimatpåverkan följs inte upp.', 'Genomförandet av kartläggningarnas rekommendationer följs inte upp.', 'Uppföljningens resultat når inte beslutsfattandet.', 'Kommunikationen till företag är splittrad.'],
  en: ['Responsibility for the buildings’ energy measures is not written down.', 'Cooperation across departments needs a shared forum.', 'The strategy’s climate goals lack indicators.', 'The climate impact of procurements is not followed up.', 'Whether audit recommendations are carried out is not followed up.', 'Monitoring results do not reach decisions.', 'Communication to businesses is scattered.'],
};

const T = {
  fi: { role1: 'Kunnanjohtaja', role2: 'Elinvoimapäällikkö', material: 'Ilmasto-ohjelma ja yritysyhteistyön kuvaus.', question: 'Miten yritykset otetaan mukaan?', summary: 'Vahva perusta; seuraava askel on yhteinen foorumi yrityksille.', notes: 'Palautetilaisuudessa sovittiin kolmesta jatkotoimesta.' },
  sv: { role1: 'Kommundirektör', role2: 'Näringslivschef', material: 'Klimatprogrammet och en beskrivning av företagssamarbetet.', question: 'Hur engageras företagen?', summary: 'En stark grund; nästa steg är ett gemensamt forum för företag.', notes: 'På återkopplingsmötet kom man överens om tre fortsatta åtgärder.' },
  en: { role1: 'Municipal manager', role2: 'Head of business services', material: 'The climate programme and a description of business cooperation.', question: 'How are businesses brought in?', summary: 'A strong base; the next step is a shared forum for businesses.', notes: 'The feedback session agreed on three follow-up actions.' },
} as const satisfies Record<Lang, Record<string, string>>;

const LEVELS: readonly SharingLevel[] = ['summary', 'named', 'team'];

/** An ISO date `days` after `from` (YYYY-MM-DD). */
const addDays = (from: string, days: number) => new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Runs every visit of the plan through to a released report with its sharing set. */
export async function runVisits(call: DemoCall, roundId: string, visits: readonly Visit[], token: (id: string) => string, coordinatorKey: string, lang: Lang, today: string): Promise<void> {
  const t = T[lang];
  for (const [i, v] of visits.entries()) {
    const base = `rounds/${roundId}/visits/${v.hostId}`;
    const [first, second] = [v.teamIds[0]!, v.teamIds[1]!];
    const themes = [0, 1, 2].map((k) => DEFAULT_THEMES[(i + k * 2) % DEFAULT_THEMES.length]!.id);
    await call('PUT', base, token(v.hostId), { dates: [addDays(today, 21 + 7 * v.slot)], roles: [t.role1, t.role2], material: { texts: [t.material], links: [] } });
    await call('PUT', `${base}/questions`, token(first), { themes: themes.map((themeId) => ({ themeId, questions: [t.question] })), sent: true });
    const pick = (list: string[], themeId: string) => list[DEFAULT_THEMES.findIndex((d) => d.id === themeId)]!;
    await call('PUT', `${base}/report`, token(first), {
      themes: themes.map((themeId) => ({ themeId, strengths: [{ text: pick(STRENGTHS[lang], themeId) }], developmentAreas: [{ text: pick(DEVELOPMENT[lang], themeId) }] })),
      summary: t.summary,
      feedbackNotes: t.notes,
    });
    await call('POST', `${base}/report/release`, i % 2 === 0 ? token(second) : coordinatorKey);
    const released: { report: { themes: { strengths: { id: string }[]; developmentAreas: { id: string }[] }[] } } = await call('GET', `${base}/report`, token(v.hostId));
    const ids = released.report.themes.flatMap((th) => [...th.strengths, ...th.developmentAreas].map((x) => x.id));
    await call('PUT', `${base}/report/sharing`, token(v.hostId), { items: Object.fromEntries(ids.map((id, k) => [id, LEVELS[(i + k) % LEVELS.length]!])) });
  }
}
