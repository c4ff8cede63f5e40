import { CATALOG } from '../shared/catalog/catalog';
import { GOAL_IDS } from '../shared/catalog/catalogTypes';
import { MODEL_STATUSES, SHARING_LEVELS, SubmissionSchema, type Submission } from '../shared/schemas/submissionSchema';

/** Small deterministic PRNG (mulberry32) so every bench run combines the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` full, valid submissions: all 35 model rows and all 7 themes with texts, like a filled workbook. */
export function syntheticSubmissions(count: number, seed = 42): Submission[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  return Array.from({ length: count }, (_, i) =>
    SubmissionSchema.parse({
      schemaVersion: 1,
      roundId: 'bench-round',
      participantId: `p${i}`,
      participant: { name: `Kunta ${i}`, kind: 'municipality', population: int(1000, 600000) },
      profile: {
        capacity: int(1, 3),
        staffFte: int(0, 40) / 10,
        facts: { existingCooperation: rnd() < 0.6, wantsCommitments: rnd() < 0.3, frontrunnerBase: rnd() < 0.2, badgesPlanned: rnd() < 0.3 },
      },
      goalWeights: Object.fromEntries(GOAL_IDS.map((g) => [g, int(0, 5) || 1])),
      models: CATALOG.models.map((m) => ({
        modelId: m.id,
        status: pick(MODEL_STATUSES),
        impact: Object.fromEntries(GOAL_IDS.filter(() => rnd() < 0.5).map((g) => [g, int(1, 5)])),
      })),
      selfAssessment: CATALOG.themes.map((t) => ({
        themeId: t.id,
        rating: int(1, 5),
        currentPractice: `Nykytila ${i}-${t.id}`,
        strengths: `Vahvuus ${i}-${t.id}`,
        developmentAreas: `Kehitettävää ${i}-${t.id}`,
        sharing: pick(SHARING_LEVELS),
      })),
    }),
  );
}
