import { CATALOG_DATA as CATALOG } from '../catalog/catalogData';
import { helsinkiTime } from '../i18n/formatTime';
import type { Lang } from '../i18n/lang';
import type { ResultsSnapshot } from '../schemas/resultsSnapshotSchema';
import { RATING_CHOICES } from './choices';
import { L } from './reportParts';

const T = {
  title: L('Vertaisoppimiskierroksen tulokset', 'Resultat av kamratlärandeomgången', 'Results of the peer-learning round'),
  finalised: L('Lopullinen yhteenveto, versio', 'Slutlig sammanfattning, version', 'Final summary, version'),
  at: L('lukittu', 'låst', 'finalised'),
  participants: L('Osallistujat aakkosjärjestyksessä', 'Deltagarna i alfabetisk ordning', 'Participants in alphabetical order'),
  answered: L('Vastauksensa palauttaneita', 'Lämnade in sina svar', 'Returned their answers'),
  noRanking: L(
    'Tämä yhteenveto ei pisteytä eikä aseta osallistujia järjestykseen. Tasojakauma näytetään vain, jos vähintään kolme osallistujaa arvioi teeman. Tekstit näkyvät vain, jos niiden kirjoittaja jakoi ne yhteenvetoon, ja nimi vain, jos se jaettiin nimellä.',
    'Den här sammanfattningen varken poängsätter eller rangordnar deltagarna. En fördelning visas bara om minst tre deltagare bedömde temat. Texter syns bara om skribenten delade dem till sammanfattningen, och ett namn bara om de delades med namn.',
    'This summary neither scores nor ranks the participants. A distribution is shown only where at least three participants rated the theme. Texts appear only where their author shared them to the summary, and a name only where shared with the name.',
  ),
  themes: L('Teemat', 'Teman', 'Themes'),
  level: L('Taso', 'Nivå', 'Level'),
  count: L('Osallistujia', 'Deltagare', 'Participants'),
  fewRaters: L('Alle kolme arviota: jakaumaa ei näytetä.', 'Färre än tre bedömningar: fördelningen visas inte.', 'Fewer than three ratings: no distribution shown.'),
  kind: L('Mistä', 'Vad', 'About'),
  text: L('Teksti', 'Text', 'Text'),
  name: L('Nimi (jos jaettu nimellä)', 'Namn (om delat med namn)', 'Name (if shared with the name)'),
  currentPractice: L('Nykykäytäntö', 'Nuvarande praxis', 'Current practice'),
  strengths: L('Vahvuus', 'Styrka', 'Strength'),
  developmentAreas: L('Kehittämiskohde', 'Utvecklingsområde', 'Development area'),
  teamStrengths: L('Vahvuus (haastatteluryhmä)', 'Styrka (intervjugruppen)', 'Strength (interview team)'),
  teamDevelopmentAreas: L('Kehittämiskohde (haastatteluryhmä)', 'Utvecklingsområde (intervjugruppen)', 'Development area (interview team)'),
  noTexts: L('Ei jaettuja tekstejä.', 'Inga delade texter.', 'No shared texts.'),
  models: L('Toimintamallien yhdistetty vaikuttavuus', 'Verksamhetsmodellernas sammanställda effekt', 'Combined impact of the operating models'),
  modelsNote: L('Suuri vaikuttavuus: keskiarvo vähintään 3,3 (n = arvioijia).', 'Stor effekt: medelvärde minst 3,3 (n = bedömare).', 'High impact: mean at least 3.3 (n = raters).'),
  model: L('Toimintamalli', 'Verksamhetsmodell', 'Operating model'),
  high: L('Suuri vaikuttavuus tavoitteisiin', 'Stor effekt på målen', 'High impact on goals'),
  inUse: L('Käytössä', 'I bruk', 'In use'),
  planned: L('Suunnitteilla', 'Planerad', 'Planned'),
};

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const cell = (v: string | number | null) => `<td>${v === null ? '–' : esc(String(v))}</td>`;

function themeSection(s: ResultsSnapshot, t: ResultsSnapshot['summary']['themes'][number], lang: Lang): string {
  const name = s.round.themes.find((x) => x.themeId === t.themeId)?.name[lang] ?? t.themeId;
  const dist = t.distribution
    ? `<table><caption>${esc(T.level[lang])}</caption><thead><tr><th scope="col">${esc(T.level[lang])}</th><th scope="col">${esc(T.count[lang])}</th></tr></thead><tbody>${RATING_CHOICES.map((c, i) => `<tr><th scope="row">${esc(c.label[lang])}</th>${cell(t.distribution![i]!)}</tr>`).join('')}</tbody></table>`
    : `<p>${esc(T.fewRaters[lang])}</p>`;
  const rows = (['strengths', 'developmentAreas', 'currentPractice'] as const).flatMap((f) => t[f].map((x) => [T[f][lang], x.text, x.participantName ?? null] as const));
  const team = (['teamStrengths', 'teamDevelopmentAreas'] as const).flatMap((f) => t[f].map((x) => [T[f][lang], x.text, x.hostName ?? null] as const));
  const all = [...rows, ...team];
  const texts = all.length
    ? `<table class="texts"><thead><tr><th scope="col">${esc(T.kind[lang])}</th><th scope="col">${esc(T.text[lang])}</th><th scope="col">${esc(T.name[lang])}</th></tr></thead><tbody>${all.map(([k, x, n]) => `<tr>${cell(k)}${cell(x)}${cell(n)}</tr>`).join('')}</tbody></table>`
    : `<p>${esc(T.noTexts[lang])}</p>`;
  return `<section><h3>${esc(name)}</h3>${dist}${texts}</section>`;
}

function modelsSection(s: ResultsSnapshot, lang: Lang): string {
  const rows = s.summary.models.map((m) => {
    const name = CATALOG.models.find((x) => x.id === m.modelId)?.name[lang] ?? m.modelId;
    return `<tr><th scope="row">${esc(name)}</th>${cell(m.highImpactGoals.join(', ') || null)}${cell(m.statusCounts?.inUse ?? null)}${cell(m.statusCounts?.planned ?? null)}</tr>`;
  });
  return `<section><h2>${esc(T.models[lang])}</h2><p>${esc(T.modelsNote[lang])}</p><table class="models"><thead><tr><th scope="col">${esc(T.model[lang])}</th><th scope="col">${esc(T.high[lang])}</th><th scope="col">${esc(T.inUse[lang])}</th><th scope="col">${esc(T.planned[lang])}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** Who took part, by name (alphabetical, in a paragraph of its own: no text of the summary beside a name), and how many returned their answers. */
function participantsLine(s: ResultsSnapshot, lang: Lang): string {
  const names = s.round.participants;
  return `<p>${esc(T.participants[lang])} (${names.length}): ${esc(names.join(', '))}. ${esc(T.answered[lang])}: ${s.summary.participantCount}.</p>`;
}

/**
 * Tables take the page's width, and long Finnish words break (hyphenated where the browser can), so the
 * page fits a phone without sideways scrolling. The columns that hold names and texts get the room
 * (a model's name, a text), the counts what is left; headings are smaller on a phone.
 */
const STYLE = 'body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5;color:#111;background:#fff;overflow-wrap:break-word;hyphens:auto}h1{font-size:1.6rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;table-layout:fixed}th,td{border:1px solid #666;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere;hyphens:auto}caption{text-align:left;font-weight:bold}.models th:first-child{width:40%}.texts th:nth-child(2){width:55%}@media (max-width:30rem){h1{font-size:1.3rem}h2{font-size:1.2rem}}@media print{section{break-inside:avoid-page}}';

/**
 * The public results page: plain HTML, no scripts, styles inline (the CSP allows only those), every
 * text someone wrote escaped. It says which round, who took part, when it was finalised, and that
 * no one is ranked.
 */
export function resultsPage(s: ResultsSnapshot, lang: Lang): string {
  const head = `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${esc(T.title[lang])}: ${esc(s.round.name)}</title><style>${STYLE}</style>`;
  const intro = `<h1>${esc(T.title[lang])}: ${esc(s.round.name)}</h1><p>${esc(T.finalised[lang])} ${s.version}, ${esc(T.at[lang])} ${esc(helsinkiTime(s.finalisedAt, lang))}.</p>${participantsLine(s, lang)}<p><strong>${esc(T.noRanking[lang])}</strong></p>`;
  const themes = `<section><h2>${esc(T.themes[lang])}</h2>${s.summary.themes.map((t) => themeSection(s, t, lang)).join('')}</section>`;
  return `<!doctype html><html lang="${lang}"><head>${head}</head><body><main>${intro}${themes}${modelsSection(s, lang)}</main></body></html>`;
}

/** The page's Content-Security-Policy: nothing but its own inline styles. */
export const RESULTS_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
