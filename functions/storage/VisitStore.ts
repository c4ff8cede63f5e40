import type { TableClient } from '@azure/data-tables';
import { lazyTable } from './lazyTable';
import { listHostReports, type HostReports } from './reportListing';
import { listVisitDocs, readVisitDoc, writeVisitDoc, type DocWrite, type StoredVisitDoc } from './visitDocs';
import { listReportPointers, readReportPointer, readReportVersion, releaseReport, writeReportVersion, type ReportPointer, type StoredReportVersion } from './visitReports';
import type { VisitDocKind } from './visitRows';

/**
 * The peer-learning visit's documents in the round's partition of the same table as the round:
 * per host its details, questions and sharing choices (revisioned documents) and its report
 * (versions with a latest pointer that keeps the latest body, and the released body on release rows).
 */
export class VisitStore {
  private readonly table: () => Promise<TableClient>;

  constructor(client: TableClient) {
    this.table = lazyTable(client);
  }

  async readDoc<T>(roundId: string, kind: VisitDocKind, hostId: string): Promise<StoredVisitDoc<T> | undefined> {
    return readVisitDoc<T>(await this.table(), roundId, kind, hostId);
  }

  async writeDoc<T>(roundId: string, kind: VisitDocKind, hostId: string, w: DocWrite<T>): Promise<StoredVisitDoc<T>> {
    return writeVisitDoc(await this.table(), roundId, kind, hostId, w);
  }

  async listDocs<T>(roundId: string, kind: VisitDocKind): Promise<StoredVisitDoc<T>[]> {
    return listVisitDocs<T>(await this.table(), roundId, kind);
  }

  async reportPointer(roundId: string, hostId: string): Promise<ReportPointer | undefined> {
    return readReportPointer(await this.table(), roundId, hostId);
  }

  async listReportPointers(roundId: string): Promise<ReportPointer[]> {
    return listReportPointers(await this.table(), roundId);
  }

  /**
   * Every host's pointer with its latest report (when `latest`) and released report, in a constant
   * number of range queries (reportListing); rows written before bodies were kept cost a read each.
   */
  async listReports<T>(roundId: string, options: { latest: boolean }): Promise<HostReports<T>[]> {
    return listHostReports<T>(await this.table(), roundId, options);
  }

  async reportVersion<T>(roundId: string, hostId: string, version: number): Promise<StoredReportVersion<T> | undefined> {
    return readReportVersion<T>(await this.table(), roundId, hostId, version);
  }

  async writeReport<T>(roundId: string, hostId: string, report: T, w: { savedAt: string; savedBy: string; ifMatch?: string }): Promise<ReportPointer> {
    return writeReportVersion(await this.table(), roundId, hostId, report, w);
  }

  async releaseReport(roundId: string, hostId: string, releasedAt: string): Promise<{ pointer: ReportPointer; repeated: boolean } | undefined> {
    return releaseReport(await this.table(), roundId, hostId, releasedAt);
  }
}
