import { CATALOG } from '../catalog/catalog';
import type { Submission } from '../schemas/submissionSchema';

const MODELS = CATALOG.models;
const MODEL_INDEX = new Map(MODELS.map((m, i) => [m.id, i]));

/**
 * For each participant and catalogue model, the index of the submitted row that counts for it, or
 * -1: a model's last row, as a Map built from the rows keeps it; rows of models not in the catalogue
 * count for none. Flat: rows[participant * models + model], with `models` the catalogue's count.
 *
 * @example
 * modelRowsOf([makeSubmission({ models: [{ modelId: CATALOG.models[1].id }] })])[1] // 0
 */
export function modelRowsOf(submissions: readonly Submission[]): Int32Array {
  const rows = new Int32Array(submissions.length * MODELS.length).fill(-1);
  submissions.forEach((s, n) => {
    const at = n * MODELS.length;
    for (let j = 0; j < s.models.length; j += 1) {
      const id = s.models[j]!.modelId;
      // Rows usually come in catalogue order: compare in place before looking the id up.
      const k = MODELS[j]?.id === id ? j : MODEL_INDEX.get(id);
      if (k !== undefined) rows[at + k] = j;
    }
  });
  return rows;
}
