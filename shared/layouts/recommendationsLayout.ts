import { CATALOG_DATA as CATALOG } from '../catalog/catalogData';
import type { Lang, Localized } from '../i18n/lang';
import type { InLanguage } from '../i18n/pickLanguage';
import type { Recommendation } from '../recommendation/recommend';

export const RECOMMENDATIONS_SHEET = {
  key: 'recommendations' as const,
  title: { fi: 'Suositukset', sv: 'Rekommendationer', en: 'Recommendations' } satisfies Localized,
  approachesTable: 'IlmRecApproaches',
  modelsTable: 'IlmRecModels',
};

const H = {
  approaches: { fi: 'Koordinointitavat (kevyimmästä raskaimpaan 1–5)', sv: 'Koordineringssätt (lättast till tyngst 1–5)', en: 'Coordination approaches (lightest to heaviest 1–5)' },
  models: { fi: 'Toimintamallit', sv: 'Verksamhetsmodeller', en: 'Operating models' },
  stability: { fi: 'Painojen vakaus', sv: 'Viktstabilitet', en: 'Weight stability' },
  approachCols: {
    fi: ['Sija', 'Koordinointitapa', 'Sopivuus 0–100', 'Raskaampi kuin resurssit', 'Perustelut', 'Huomioitavaa', 'Esimerkkejä'],
    sv: ['Plats', 'Koordineringssätt', 'Lämplighet 0–100', 'Tyngre än resurserna', 'Motiveringar', 'Att beakta', 'Exempel'],
    en: ['Rank', 'Approach', 'Suitability 0–100', 'Heavier than capacity', 'Reasons', 'Caveats', 'Examples'],
  },
  modelCols: {
    fi: ['Sija', 'Toimintamalli', 'Pisteet', 'Tavoitesopivuus', 'Toteutettavuus', 'Perustelut'],
    sv: ['Plats', 'Verksamhetsmodell', 'Poäng', 'Målpassning', 'Genomförbarhet', 'Motiveringar'],
    en: ['Rank', 'Operating model', 'Score', 'Goal fit', 'Feasibility', 'Reasons'],
  },
  yes: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' },
} as const;

/**
 * The Recommendations sheet as rows of cells (texts are the service's and the catalogue's, never a
 * participant's): a block of approaches, a block of models, and the stability sentences.
 */
export function recommendationRows(rec: InLanguage<Recommendation>, lang: Lang): { approaches: (string | number)[][]; models: (string | number)[][]; stability: string[]; headers: { approaches: string; models: string; stability: string; approachCols: readonly string[]; modelCols: readonly string[] } } {
  const t = rec;
  const approachName = (id: string) => CATALOG.approaches.find((a) => a.id === id)!.name[lang];
  const modelName = (id: string) => CATALOG.models.find((m) => m.id === id)!.name[lang];
  return {
    headers: { approaches: H.approaches[lang], models: H.models[lang], stability: H.stability[lang], approachCols: H.approachCols[lang], modelCols: H.modelCols[lang] },
    approaches: t.approaches.map((a) => [a.rank, approachName(a.approachId), a.suitability, a.exceedsCapacity ? H.yes[lang] : '', a.reasons.map((r) => r.text).join('\n'), a.caveats.join('\n'), a.examples.join('; ')]),
    models: t.models.map((m) => [m.rank, modelName(m.modelId), Number(m.score.toFixed(4)), Number(m.goalFit.toFixed(4)), m.feasibility, m.reasons.map((r) => r.text).join('\n')]),
    stability: t.stability.filter((s) => !s.wholeRange).map((s) => `${modelName(s.modelId)}: ${s.text}`),
  };
}
