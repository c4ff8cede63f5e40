import type { Localized } from '../i18n/lang';
import { LIMITS } from '../schemas/limits';
import { RATING_CHOICES, SHARING_CHOICES } from './choices';
import type { ColumnSpec } from './modelsLayout';

export const SELF_ASSESSMENT_SHEET = {
  key: 'selfAssessment' as const,
  title: { fi: 'Itsearviointi', sv: 'Självvärdering', en: 'Self-assessment' } satisfies Localized,
  heading: { fi: 'Vertaisoppimisen itsearviointi', sv: 'Självvärdering för kamratlärande', en: 'Peer-learning self-assessment' } satisfies Localized,
  hint: {
    fi: 'Arvioi jokainen teema 1–5 ja kirjoita havainnot. Jakamisen taso päättää, kuka rivin näkee: oletus on vain haastatteluryhmä ja koordinaattori.',
    sv: 'Bedöm varje tema 1–5 och skriv era iakttagelser. Delningsnivån avgör vem som ser raden: standard är endast intervjugruppen och koordinatorn.',
    en: 'Rate each theme 1–5 and write your observations. The sharing level decides who sees the row: by default only the interview team and the coordinator.',
  } satisfies Localized,
  tableName: 'IlmSelfAssessment',
  headerRow: 4,
};

const text = (key: string, header: Localized): ColumnSpec => ({ key, header, role: 'input', width: 40, wrap: true, maxLength: LIMITS.longText });

export const SELF_ASSESSMENT_COLUMNS: readonly ColumnSpec[] = [
  { key: 'themeId', role: 'key', width: 4, hidden: true, header: { fi: 'Tunnus', sv: 'Kod', en: 'Id' } },
  { key: 'theme', role: 'fixed', width: 28, wrap: true, header: { fi: 'Teema', sv: 'Tema', en: 'Theme' } },
  { key: 'rating', role: 'input', width: 22, choices: RATING_CHOICES, header: { fi: 'Kypsyystaso', sv: 'Mognadsnivå', en: 'Maturity' } },
  text('currentPractice', { fi: 'Nykykäytäntö', sv: 'Nuvarande praxis', en: 'Current practice' }),
  text('strengths', { fi: 'Vahvuudet', sv: 'Styrkor', en: 'Strengths' }),
  text('developmentAreas', { fi: 'Kehittämiskohteet', sv: 'Utvecklingsområden', en: 'Development areas' }),
  text('evidence', { fi: 'Näyttö', sv: 'Belägg', en: 'Evidence' }),
  { key: 'sharing', role: 'input', width: 26, choices: SHARING_CHOICES, header: { fi: 'Jakamisen taso', sv: 'Delningsnivå', en: 'Sharing level' } },
];

export function selfAssessmentColumn(key: string): number {
  const i = SELF_ASSESSMENT_COLUMNS.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key}`);
  return i + 1;
}

export const selfAssessmentRow = (index: number) => SELF_ASSESSMENT_SHEET.headerRow + 1 + index;
