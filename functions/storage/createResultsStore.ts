import { createTableClient } from './createRoundStore';
import { ResultsStore } from './ResultsStore';

let shared: ResultsStore | undefined;

/** The process-wide results store, on the same table (and configuration) as the round store. */
export function resultsStore(): ResultsStore {
  shared ??= new ResultsStore(createTableClient(process.env, 'results'));
  return shared;
}
