// Catalogue ids as plain constants: no zod here, so the task pane can use them without bundling it.
/** Goals A–E of the spring 2022 impact assessment (seed 003, "Vaikuttavuuden ja resurssien arviointi"). */
export const GOAL_IDS = ['A', 'B', 'C', 'D', 'E'] as const;
export type GoalId = (typeof GOAL_IDS)[number];

/** The 8 categories of seed 003, in page order. */
export const CATEGORY_IDS = [
  'core',
  'co-development',
  'market-steering',
  'rewards',
  'communication',
  'matchmaking',
  'training',
  'commitments',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** The 5 coordination approaches of seed 004, lightest (1) to heaviest (5). */
export const APPROACH_IDS = [
  'individual-models',
  'integrated',
  'open-network',
  'commitment-network',
  'frontrunner-network',
] as const;
export type ApproachId = (typeof APPROACH_IDS)[number];
