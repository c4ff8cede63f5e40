import { APPROACHES } from './approaches';
import type { Approach, Category, Goal, OperatingModel, Phase, Theme } from './catalogTypes';
import { CATEGORIES } from './categories';
import { GOALS } from './goals';
import { OPERATING_MODELS } from './models';
import { ROUND_PHASES } from './phases';
import { DEFAULT_THEMES } from './themes';

/**
 * The catalogue as plain data. The server and tests use CATALOG (catalog.ts), the same data, which CI
 * checks against its zod schema (tests/shared/catalog/catalogSchema.test.ts); the task pane uses this,
 * so its bundle carries no validator it does not need.
 */
export const CATALOG_DATA: {
  goals: readonly Goal[];
  categories: readonly Category[];
  models: readonly OperatingModel[];
  approaches: readonly Approach[];
  themes: readonly Theme[];
  phases: readonly Phase[];
} = {
  goals: GOALS,
  categories: CATEGORIES,
  models: OPERATING_MODELS,
  approaches: APPROACHES,
  themes: DEFAULT_THEMES,
  phases: ROUND_PHASES,
};
