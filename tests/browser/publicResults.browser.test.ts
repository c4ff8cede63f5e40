import path from 'node:path';
import { fillResultsRound, RSL, tomorrow } from '../helpers/resultsRound';
import { apiCaller, createVisitRound, SIX } from '../helpers/visitRound';
import { axeViolations, SHOTS, useBrowserStack } from './browserStack';

// The published results page as anyone opens it: no login, no scripts, readable on a phone,
// printable, in fi/sv/en; what it shows is what members read, and nothing at `team` level.
const CREATION_KEY = 'public-results-browser-key-0123456789';
const stack = useBrowserStack(CREATION_KEY);

const TEXTS = {
  fi: { title: 'Vertaisoppimiskierroksen tulokset', noRanking: 'Tämä yhteenveto ei pisteytä eikä aseta osallistujia järjestykseen.' },
  sv: { title: 'Resultat av kamratlärandeomgången', noRanking: 'Den här sammanfattningen varken poängsätter eller rangordnar deltagarna.' },
  en: { title: 'Results of the peer-learning round', noRanking: 'This summary neither scores nor ranks the participants.' },
} as const;

describe('the public results page in Chromium', () => {
  let url = '';
  beforeAll(async () => {
    const { api } = stack();
    const visitApi = { call: apiCaller(api.baseUrl), baseUrl: api.baseUrl, stop: async () => undefined };
    const round = await createVisitRound(visitApi.call, CREATION_KEY, SIX);
    await fillResultsRound(visitApi, round);
    const r = `rounds/${round.roundId}`;
    const steps = [
      await visitApi.call('POST', `${r}/results/review`, round.coordinatorKey, { deadline: tomorrow() }),
      await visitApi.call('POST', `${r}/results/final`, round.coordinatorKey, {}),
    ];
    const published = await visitApi.call('POST', `${r}/publication`, round.coordinatorKey, {});
    expect([...steps.map((s) => s.status), published.status]).toEqual([200, 201, 201]);
    url = `${new URL(api.baseUrl).origin}${published.body.path as string}.html`;
  }, 90_000);

  it.each(['fi', 'sv', 'en'] as const)('%s: says which round, that no one is ranked; accessible, no scripts, fits a phone and prints', async (lang) => {
    const s = TEXTS[lang];
    // The page's CSP allows no script at all: axe is injected past it, for the test only.
    const page = await stack().browser.newPage({ viewport: { width: 375, height: 800 }, bypassCSP: true });
    const res = await page.goto(`${url}?lang=${lang}`);
    expect([res!.status(), await page.getAttribute('html', 'lang'), await page.locator('script').count()]).toEqual([200, lang, 0]);
    await page.getByRole('heading', { level: 1, name: new RegExp(s.title) }).waitFor();
    expect(await page.textContent('body')).toContain(s.noRanking);
    expect(await page.textContent('body')).toContain(RSL.euraNamed);
    for (const hidden of [RSL.iiTeam, RSL.reportTeam, RSL.overall, RSL.notes, RSL.privateNote]) expect(await page.textContent('body')).not.toContain(hidden);
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 376).map((e) => `${e.tagName}:${(e.textContent ?? '').slice(0, 40)}`).slice(0, 5));
    expect([await page.evaluate(() => document.documentElement.scrollWidth), wide]).toEqual([375, []]);
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `public-results-${lang}-phone.png`) });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: path.join(SHOTS, `public-results-${lang}-print.png`), fullPage: true });
    await page.close();
  }, 60_000);
});
