import { CATALOG_DATA as CATALOG } from '../catalog/catalogData';
import { GOAL_IDS, type GoalId } from '../catalog/catalogIds';
import type { Lang, Localized } from '../i18n/lang';
import { VALUE_LABELS } from '../i18n/valueLabels';
import type { CombinedSpread, ModelSummary, RoundSummary } from '../rounds/combineRound';
import type { InterviewPlan } from '../rounds/planInterviews';
import type { VisitEntry } from '../rounds/visitEntries';
import type { Round } from '../schemas/roundSchema';
import type { Submission } from '../schemas/submissionSchema';
import { RATING_CHOICES } from './choices';
import { HIGH_IMPACT_MARK } from './modelsLayout';
import { col, L, participantOrder, tableSheet, themeName, utcMinute } from './reportParts';
import { reportTextsSheet } from './reportTextsSheet';
import { teamFindingsBlocks } from './summaryFindings';
import { visitsSheet } from './visitsSheet';
import { stackBlocks, type ReportColumn, type ReportSheet, type ReportValue } from './reportSheet';

/** What the coordinator's sheets are made of: the round, every participant with its latest version, the combined summary. */
export interface CoordinatorData {
  round: Pick<Round, 'roundId' | 'name' | 'participantKind' | 'themes' | 'phases'>;
  participants: readonly ParticipantEntry[];
  /** combineRound(…, { audience: 'coordinator' }) of the latest submissions. */
  summary: RoundSummary;
  /** Null below three participants. */
  plan: InterviewPlan | null;
  /** The stored plan's visits in plan order with their status and latest report (absent until the plan is stored). */
  visits?: readonly VisitEntry[];
}

export interface ParticipantEntry {
  participantId: string;
  name: string;
  latest: { version: number; submittedAt: string; submission: Submission } | null;
}

/** The shared recommended-model sheet's data: GET /api/rounds/{roundId}/recommended-models. */
export interface SharedModelsData {
  participantCount: number;
  models: readonly ModelSummary[];
  mostRecommended: readonly { modelId: string; recommendedCount: number }[];
}

export const REPORT_TABLES = {
  round: 'IlmRoundInfo',
  phases: 'IlmRoundPhases',
  participants: 'IlmRoundParticipants',
  combined: 'IlmRoundCombined',
  themes: 'IlmSummaryThemes',
  texts: 'IlmSummaryTexts',
  models: 'IlmSummaryModels',
  shared: 'IlmSharedModels',
  sharedTop: 'IlmSharedTop',
  interviews: 'IlmInterviewPlan',
} as const;

const T = {
  round: L('Kierros', 'Omgång', 'Round'),
  participants: L('Osallistujat', 'Deltagare', 'Participants'),
  combined: L('Yhdistetty aineisto', 'Sammanställt material', 'Combined data'),
  summary: L('Yhteenveto', 'Sammanfattning', 'Summary'),
  shared: L('Kierroksen mallit', 'Omgångens modeller', 'Round models'),
  interviews: L('Haastattelut', 'Intervjuer', 'Interviews'),
};

const H = {
  field: L('Tieto', 'Uppgift', 'Item'),
  value: L('Arvo', 'Värde', 'Value'),
  roundName: L('Kierroksen nimi', 'Omgångens namn', 'Round name'),
  roundCode: L('Kierroksen tunnus', 'Omgångens kod', 'Round code'),
  kind: L('Osallistujat ovat', 'Deltagarna är', 'Participants are'),
  count: L('Osallistujia', 'Deltagare', 'Participants'),
  submitted: L('Lähettäneitä', 'Har skickat in', 'Submitted'),
  theme: L('Teema', 'Tema', 'Theme'),
  phase: L('Vaihe', 'Fas', 'Phase'),
  start: L('Alkaa', 'Börjar', 'Starts'),
  end: L('Päättyy', 'Slutar', 'Ends'),
  id: L('Tunnus', 'Kod', 'Id'),
  participant: L('Osallistuja', 'Deltagare', 'Participant'),
  status: L('Tila', 'Status', 'Status'),
  version: L('Versio', 'Version', 'Version'),
  time: L('Lähetetty (UTC)', 'Inskickad (UTC)', 'Submitted (UTC)'),
  missing: L('Puuttuu', 'Saknas', 'Missing'),
  itemType: L('Kohteen tyyppi', 'Typ av objekt', 'Item type'),
  itemId: L('Kohteen tunnus', 'Objektets kod', 'Item id'),
  item: L('Kohde', 'Objekt', 'Item'),
  modelStatus: L('Mallin tilanne', 'Modellens status', 'Model status'),
  own: L('Oma', 'Egen', 'Own'),
  rating: L('Kypsyystaso', 'Mognadsnivå', 'Maturity'),
  sharing: L('Jakamisen taso', 'Delningsnivå', 'Sharing level'),
  currentPractice: L('Nykykäytäntö', 'Nuvarande praxis', 'Current practice'),
  strengths: L('Vahvuudet', 'Styrkor', 'Strengths'),
  developmentAreas: L('Kehittämiskohteet', 'Utvecklingsområden', 'Development areas'),
  evidence: L('Näyttö', 'Belägg', 'Evidence'),
  rated: L('Arvioineita', 'Bedömare', 'Rated by'),
  note: L('Huomio', 'Anmärkning', 'Note'),
  textKind: L('Kenttä', 'Fält', 'Field'),
  text: L('Teksti', 'Text', 'Text'),
  named: L('Osallistuja (jos nimellä)', 'Deltagare (om med namn)', 'Participant (if named)'),
  model: L('Toimintamalli', 'Verksamhetsmodell', 'Operating model'),
  category: L('Kategoria', 'Kategori', 'Category'),
  inUse: VALUE_LABELS['in-use']!,
  planned: VALUE_LABELS.planned!,
  considering: VALUE_LABELS.considering!,
  notRelevant: VALUE_LABELS['not-relevant']!,
  unanswered: L('Ei vastausta', 'Inget svar', 'No answer'),
  inTopFive: L('Osallistujan viiden kärjessä', 'Bland deltagarens fem främsta', 'In a participant’s top five'),
  mean: L('ka', 'medel', 'mean'),
  median: L('md', 'median', 'median'),
  iqr: L('IQR', 'IQR', 'IQR'),
  n: L('n', 'n', 'n'),
  roundHigh: L('Suuri vaikuttavuus: kierros', 'Stor effekt: omgången', 'High impact: round'),
  catalogueHigh: L('Suuri vaikuttavuus: luettelo', 'Stor effekt: katalogen', 'High impact: catalogue'),
  differs: L('Eroaa luettelosta', 'Skiljer sig från katalogen', 'Differs from catalogue'),
  combinedImpact: L('Yhdistetty vaikuttavuus', 'Sammanlagd effekt', 'Combined impact'),
  order: L('Järjestys', 'Ordning', 'Order'),
  slot: L('Jakso', 'Period', 'Period'),
  host: L('Vierailtava', 'Värd', 'Host'),
  team1: L('Haastattelija 1', 'Intervjuare 1', 'Interviewer 1'),
  team2: L('Haastattelija 2', 'Intervjuare 2', 'Interviewer 2'),
  participantsWith: L('Osallistujia, joiden viiden kärjessä malli on', 'Deltagare med modellen bland sina fem främsta', 'Participants with it in their top five'),
};

const TEXT = {
  kinds: { municipalities: L('Kuntia', 'Kommuner', 'Municipalities'), companies: L('Yrityksiä', 'Företag', 'Companies'), mixed: L('Kuntia ja yrityksiä', 'Kommuner och företag', 'Municipalities and companies') },
  submittedYes: L('Lähetetty', 'Inskickad', 'Submitted'),
  submittedNo: L('Ei vielä lähetetty', 'Inte inskickad ännu', 'Not submitted yet'),
  participantsNote: L(
    'Osallistujat ovat aakkosjärjestyksessä. Taulukko kertoo vain, mitä on lähetetty; se ei vertaa osallistujia keskenään.',
    'Deltagarna står i alfabetisk ordning. Tabellen visar bara vad som skickats in; den jämför inte deltagarna med varandra.',
    'Participants are listed alphabetically. The table shows only what has been submitted; it does not compare participants.',
  ),
  combinedNote: L(
    'Koordinaattorin aineisto: yksi rivi osallistujaa ja kohdetta kohden (suodatettava, valmis pivot-taulukolle). Sisältää myös vain haastatteluryhmälle jaetut tekstit – älä jaa tätä välilehteä eteenpäin.',
    'Koordinatorns material: en rad per deltagare och objekt (filtrerbar, klar för en pivottabell). Innehåller också texter som delats endast med intervjugruppen – dela inte fliken vidare.',
    'Coordinator’s data: one row per participant and item (filterable, ready for a PivotTable). It also holds texts shared with the interview team only – do not pass this sheet on.',
  ),
  summaryNote: L(
    'Yhteenveto ei järjestä eikä pisteytä osallistujia. Jakauma näytetään vain, kun vähintään 3 osallistujaa arvioi teeman; tekstit näkyvät vain, jos kirjoittaja jakoi ne yhteenvetoon, ja nimi vain, jos hän jakoi sen nimellä. Koordinaattorin näkymä: jakaumissa ja luvuissa ovat mukana myös vain haastatteluryhmälle jaetut arviot, ja luku voi perustua yhteen arvioon (n). Jaettavaksi sopii Kierroksen mallit -välilehti.',
    'Sammanfattningen rangordnar eller poängsätter inte deltagarna. En fördelning visas bara när minst 3 deltagare bedömt temat; texter visas bara om skribenten delat dem i sammanfattningen, och namnet bara om hen delat med namn. Koordinatorns vy: fördelningar och tal omfattar också bedömningar som delats endast med intervjugruppen, och ett tal kan bygga på en enda bedömning (n). För delning passar fliken Omgångens modeller.',
    'The summary neither ranks nor scores participants. A distribution is shown only where at least 3 participants rated the theme; texts appear only if their author shared them to the summary, and a name only if shared with the name. Coordinator’s view: distributions and figures also count ratings shared with the interview team only, and a figure may rest on a single score (n). To share, use the Round models sheet.',
  ),
  themesHeading: L('Teemat: kypsyystasojen jakauma', 'Teman: fördelning av mognadsnivåer', 'Themes: distribution of maturity ratings'),
  textsHeading: L('Jaetut havainnot', 'Delade iakttagelser', 'Shared observations'),
  modelsHeading: L('Toimintamallit: käyttö ja yhdistetty vaikuttavuus', 'Verksamhetsmodeller: användning och sammanlagd effekt', 'Operating models: use and combined impact'),
  fewRaters: L('Alle 3 arvioijaa: jakaumaa ei näytetä', 'Färre än 3 bedömare: ingen fördelning visas', 'Fewer than 3 raters: no distribution shown'),
  themeChart: L('Kypsyystasojen jakauma teemoittain', 'Mognadsnivåer per tema', 'Maturity ratings per theme'),
  adoptionChart: L('Toimintamallien käyttöönotto', 'Verksamhetsmodellernas användning', 'Adoption of the operating models'),
  impactNote: L(
    `Yhdistetty vaikuttavuus on osallistujien omien arvioiden (1–5) keskiarvo; vähintään 3,3 = suuri vaikuttavuus, kuten kansallisessa arvioinnissa. ${HIGH_IMPACT_MARK} = suuri vaikuttavuus.`,
    `Sammanlagd effekt är medelvärdet av deltagarnas egna bedömningar (1–5); minst 3,3 = stor effekt, som i den nationella bedömningen. ${HIGH_IMPACT_MARK} = stor effekt.`,
    `Combined impact is the mean of participants’ own scores (1–5); 3.3 or more = high impact, as in the national assessment. ${HIGH_IMPACT_MARK} = high impact.`,
  ),
  sharedNote: L(
    'Kierroksen yhteinen näkymä. Luku näkyy vain, kun vähintään 3 osallistujaa arvioi mallin vaikuttavuuden kyseiseen tavoitteeseen. Osallistujien nimiä tai tekstejä ei ole mukana.',
    'Omgångens gemensamma vy. Ett tal visas bara när minst 3 deltagare bedömt modellens effekt på målet. Deltagarnas namn eller texter ingår inte.',
    'The round’s shared view. A figure is shown only where at least 3 participants scored the model’s impact on that goal. No participant names or texts are included.',
  ),
  sharedTopHeading: L('Useimmin suositellut mallit', 'Oftast rekommenderade modeller', 'Most often recommended models'),
  sharedTableHeading: L('Yhdistetty vaikuttavuus ja ero kansalliseen luetteloon', 'Sammanlagd effekt och skillnad mot den nationella katalogen', 'Combined impact and difference from the national catalogue'),
  roundHigher: L('kierroksella suuri, luettelossa ei', 'stor i omgången, inte i katalogen', 'high in the round, not in the catalogue'),
  catalogueHigher: L('luettelossa suuri, kierroksella ei', 'stor i katalogen, inte i omgången', 'high in the catalogue, not in the round'),
  interviewsNote: L(
    'Jokaista osallistujaa haastattelee kahden muun osallistujan ryhmä, ja jokainen istuu kahdessa ryhmässä. Saman jakson vierailuilla ei ole yhteisiä osallistujia, joten ne voidaan pitää samaan aikaan.',
    'Varje deltagare intervjuas av en grupp från två andra deltagare, och varje deltagare sitter i två grupper. Besöken i samma period har inga deltagare gemensamt och kan hållas samtidigt.',
    'Each participant is interviewed by a team from two other participants, and each sits on two teams. Visits in the same period share no participant, so they can run at the same time.',
  ),
  interviewsTooFew: L('Haastattelusuunnitelma tarvitsee vähintään 3 osallistujaa.', 'Intervjuplanen behöver minst 3 deltagare.', 'The interview plan needs at least 3 participants.'),
  modelItem: L('Toimintamalli', 'Verksamhetsmodell', 'Operating model'),
  themeItem: L('Teema', 'Tema', 'Theme'),
  noSubmission: L('koko lomake', 'hela formuläret', 'the whole form'),
  modelsWithoutStatus: L('mallia ilman tilannetta', 'modeller utan status', 'models without a status'),
  themesWithoutRating: L('teemaa ilman arviota', 'teman utan bedömning', 'themes without a rating'),
  nothingMissing: L('–', '–', '–'),
};

const modelName = (id: string, lang: Lang) => CATALOG.models.find((m) => m.id === id)?.name[lang] ?? id;
const categoryOf = (id: string, lang: Lang) => {
  const m = CATALOG.models.find((x) => x.id === id);
  return CATALOG.categories.find((c) => c.id === m?.categoryId)?.name[lang] ?? '';
};
const label = (value: string | undefined, lang: Lang) => (value ? (VALUE_LABELS[value]?.[lang] ?? value) : '');
const ratingLabel = (r: number | undefined, lang: Lang) => (r === undefined ? '' : (RATING_CHOICES.find((c) => c.value === r)?.label[lang] ?? String(r)));
const round2 = (v: number | null | undefined): ReportValue => (v === null || v === undefined ? null : Math.round(v * 100) / 100);

/**
 * The stable id of a summary row (for lookups and PivotTables), last and visible: hiding works on
 * whole sheet columns, so a hidden id would hide a column of every other table on the sheet.
 */
const idColumn = (lang: Lang): ReportColumn => ({ key: 'id', header: H.id[lang], width: 16, format: 'text' });

/** A header naming a goal: "A ka" (goal first) or "Oma A" (label first). */
const goalLabel = (label: Localized, g: GoalId, order: 'goalFirst' | 'before' = 'goalFirst'): Localized => {
  const one = (text: string) => (order === 'before' ? `${text} ${g}` : `${g} ${text}`);
  return { fi: one(label.fi), sv: one(label.sv), en: one(label.en) };
};

/** What a participant's latest version leaves open, in words ("the whole form" when nothing was sent). */
function missingText(entry: ParticipantEntry, themeIds: readonly string[], lang: Lang): string {
  const s = entry.latest?.submission;
  if (!s) return TEXT.noSubmission[lang];
  const byModel = new Map(s.models.map((m) => [m.modelId, m]));
  const noStatus = CATALOG.models.filter((m) => !byModel.get(m.id)?.status).length;
  const byTheme = new Map(s.selfAssessment.map((i) => [i.themeId, i]));
  const unrated = themeIds.filter((t) => byTheme.get(t)?.rating === undefined).length;
  const parts = [
    ...(noStatus > 0 ? [`${noStatus} ${TEXT.modelsWithoutStatus[lang]}`] : []),
    ...(unrated > 0 ? [`${unrated} ${TEXT.themesWithoutRating[lang]}`] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : TEXT.nothingMissing[lang];
}

function roundSheet(d: CoordinatorData, lang: Lang): ReportSheet {
  const submitted = d.participants.filter((p) => p.latest).length;
  const phaseName = (id: string) => CATALOG.phases.find((p) => p.id === id)?.name[lang] ?? id;
  return {
    key: 'round',
    title: T.round[lang],
    anchorTable: REPORT_TABLES.round,
    blocks: stackBlocks([
      { kind: 'line', style: 'title', text: d.round.name, userText: true },
      {
        kind: 'table',
        name: REPORT_TABLES.round,
        // The round's and own themes' names are the coordinator's words: text, like participant texts.
        columns: [col('field', H.field, lang, 28), col('value', H.value, lang, 48, { wrap: true, userText: true })],
        rows: [
          [H.roundName[lang], d.round.name],
          [H.roundCode[lang], d.round.roundId],
          [H.kind[lang], TEXT.kinds[d.round.participantKind][lang]],
          [H.count[lang], d.participants.length],
          [H.submitted[lang], submitted],
          ...d.round.themes.map((t, i): ReportValue[] => [`${H.theme[lang]} ${i + 1}`, themeName(t.id, d.round, lang)]),
        ],
      },
      {
        kind: 'table',
        name: REPORT_TABLES.phases,
        columns: [col('phase', H.phase, lang, 28), col('start', H.start, lang, 14, { format: 'text' }), col('end', H.end, lang, 14, { format: 'text' })],
        rows: d.round.phases.map((p) => [phaseName(p.phaseId), p.start, p.end]),
      },
    ]),
  };
}

function participantsSheet(d: CoordinatorData, lang: Lang): ReportSheet {
  const themeIds = d.round.themes.map((t) => t.id);
  return tableSheet('participants', T.participants[lang], TEXT.participantsNote[lang], {
    name: REPORT_TABLES.participants,
    columns: [
      col('participantId', H.id, lang, 20, { format: 'text' }),
      col('name', H.participant, lang, 32, { userText: true }),
      col('status', H.status, lang, 20),
      col('version', H.version, lang, 9, { format: 'integer' }),
      col('submittedAt', H.time, lang, 18, { format: 'text' }),
      col('missing', H.missing, lang, 48, { wrap: true }),
    ],
    rows: participantOrder(d.participants).map((p) => [
      p.participantId,
      p.name,
      (p.latest ? TEXT.submittedYes : TEXT.submittedNo)[lang],
      p.latest?.version ?? null,
      p.latest ? utcMinute(p.latest.submittedAt) : null,
      missingText(p, themeIds, lang),
    ]),
  });
}

/** The tidy table: one row per participant × item (35 models, then the round's themes). Notes never leave the participant. */
function combinedSheet(d: CoordinatorData, lang: Lang): ReportSheet {
  const rows: ReportValue[][] = [];
  for (const p of participantOrder(d.participants)) {
    const s = p.latest?.submission;
    if (!s) continue;
    const byModel = new Map(s.models.map((m) => [m.modelId, m]));
    for (const m of CATALOG.models) {
      const a = byModel.get(m.id);
      rows.push([p.participantId, p.name, TEXT.modelItem[lang], m.id, m.name[lang], label(a?.status, lang), ...GOAL_IDS.map((g) => a?.impact?.[g] ?? null), null, '', '', '', '', '', '']);
    }
    const byTheme = new Map(s.selfAssessment.map((i) => [i.themeId, i]));
    for (const t of d.round.themes) {
      const i = byTheme.get(t.id);
      rows.push([
        p.participantId, p.name, TEXT.themeItem[lang], t.id, themeName(t.id, d.round, lang), '', ...GOAL_IDS.map(() => null),
        i?.rating ?? null, ratingLabel(i?.rating, lang), label(i?.sharing ?? 'team', lang),
        i?.currentPractice ?? '', i?.strengths ?? '', i?.developmentAreas ?? '', i?.evidence ?? '',
      ]);
    }
  }
  const text = (key: keyof typeof H) => col(key, H[key], lang, 40, { userText: true, wrap: true });
  return tableSheet('combined', T.combined[lang], TEXT.combinedNote[lang], {
    name: REPORT_TABLES.combined,
    columns: [
      col('participantId', H.id, lang, 18, { format: 'text' }),
      col('participant', H.participant, lang, 26, { userText: true }),
      col('itemType', H.itemType, lang, 16),
      col('itemId', H.itemId, lang, 16, { format: 'text' }),
      col('item', H.item, lang, 40, { userText: true }),
      col('status', H.modelStatus, lang, 14),
      ...GOAL_IDS.map((g) => col(`own${g}`, goalLabel(H.own, g, 'before'), lang, 7, { format: 'integer' })),
      col('rating', L('Taso 1–5', 'Nivå 1–5', 'Level 1–5'), lang, 8, { format: 'integer' }),
      col('ratingLabel', H.rating, lang, 20),
      col('sharing', H.sharing, lang, 22),
      text('currentPractice'),
      text('strengths'),
      text('developmentAreas'),
      text('evidence'),
    ],
    rows,
  });
}

const goalCols = (lang: Lang, what: 'mean' | 'median' | 'iqr' | 'n', g: GoalId): ReportColumn =>
  col(`${what}${g}`, goalLabel(H[what], g), lang, 7, { format: what === 'n' ? 'integer' : 'decimal' });

const goalsText = (goals: readonly GoalId[]) => goals.join(', ');

function summarySheet(d: CoordinatorData, lang: Lang): ReportSheet {
  const s = d.summary;
  const ratingHeaders = RATING_CHOICES.map((c) => col(`rating${c.value}`, c.label, lang, 12, { format: 'integer' }));
  const textRows: ReportValue[][] = s.themes.flatMap((t) =>
    (['strengths', 'developmentAreas', 'currentPractice'] as const).flatMap((field) =>
      t[field].map((x): ReportValue[] => [themeName(t.themeId, d.round, lang), H[field][lang], x.text, x.participantName ?? '']),
    ),
  );
  const spreadOf = (m: ModelSummary, g: GoalId): CombinedSpread | null => m.impact[g];
  return {
    key: 'summary',
    title: T.summary[lang],
    anchorTable: REPORT_TABLES.themes,
    blocks: stackBlocks([
      { kind: 'line', style: 'title', text: `${T.summary[lang]}: ${d.round.name}`, userText: true },
      { kind: 'line', style: 'note', text: TEXT.summaryNote[lang] },
      { kind: 'line', style: 'heading', text: TEXT.themesHeading[lang] },
      {
        kind: 'table',
        name: REPORT_TABLES.themes,
        columns: [col('theme', H.theme, lang, 36, { wrap: true, userText: true }), ...ratingHeaders, col('rated', H.rated, lang, 10, { format: 'integer' }), col('note', H.note, lang, 36, { wrap: true }), idColumn(lang)],
        rows: s.themes.map((t) => [themeName(t.themeId, d.round, lang), ...(t.distribution ?? [null, null, null, null, null]), t.ratedCount, t.distribution ? '' : TEXT.fewRaters[lang], t.themeId]),
      },
      { kind: 'chart', name: 'IlmChartThemes', type: 'barStacked', title: TEXT.themeChart[lang], table: REPORT_TABLES.themes, columnKeys: ['theme', ...RATING_CHOICES.map((c) => `rating${c.value}`)], rows: 16, cols: 8 },
      { kind: 'line', style: 'heading', text: TEXT.textsHeading[lang] },
      {
        kind: 'table',
        name: REPORT_TABLES.texts,
        columns: [col('theme', H.theme, lang, 30, { wrap: true, userText: true }), col('about', H.textKind, lang, 18), col('text', H.text, lang, 70, { userText: true, wrap: true }), col('participant', H.named, lang, 26, { userText: true })],
        rows: textRows,
      },
      ...(d.visits ? teamFindingsBlocks(d.summary, d.round, lang) : []),
      { kind: 'line', style: 'heading', text: TEXT.modelsHeading[lang] },
      { kind: 'line', style: 'note', text: TEXT.impactNote[lang] },
      {
        kind: 'table',
        name: REPORT_TABLES.models,
        columns: [
          col('model', H.model, lang, 44, { wrap: true }),
          col('inUse', H.inUse, lang, 9, { format: 'integer' }),
          col('planned', H.planned, lang, 9, { format: 'integer' }),
          col('considering', H.considering, lang, 9, { format: 'integer' }),
          col('notRelevant', H.notRelevant, lang, 9, { format: 'integer' }),
          col('unanswered', H.unanswered, lang, 9, { format: 'integer' }),
          col('inTopFive', H.inTopFive, lang, 12, { format: 'integer' }),
          ...GOAL_IDS.flatMap((g) => (['n', 'mean', 'median', 'iqr'] as const).map((w) => goalCols(lang, w, g))),
          col('roundHigh', H.roundHigh, lang, 14),
          col('catalogueHigh', H.catalogueHigh, lang, 14),
          col('differs', H.differs, lang, 14),
          idColumn(lang),
        ],
        rows: s.models.map((m) => {
          const c = m.statusCounts;
          return [
            modelName(m.modelId, lang),
            c?.inUse ?? null, c?.planned ?? null, c?.considering ?? null, c?.notRelevant ?? null, c?.unanswered ?? null, m.recommendedCount,
            ...GOAL_IDS.flatMap((g) => {
              const x = spreadOf(m, g);
              return [x?.n ?? 0, round2(x?.mean), round2(x?.median), round2(x?.iqr)];
            }),
            goalsText(m.highImpactGoals), goalsText(m.catalogueHighImpactGoals), goalsText(m.differsFromCatalogueOn),
            m.modelId,
          ];
        }),
      },
      { kind: 'chart', name: 'IlmChartAdoption', type: 'barStacked', title: TEXT.adoptionChart[lang], table: REPORT_TABLES.models, columnKeys: ['model', 'inUse', 'planned'], rows: 34, cols: 8 },
    ]),
  };
}

/** The interview plan (written in coordinator mode as soon as participants exist, and with every pull). */
export function interviewsSheet(d: { participants: readonly { participantId: string; name: string }[]; plan: InterviewPlan | null }, lang: Lang): ReportSheet {
  const names = new Map(d.participants.map((p) => [p.participantId, p.name]));
  const name = (id: string) => names.get(id) ?? id;
  return tableSheet('interviews', T.interviews[lang], (d.plan ? TEXT.interviewsNote : TEXT.interviewsTooFew)[lang], {
    name: REPORT_TABLES.interviews,
    columns: [
      col('order', H.order, lang, 10, { format: 'integer' }),
      col('slot', H.slot, lang, 8, { format: 'integer' }),
      col('host', H.host, lang, 30, { userText: true }),
      col('team1', H.team1, lang, 30, { userText: true }),
      col('team2', H.team2, lang, 30, { userText: true }),
    ],
    rows: (d.plan?.visits ?? []).map((v) => [v.order, v.slot, name(v.hostId), name(v.teamIds[0]), name(v.teamIds[1])]),
  });
}

/**
 * The coordinator's sheets for a pull (and the coordinator workbook file): round, participants,
 * combined data, summary with charts, interview plan; once the plan is stored, the visits and the
 * reports' texts (coordinator only). Participants appear in name order only; no
 * sheet carries a per-participant total or sorts by anything a participant submitted.
 */
export function coordinatorSheets(d: CoordinatorData, lang: Lang): ReportSheet[] {
  const visits = d.visits ? [visitsSheet({ ...d, visits: d.visits }, lang), reportTextsSheet({ ...d, visits: d.visits }, lang)] : [];
  return [roundSheet(d, lang), participantsSheet(d, lang), summarySheet(d, lang), combinedSheet(d, lang), interviewsSheet(d, lang), ...visits];
}

/** How the round's verdict on a goal differs from the national catalogue's, in words. */
function differenceText(m: ModelSummary, lang: Lang): string {
  return m.differsFromCatalogueOn
    .map((g) => `${g}: ${(m.highImpactGoals.includes(g) ? TEXT.roundHigher : TEXT.catalogueHigher)[lang]}`)
    .join('; ');
}

/**
 * The shared recommended-model sheet any member may insert: the round's combined impact per model
 * and goal (members' view), ● where the round finds high impact, the catalogue's marks beside, the
 * differences spelt out, and the models most often in participants' own top five. No names, no texts.
 */
export function sharedModelsSheet(d: SharedModelsData, roundName: string, lang: Lang): ReportSheet {
  const mark = (m: ModelSummary, g: GoalId) => (m.highImpactGoals.includes(g) ? HIGH_IMPACT_MARK : '');
  return {
    key: 'shared',
    title: T.shared[lang],
    anchorTable: REPORT_TABLES.shared,
    blocks: stackBlocks([
      { kind: 'line', style: 'title', text: `${T.shared[lang]}: ${roundName}`, userText: true },
      { kind: 'line', style: 'note', text: `${TEXT.sharedNote[lang]} ${TEXT.impactNote[lang]}` },
      { kind: 'line', style: 'heading', text: TEXT.sharedTopHeading[lang] },
      {
        kind: 'table',
        name: REPORT_TABLES.sharedTop,
        columns: [col('model', H.model, lang, 44, { wrap: true }), col('count', H.participantsWith, lang, 16, { format: 'integer' })],
        rows: d.mostRecommended.map((r) => [modelName(r.modelId, lang), r.recommendedCount]),
      },
      { kind: 'line', style: 'heading', text: TEXT.sharedTableHeading[lang] },
      {
        kind: 'table',
        name: REPORT_TABLES.shared,
        columns: [
          col('category', H.category, lang, 22, { wrap: true }),
          col('model', H.model, lang, 44, { wrap: true }),
          ...GOAL_IDS.map((g) => col(`mean${g}`, goalLabel(H.mean, g), lang, 8, { format: 'decimal' })),
          ...GOAL_IDS.map((g) => col(`high${g}`, goalLabel(L(HIGH_IMPACT_MARK, HIGH_IMPACT_MARK, HIGH_IMPACT_MARK), g), lang, 5)),
          col('catalogueHigh', H.catalogueHigh, lang, 14),
          col('differs', H.differs, lang, 40, { wrap: true }),
          idColumn(lang),
        ],
        rows: d.models.map((m) => [
          categoryOf(m.modelId, lang), modelName(m.modelId, lang),
          ...GOAL_IDS.map((g) => round2(m.impact[g]?.mean)),
          ...GOAL_IDS.map((g) => mark(m, g)),
          goalsText(m.catalogueHighImpactGoals),
          differenceText(m, lang),
          m.modelId,
        ]),
      },
    ]),
  };
}

