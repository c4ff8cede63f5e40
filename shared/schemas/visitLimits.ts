import { LIMITS } from './limits';

/**
 * Bounds on the peer-learning visit's documents. Each stays well inside one table entity and the
 * API's body limit: details and questions are one entity; a report of the largest allowed size
 * (20 themes × 2 lists × 10 items × 1 000 characters) is a few.
 */
export const VISIT_LIMITS = {
  dates: 5,
  roles: 20,
  materialTexts: 10,
  materialLinks: 20,
  urlLength: 2000,
  questionsPerTheme: 15,
  questionText: LIMITS.notes,
  itemsPerList: 10,
  itemText: LIMITS.notes,
  summary: LIMITS.longText,
  feedbackNotes: LIMITS.longText,
} as const;
