import type { TableClient } from '@azure/data-tables';
import type { PreviousLink } from '../../shared/schemas/progressSchema';
import { createTableClient } from './createRoundStore';
import { lazyTable } from './lazyTable';
import { readDoc, writeDoc } from './resultsDocs';

/** The row of the link to an earlier round, in the new round's partition (ids are [a-z0-9-], so `|` is safe). */
export const PREVIOUS_LINK_KEY = 'progress|previous';

/** Progress over rounds: one small document per round, the link to its earlier round (never the earlier key). */
export class ProgressStore {
  private readonly table: () => Promise<TableClient>;

  constructor(client: TableClient) {
    this.table = lazyTable(client);
  }

  async previousLink(roundId: string): Promise<PreviousLink | undefined> {
    return (await readDoc<PreviousLink>(await this.table(), roundId, PREVIOUS_LINK_KEY))?.value;
  }

  /** Replaces the link (last write wins). */
  async writePreviousLink(roundId: string, link: PreviousLink): Promise<PreviousLink> {
    return (await writeDoc<PreviousLink>(await this.table(), roundId, PREVIOUS_LINK_KEY, () => link, link.linkedAt)).value;
  }
}

let shared: ProgressStore | undefined;

/** The process-wide progress store, on the same table (and configuration) as the round store. */
export function progressStore(): ProgressStore {
  shared ??= new ProgressStore(createTableClient(process.env, 'progress'));
  return shared;
}
