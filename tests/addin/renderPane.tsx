import { render, screen, fireEvent } from '@testing-library/react';
import type { ApiClient } from '../../addin/api/apiClient';
import type { ProgressClient } from '../../addin/api/progressClient';
import type { ResultsClient } from '../../addin/api/resultsClient';
import type { VisitClient } from '../../addin/api/visitClient';
import { App } from '../../addin/components/App';
import { createHostActions } from '../../addin/excel/officeHost';
import { fakeExcel } from './fakeExcel';

// jsdom has no layout engine; Fluent's MessageBar only measures with it, so a do-nothing observer will do.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

/** The visit routes' methods of an ApiClient, each failing if called. */
export function unusedVisitClient(): VisitClient {
  const unused = () => jest.fn(async () => { throw new Error('not used'); });
  return {
    visitDetails: unused(), putVisitDetails: unused(), visitSelfAssessment: unused(), visitQuestions: unused(), putVisitQuestions: unused(),
    visitReport: unused(), putVisitReport: unused(), releaseVisitReport: unused(), putReportSharing: unused(),
  };
}

/** The results routes' methods of an ApiClient, each failing if called. */
export function unusedResultsClient(): ResultsClient {
  const unused = () => jest.fn(async () => { throw new Error('not used'); });
  return {
    openReview: unused(), resultsPreview: unused(), putResultsResponse: unused(), resultsResponses: unused(), finaliseResults: unused(),
    finalResults: unused(), publishResults: unused(), withdrawResults: unused(),
  };
}

/** The progress routes' methods of an ApiClient: no earlier round (the pane then writes no earlier ratings). */
export function noProgressClient(): ProgressClient {
  return { earlierRatings: jest.fn(async () => null) };
}

/** A whole ApiClient whose unlisted methods fail if called. */
export function fakeClient(api: Partial<ApiClient> = {}): ApiClient {
  const unused = () => jest.fn(async () => { throw new Error('not used'); });
  return {
    validate: jest.fn(async () => []), recommend: unused(), submit: unused(), createRound: unused(), addParticipants: unused(),
    coordinatorData: unused(), interviewPlan: unused(), updateThemes: unused(), recommendedModels: unused(), round: unused(),
    workbookXlsx: unused(), roundTemplate: unused(), importXlsx: unused(),
    ...unusedVisitClient(),
    ...unusedResultsClient(),
    ...noProgressClient(),
    ...api,
  };
}

/** The pane in Finnish over a fake workbook, in the mode given. */
export function renderPane(api: Partial<ApiClient> = {}, mode: 'participant' | 'coordinator' = 'participant') {
  window.localStorage.clear();
  window.localStorage.setItem('ilmastoyhteistyo.mode', mode);
  const excel = fakeExcel();
  const client = fakeClient(api);
  const utils = render(<App host={createHostActions(excel.run, true, true)} api={client} initialLang="fi" dark={false} storage={window.localStorage} />);
  return { excel, client, ...utils };
}

/** Fills the participant's round code and invite token (step 3). */
export function enterRoundAndToken(roundId: string, token: string): void {
  const field = screen.getAllByLabelText('Kierroksen tunnus').find((el) => el.closest('section')?.contains(screen.getByLabelText('Kutsutunniste')));
  fireEvent.change(field!, { target: { value: roundId } });
  fireEvent.change(screen.getByLabelText('Kutsutunniste'), { target: { value: token } });
}
