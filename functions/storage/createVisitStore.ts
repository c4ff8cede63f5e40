import { createTableClient } from './createRoundStore';
import { VisitStore } from './VisitStore';

let shared: VisitStore | undefined;

/** The process-wide visit store, on the same table (and configuration) as the round store. */
export function visitStore(): VisitStore {
  shared ??= new VisitStore(createTableClient(process.env, 'visits'));
  return shared;
}
