/**
 * A round whose every user-written string is hostile: control characters (a vertical tab is what
 * Word pastes as a line break), U+FFFE/U+FFFF, lone surrogates, markup characters, texts that look
 * like formulas or like OOXML's `_xHHHH_` escapes, and names at the length limit. The data is built
 * without the schemas, as data stored before they cleaned text would be: the writers must cope alone.
 */
import { CATALOG_DATA as CATALOG } from '../../shared/catalog/catalogData';
import { DEFAULT_THEMES } from '../../shared/catalog/themes';
import type { CoordinatorData } from '../../shared/layouts/coordinatorSheets';
import { LIMITS } from '../../shared/schemas/limits';
import type { Round } from '../../shared/schemas/roundSchema';
import type { Submission } from '../../shared/schemas/submissionSchema';
import { makeSubmission } from '../helpers/makeSubmission';
import { coordinatorDataFor } from './xlsxTestData';

export const HOSTILE = {
  controls: 'Rivi\vtoinen\fkolmas\u0001\u0008\u001Floppu',
  nonCharacters: 'Alku\uFFFE\uFFFFloppu',
  loneSurrogates: 'Puoli\uD800pari ja \uDC00 yksin',
  markup: '<b>&amp;</b> "lainaus" \'heitto\' ]]> <!-- x --> <?pi x?>',
  formula: '=cmd|\' /C calc\'!A0',
  escapes: '_x0001_ ja _xFFFF_ ja _x000B_',
  emoji: '🌍 ilmasto\r\nrivinvaihto\ttab',
} as const;

const all = Object.values(HOSTILE);
/** A name exactly at the limit, with a control character inside. */
const longName = (stem: string) => `${stem}\u0002${'ö'.repeat(LIMITS.shortText - stem.length - 1)}`;

/** The round's own themes: the names that made chart1.xml invalid, markup, a formula, one at the length limit. */
export const OWN_THEMES: Round['themes'] = [
  { id: 'oma-pystyviiva', name: { fi: 'Oma\vteema\u0001', sv: 'Eget\vtema\u0001', en: 'Own\vtheme\u0001' } },
  { id: 'oma-merkit', name: { fi: `<Teema> & ${HOSTILE.nonCharacters}`, sv: HOSTILE.markup, en: HOSTILE.escapes } },
  { id: 'oma-kaava', name: { fi: '=1+1', sv: '@SUM(A1)', en: '-2+3' } },
  { id: 'oma-pitka', name: { fi: longName('Teema'), sv: longName('Tema'), en: longName('Theme') } },
];

export const ROUND: CoordinatorData['round'] = {
  roundId: 'vihamielinen-1',
  name: `=Kierros\u0001+1${HOSTILE.nonCharacters}`,
  participantKind: 'mixed',
  themes: [...DEFAULT_THEMES.map((t) => ({ id: t.id })), ...OWN_THEMES],
  phases: [{ phaseId: 'organise', start: '2026-09-01', end: '2026-09-30' }],
};

export const THEME_IDS = ROUND.themes.map((t) => t.id);

export const PARTICIPANTS = [
  { participantId: 'kaava', name: HOSTILE.formula },
  { participantId: 'ohjaus', name: `Kunta${HOSTILE.controls}` },
  { participantId: 'merkit', name: `${HOSTILE.markup}${HOSTILE.nonCharacters}` },
  { participantId: 'pitka', name: longName('Pitkä nimi') },
  { participantId: 'puolikas', name: HOSTILE.loneSurrogates },
];

/** Everything a participant can write, hostile; texts shared with names so they reach the summary. */
export function hostileSubmission(name: string, index: number): Submission {
  const base = makeSubmission();
  const text = (k: number) => all[(index + k) % all.length]!;
  return {
    ...base,
    participant: { name, kind: 'municipality' },
    models: CATALOG.models.map((m, i) => ({
      modelId: m.id,
      status: (['in-use', 'planned', 'considering', 'not-relevant'] as const)[(i + index) % 4]!,
      impact: { A: 1 + ((i + index) % 5), C: 1 + ((i * 3 + index) % 5) },
      notes: text(i),
    })),
    selfAssessment: THEME_IDS.map((themeId, t) => ({
      themeId,
      rating: 1 + ((t + index) % 5),
      sharing: t % 2 === 0 ? ('named' as const) : ('summary' as const),
      currentPractice: text(t),
      strengths: text(t + 1),
      developmentAreas: text(t + 2),
      evidence: `${text(t + 3)} ${'x\u0007'.repeat(1900)}`,
    })),
  };
}

export const SUBMISSIONS = PARTICIPANTS.map((p, i) => hostileSubmission(p.name, i));

/** The coordinator's data: every participant submitted (interview plan, distributions and charts all present). */
export const hostileCoordinatorData = (): CoordinatorData =>
  coordinatorDataFor(ROUND, PARTICIPANTS.map((p, i) => ({ ...p, submission: SUBMISSIONS[i]! })));
