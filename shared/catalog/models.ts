/**
 * The catalogue of 35 operating models ("toimintamallit") a municipality can use to promote
 * climate cooperation with businesses, in the page order of seed 003
 * ("Toimintamallit: Kunnan keinoja edistää yritysyhteistyötä"). The data lives in one file per
 * category under `./models/`; tests/shared/catalog/catalogSeed.test.ts cross-checks it against the seed.
 */
import type { OperatingModel } from './catalogTypes';
import { CORE_MODELS } from './models/core';
import { CO_DEVELOPMENT_MODELS } from './models/co-development';
import { MARKET_STEERING_MODELS } from './models/market-steering';
import { REWARDS_MODELS } from './models/rewards';
import { COMMUNICATION_MODELS } from './models/communication';
import { MATCHMAKING_MODELS } from './models/matchmaking';
import { TRAINING_MODELS } from './models/training';
import { COMMITMENTS_MODELS } from './models/commitments';

/** All 35 operating models, grouped by category in `CATEGORY_IDS` order, each group in page order. */
export const OPERATING_MODELS: readonly OperatingModel[] = [
  ...CORE_MODELS,
  ...CO_DEVELOPMENT_MODELS,
  ...MARKET_STEERING_MODELS,
  ...REWARDS_MODELS,
  ...COMMUNICATION_MODELS,
  ...MATCHMAKING_MODELS,
  ...TRAINING_MODELS,
  ...COMMITMENTS_MODELS,
];
