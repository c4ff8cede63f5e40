import * as z from 'zod';

const GoalSpread = z.strictObject({ n: z.number().int(), mean: z.number(), median: z.number().nullable(), q1: z.number().nullable(), q3: z.number().nullable(), iqr: z.number().nullable() }).nullable();
const Goal = z.enum(['A', 'B', 'C', 'D', 'E']);
const Shared = z.strictObject({ text: z.string(), participantName: z.string().optional() });
const Finding = z.strictObject({ text: z.string(), hostName: z.string().optional() });

/** The members' combined summary (combineRound, audience `member`), as the final snapshot holds it. */
export const MemberSummarySchema = z.strictObject({
  audience: z.literal('member'),
  participantCount: z.number().int(),
  minGroupSize: z.number().int(),
  models: z.array(
    z.strictObject({
      modelId: z.string(),
      statusCounts: z.strictObject({ inUse: z.number().int(), planned: z.number().int(), considering: z.number().int(), notRelevant: z.number().int(), unanswered: z.number().int() }).nullable(),
      impact: z.strictObject({ A: GoalSpread, B: GoalSpread, C: GoalSpread, D: GoalSpread, E: GoalSpread }),
      highImpactGoals: z.array(Goal),
      catalogueHighImpactGoals: z.array(Goal),
      differsFromCatalogueOn: z.array(Goal),
      recommendedCount: z.number().int().nullable(),
    }),
  ),
  themes: z.array(
    z.strictObject({
      themeId: z.string(),
      ratedCount: z.number().int(),
      distribution: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]).nullable(),
      currentPractice: z.array(Shared),
      strengths: z.array(Shared),
      developmentAreas: z.array(Shared),
      teamStrengths: z.array(Finding),
      teamDevelopmentAreas: z.array(Finding),
    }),
  ),
  approaches: z.array(z.strictObject({ approachId: z.string(), recommendedCount: z.number().int().nullable() })),
});

const Names = z.strictObject({ fi: z.string(), sv: z.string(), en: z.string() });

/**
 * A final results summary: frozen, versioned, what members read (GET …/results) and what the public
 * link shows, byte for byte. No participant ids, no `team` texts; in the summary names only where
 * `named`. The round's facts list who took part, by name, attributed to nothing.
 */
export const ResultsSnapshotSchema = z
  .strictObject({
    version: z.number().int().min(1),
    finalisedAt: z.string(),
    round: z.strictObject({
      name: z.string(),
      participantKind: z.enum(['municipalities', 'companies', 'mixed']),
      participants: z.array(z.string()).meta({ description: 'Every participant of the round by its registered name, in Finnish alphabetical order: who took part, never ranked, never attached to a text.' }),
      themes: z.array(z.strictObject({ themeId: z.string(), name: Names })),
      phases: z.array(z.strictObject({ phaseId: z.string(), start: z.string(), end: z.string() })),
    }),
    summary: MemberSummarySchema,
  })
  .meta({ id: 'ResultsSnapshot' });
export type ResultsSnapshot = z.infer<typeof ResultsSnapshotSchema>;

/** POST …/results/final answers: the version frozen now. */
export const FinalResultSchema = z.strictObject({ version: z.number().int().min(1), finalisedAt: z.string() }).meta({ id: 'ResultsFinal' });
export type FinalResultBody = z.infer<typeof FinalResultSchema>;

/** POST …/publication answers: where the published version is. */
export const PublicationSchema = z
  .strictObject({
    publicId: z.string().meta({ description: '128 random bits, base64url.' }),
    version: z.number().int().min(1),
    publishedAt: z.string(),
    path: z.string().meta({ description: '`/api/public/results/<publicId>`; add `.html` for the page, `.xlsx` for the workbook.' }),
  })
  .meta({ id: 'ResultsPublication' });
export type PublicationBody = z.infer<typeof PublicationSchema>;
