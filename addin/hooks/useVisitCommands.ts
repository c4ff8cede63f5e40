import { useCallback } from 'react';
import type { Lang } from '../../shared/i18n/lang';
import { readVisitSheet, type VisitSheetReading } from '../../shared/layouts/readVisitSheet';
import { visitSheet, visitTableNames, type VisitSheetData } from '../../shared/layouts/visitSheet';
import type { RoundView } from '../../shared/schemas/roundViewSchema';
import { ApiError, type ApiClient } from '../api/apiClient';
import type { VisitRef } from '../api/visitClient';
import type { HostActions } from '../excel/officeHost';
import { FormSheetMissingError } from '../excel/readFormTables';
import type { TeamVisitState } from '../components/teamVisitStatus';
import { fieldErrorsOf, type VisitRunner } from './useVisitRunner';

const ETAG_KEY = 'ilmastoyhteistyo.visitEtag';

/** The name of a host this participant visits, as the round view gives it. */
const hostNameIn = (view: RoundView, hostId: string) => view.plan?.visits.find((v) => v.host.id === hostId)?.host.name ?? hostId;
/** A team member's name (this participant, or the other member of a team it is on): sheets show names, never ids. */
export const memberNameIn = (view: RoundView, id: string) =>
  (view.self?.id === id ? view.self.name : undefined) ?? view.plan?.visits.find((v) => v.with.id === id)?.with.name ?? id;

/** What the server holds for one host's visit, as the team's sheet shows it, and the report's ETag. */
type ServerVisit = VisitSheetData & { etag: string };

/**
 * The interview team's commands for one host at a time (SYSTEM.md "The peer-learning visit", steps
 * 2–3): insert or refresh the Vierailu sheet, send the questions, save the report (If-Match with the
 * ETag kept from the last read; a 412 puts the other member's version on a second sheet), release.
 * `onRead` gets what a command read of the questions and the report (the visit's status).
 */
export function useVisitCommands(host: HostActions, api: ApiClient, lang: Lang, storage: Storage | undefined, view: RoundView, token: string, r: VisitRunner, onRead?: (hostId: string, state: TeamVisitState) => void) {
  const ref = useCallback((hostId: string): VisitRef => ({ roundId: view.roundId, token, hostId }), [view.roundId, token]);
  const etagKey = (hostId: string) => `${ETAG_KEY}.${view.roundId}.${hostId}`;
  const hostName = (hostId: string) => hostNameIn(view, hostId);

  const fetchVisit = useCallback(async (hostId: string): Promise<ServerVisit> => {
    const [details, self, questions, report] = await Promise.all([
      api.visitDetails(ref(hostId), lang),
      api.visitSelfAssessment(ref(hostId), lang),
      api.visitQuestions(ref(hostId), lang),
      api.visitReport(ref(hostId), lang),
    ]);
    onRead?.(hostId, { questions, report: report?.body ?? null });
    return {
      hostId,
      hostName: hostNameIn(view, hostId),
      themes: view.themes,
      details: details.body,
      selfAssessment: self?.selfAssessment ?? null,
      questions: { themes: questions?.themes ?? [], sentAt: questions?.sentAt ?? null },
      report: report?.body.report ?? { themes: [], summary: '', feedbackNotes: '' },
      ...(report ? { reportVersion: { version: report.body.version, savedBy: memberNameIn(view, report.body.savedBy), savedAt: report.body.savedAt } } : {}),
      etag: report?.etag ?? '',
    };
  }, [api, lang, ref, view, onRead]);

  /** The team's sheet read back; FormSheetMissingError when it is not there. */
  const read = useCallback(async (hostId: string): Promise<VisitSheetReading> => {
    const names = visitTableNames(hostId);
    const tables = { questions: names.questions, report: names.report, notes: names.notes };
    return readVisitSheet(await host.readFormTables(tables), tables, view.themes, lang);
  }, [host, lang, view.themes]);

  const write = useCallback(async (data: VisitSheetData, copy?: { version: number }) => host.writeFormSheet(visitSheet(data, lang, copy), lang), [host, lang]);

  /** Lists the sheet's own problems; true when there were any (nothing is sent then). */
  const localProblems = async (reading: VisitSheetReading) => {
    if (reading.issues.length === 0) return false;
    const n = await r.show(() => undefined, [], reading.issues);
    r.setNotice({ intent: 'warning', key: 'errorsFound', params: { n } });
    return true;
  };

  return {
    /**
     * A first insert writes the server's questions and report (and keeps the report's ETag); a
     * refresh renews the host's part and keeps the questions and report as they are in the sheet, so
     * nothing typed is lost (the other member's newer version comes through "Tallenna raportti").
     */
    insertVisit: (hostId: string) => r.run(async () => {
      let existing: VisitSheetReading | undefined;
      try {
        existing = await read(hostId);
      } catch (err) {
        if (!(err instanceof FormSheetMissingError)) throw err;
      }
      const server = await fetchVisit(hostId);
      const { etag, ...data } = server;
      const sheet = await write(existing ? { ...data, questions: { ...existing.questions.input, sentAt: server.questions.sentAt }, report: existing.report.input } : data);
      if (!existing) {
        if (etag) storage?.setItem(etagKey(hostId), etag);
        else storage?.removeItem(etagKey(hostId));
      }
      r.setErrors([]);
      r.setNotice({ intent: 'success', key: existing ? 'visitRefreshed' : 'visitInserted', params: { sheet } });
    }),

    sendQuestions: (hostId: string) => r.run(async () => {
      const reading = await read(hostId);
      try {
        await api.putVisitQuestions(ref(hostId), { ...reading.questions.input, sent: true }, lang);
      } catch (err) {
        const issues = fieldErrorsOf(err);
        if (!issues) throw err;
        const n = await r.show(reading.questions.cellFor, issues);
        return r.setNotice({ intent: 'warning', key: 'errorsFound', params: { n } });
      }
      await r.show(() => undefined, []);
      const n = reading.questions.input.themes.reduce((sum, t) => sum + t.questions.length, 0);
      r.setNotice({ intent: 'success', key: 'questionsSentOk', params: { n } });
    }),

    saveReport: (hostId: string) => r.run(async () => {
      const reading = await read(hostId);
      if (await localProblems(reading)) return;
      let saved;
      try {
        saved = await api.putVisitReport(ref(hostId), reading.report.input, lang, storage?.getItem(etagKey(hostId)) ?? undefined);
      } catch (err) {
        const issues = fieldErrorsOf(err);
        if (issues) {
          const n = await r.show(reading.report.cellFor, issues);
          return r.setNotice({ intent: 'warning', key: 'errorsFound', params: { n } });
        }
        if (!(err instanceof ApiError && err.kind === 'stale')) throw err;
        // The other member saved meanwhile: their version goes on a sheet of its own, this sheet stays
        // as typed, and the next save (from this sheet) builds on their version.
        const latest = await api.visitReport(ref(hostId), lang);
        if (!latest) throw err;
        const sheet = await write({
          hostId, hostName: hostName(hostId), themes: view.themes, details: { dates: [], roles: [], contact: null, material: { texts: [], links: [] } },
          selfAssessment: null, questions: { themes: [], sentAt: null }, report: latest.body.report,
          reportVersion: { version: latest.body.version, savedBy: memberNameIn(view, latest.body.savedBy), savedAt: latest.body.savedAt },
        }, { version: latest.body.version });
        storage?.setItem(etagKey(hostId), latest.etag);
        return r.setNotice({ intent: 'warning', key: 'reportConflict', params: { version: latest.body.version, sheet } });
      }
      storage?.setItem(etagKey(hostId), saved.etag);
      // New items got their ids: the sheet is rewritten with them, so the next save keeps them.
      const { etag: _etag, ...server } = await fetchVisit(hostId);
      await write({
        ...server,
        questions: { ...reading.questions.input, sentAt: server.questions.sentAt },
        report: saved.body.report,
        reportVersion: { version: saved.body.version, savedBy: view.self?.name ?? '', savedAt: saved.body.savedAt },
      });
      await r.show(() => undefined, []);
      r.setNotice({ intent: 'success', key: 'reportSaved', params: { version: saved.body.version } });
    }),

    release: (hostId: string) => r.run(async () => {
      try {
        const released = await api.releaseVisitReport(ref(hostId), lang);
        r.setNotice({ intent: 'success', key: 'reportReleased', params: { version: released.version, host: hostName(hostId) } });
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return r.setNotice({ intent: 'warning', key: 'reportNotSaved' });
        throw err;
      }
    }),
  };
}
