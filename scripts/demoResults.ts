// The demo's results review and publication (SYSTEM.md "The peer-learning visit", steps 4–5): the
// coordinator opens the review, every participant reads its preview and answers (the first comments on
// an item, the second lowers a named item to the summary without its name, the rest approve), the
// coordinator finalises the summary and publishes it. Texts are demo data.
import type { Lang } from '../shared/i18n/lang';
import type { DemoCall } from './demoVisits';

const COMMENT: Record<Lang, string> = {
  fi: 'Tämän kohdan voisi muotoilla yleisemmin.',
  sv: 'Den här punkten kunde formuleras mer allmänt.',
  en: 'This item could be worded more generally.',
};

type Preview = { items: { itemRef: string; level: 'summary' | 'named' }[] };

/** The review answered by everyone, the summary finalised and published: its version and public path. */
export async function runResults(call: DemoCall, roundId: string, participantIds: readonly string[], token: (id: string) => string, coordinatorKey: string, lang: Lang, today: string): Promise<{ version: number; path: string }> {
  const deadline = new Date(Date.parse(`${today}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
  await call('POST', `rounds/${roundId}/results/review`, coordinatorKey, { deadline });
  for (const [i, id] of participantIds.entries()) {
    const preview: Preview = await call('GET', `rounds/${roundId}/results/preview`, token(id));
    const named = preview.items.find((item) => item.level === 'named');
    const answer = i === 0 && preview.items[0] ? { approve: false, comments: [{ itemRef: preview.items[0].itemRef, text: COMMENT[lang] }], lower: [] }
      : i === 1 && named ? { approve: true, comments: [], lower: [{ itemRef: named.itemRef, level: 'summary' }] }
        : { approve: true, comments: [], lower: [] };
    await call('PUT', `rounds/${roundId}/results/responses/${id}`, token(id), answer);
  }
  const final: { version: number } = await call('POST', `rounds/${roundId}/results/final`, coordinatorKey, {});
  const published: { path: string } = await call('POST', `rounds/${roundId}/publication`, coordinatorKey, {});
  return { version: final.version, path: published.path };
}
