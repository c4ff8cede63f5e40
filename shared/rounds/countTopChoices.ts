import { CATALOG } from '../catalog/catalog';
import { APPROACH_IDS } from '../catalog/catalogTypes';
import type { Submission } from '../schemas/submissionSchema';
import { firstApproach } from './firstApproach';
import { topModels } from './topModels';

/** How many participants have each model in their own top models, and each approach first. */
export interface TopChoiceCounts {
  /** By catalogue index. */
  models: Int32Array;
  /** By index in APPROACH_IDS. */
  approaches: Int32Array;
}

/**
 * Counts what each participant's own recommendation puts first: the models of the top `n` of
 * scoreModels and the first approach of recommendApproaches, computed without their reasons and
 * texts. `rows` is modelRowsOf(submissions).
 *
 * @example
 * countTopChoices([submission], modelRowsOf([submission]), 5).models.reduce((a, b) => a + b, 0) // 5
 */
export function countTopChoices(submissions: readonly Submission[], rows: Int32Array, n: number): TopChoiceCounts {
  const counts: TopChoiceCounts = { models: new Int32Array(CATALOG.models.length), approaches: new Int32Array(APPROACH_IDS.length) };
  const top = topModels(n);
  const approach = firstApproach();
  submissions.forEach((s, i) => {
    for (const m of top(s, rows, i * CATALOG.models.length)) counts.models[m.catalogueIndex]! += 1;
    counts.approaches[approach(s)]! += 1;
  });
  return counts;
}
