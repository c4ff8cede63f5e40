/**
 * Bounds on what a participant may send. They keep every submission well under Azure Table Storage's
 * 1 MiB entity and the API's body limit, while leaving room for real self-assessment prose.
 */
export const LIMITS = {
  shortText: 200,
  longText: 4000,
  notes: 1000,
  maxModels: 35,
  maxThemes: 20,
  maxParticipants: 300,
  maxPhases: 12,
  maxStaffFte: 10000,
  maxBudgetEur: 1_000_000_000,
} as const;
