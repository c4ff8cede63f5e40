import { pickLanguage } from '../../shared/i18n/pickLanguage';
import { recommend } from '../../shared/recommendation/recommend';
import { makeSubmission } from '../helpers/makeSubmission';

// Answers as the Functions API sends them (the literal bodies its handlers give okJson and problem()),
// for the pane's client tests. typedClient.test.ts checks each one against the route's schema.

const SUBMISSION = makeSubmission();
const REPORT = { themes: [{ themeId: 'procurement', strengths: [{ id: 's1aaaaaa', text: 'Kriteerit käytössä.' }], developmentAreas: [] }], summary: 'Hyvä käynti.', feedbackNotes: '' };
const REVIEW = { deadline: '2027-03-20', openedAt: '2027-03-10T08:00:00.000Z', revision: 1 };
const STORED_RESPONSE = { openedAt: '2027-03-11T09:00:00.000Z', respondedAt: '2027-03-12T09:00:00.000Z', approve: true, comments: [], lowered: {} };
const member = (id: string, name: string) => ({ id, name, contact: null });
// What recommend-post sends: pickLanguage(recommend(submission), lang), through JSON.
const RECOMMENDATION: unknown = JSON.parse(JSON.stringify(pickLanguage(recommend(SUBMISSION), 'fi')));
const SUMMARY = { participantCount: 1, minGroupSize: 3, models: [], themes: [], approaches: [] };

/** A problem (RFC 9457) as functions/http/problem.ts writes it. */
export const problemBody = (status: number, title: string, extra: { detail?: string; errors?: unknown[] } = {}) => ({ type: 'about:blank', title, status, ...extra });

/** Every JSON answer the pane reads, by the client method that reads it. */
export const SERVER_BODIES = {
  validate: { valid: true },
  recommend: RECOMMENDATION,
  submit: { version: 2, submittedAt: '2027-02-01T10:00:00.000Z' },
  createRound: {
    roundId: 'kevat-2027-abc123', coordinatorKey: 'coordinator.K3y',
    participants: [{ participantId: 'turku', name: 'Turun kaupunki', inviteToken: 'turku.S3cret' }],
  },
  addParticipants: { participants: [{ participantId: 'pori', name: 'Porin kaupunki', inviteToken: 'pori.S3cret' }] },
  coordinatorData: {
    round: { roundId: 'kevat-2027-abc123', name: 'Kevät 2027', participantKind: 'municipalities', themes: [{ id: 'procurement' }], phases: [{ phaseId: 'kickoff', start: '2027-01-10', end: '2027-01-31' }] },
    participants: [{ participantId: 'turku', name: 'Turun kaupunki', latest: { version: 1, submittedAt: '2027-02-01T10:00:00.000Z', submission: SUBMISSION } }],
    summary: { audience: 'coordinator', ...SUMMARY },
    plan: null,
  },
  interviewPlan: {
    visits: [{ order: 1, slot: 1, hostId: 'turku', teamIds: ['pori', 'oulu'] }],
    slotCount: 1,
    names: { turku: 'Turun kaupunki', pori: 'Porin kaupunki', oulu: 'Oulun kaupunki' },
    contacts: { turku: null, pori: { name: 'Pia Pori', email: 'pia@pori.example' }, oulu: null },
    changedTeams: [],
  },
  updateThemes: { themes: [{ id: 'procurement', name: { fi: 'Hankinnat', sv: 'Upphandlingar', en: 'Procurement' } }] },
  recommendedModels: { participantCount: 1, models: [], mostRecommended: [] },
  round: {
    roundId: 'kevat-2027-abc123', name: 'Kevät 2027', participantKind: 'municipalities',
    themes: [{ id: 'procurement', name: { fi: 'Hankinnat', sv: 'Upphandlingar', en: 'Procurement' } }],
    phases: [{ phaseId: 'kickoff', start: '2027-01-10', end: '2027-01-31' }],
    audience: 'participant', self: member('turku', 'Turun kaupunki'),
    plan: { visitedBy: null, visits: [{ order: 1, slot: 1, host: member('oulu', 'Oulun kaupunki'), with: member('pori', 'Porin kaupunki'), visitDate: null }] },
    submission: null,
  },
  importXlsx: { version: 3, submittedAt: '2027-02-02T10:00:00.000Z' },
  visitDetails: { hostId: 'aura', dates: ['2027-04-02'], roles: [], contact: null, material: { texts: [], links: [] }, revision: 1, updatedAt: '2027-03-01T10:00:00.000Z' },
  putVisitDetails: { hostId: 'aura', dates: ['2027-04-02'], roles: [], contact: null, material: { texts: [], links: [] }, revision: 2, updatedAt: '2027-03-02T10:00:00.000Z' },
  visitSelfAssessment: { hostId: 'aura', version: 1, submittedAt: '2027-02-01T10:00:00.000Z', participant: SUBMISSION.participant, profile: SUBMISSION.profile, selfAssessment: SUBMISSION.selfAssessment },
  visitQuestions: { hostId: 'aura', themes: [{ themeId: 'procurement', questions: ['Miten kriteerit valitaan?'] }], sent: true, sentAt: '2027-03-05T10:00:00.000Z', revision: 2, updatedAt: '2027-03-05T10:00:00.000Z' },
  putVisitQuestions: { hostId: 'aura', themes: [{ themeId: 'procurement', questions: ['Miten kriteerit valitaan?'] }], sent: false, sentAt: null, revision: 1, updatedAt: '2027-03-04T10:00:00.000Z' },
  visitReport: { hostId: 'aura', version: 2, savedAt: '2027-04-03T07:30:00.000Z', savedBy: 'eura', report: REPORT, release: null, updatedSinceRelease: false, sharing: { s1aaaaaa: 'team' } },
  putVisitReport: { version: 2, savedAt: '2027-04-03T07:30:00.000Z', report: REPORT },
  releaseVisitReport: { version: 2, releasedAt: '2027-04-04T07:30:00.000Z' },
  putReportSharing: { hostId: 'aura', version: 2, sharing: { s1aaaaaa: 'named' }, updatedAt: '2027-04-05T07:30:00.000Z' },
  importVisitReport: { version: 4, savedAt: '2027-04-03T07:30:00.000Z', report: REPORT, questions: { changed: true, revision: 3 } },
  openReview: REVIEW,
  resultsPreview: {
    review: REVIEW, name: 'Turun kaupunki',
    items: [{ itemRef: 'sa:procurement', source: 'selfAssessment', themeId: 'procurement', field: 'strengths', text: 'Kriteerit käytössä', level: 'summary', shownName: null }],
    response: null,
  },
  putResultsResponse: { ...STORED_RESPONSE, participantId: 'turku', name: 'Turun kaupunki', status: 'approved' },
  resultsResponses: { review: REVIEW, responses: [{ ...STORED_RESPONSE, participantId: 'turku', name: 'Turun kaupunki', status: 'approved' }], publication: null },
  finaliseResults: { version: 1, finalisedAt: '2027-03-21T08:00:00.000Z' },
  finalResults: {
    version: 1, finalisedAt: '2027-03-21T08:00:00.000Z',
    round: { name: 'Kevät 2027', participantKind: 'municipalities', participants: ['Turun kaupunki'], themes: [{ themeId: 'procurement', name: { fi: 'Hankinnat', sv: 'Upphandlingar', en: 'Procurement' } }], phases: [] },
    summary: { audience: 'member', ...SUMMARY },
  },
  publishResults: { publicId: 'Abc', version: 1, publishedAt: '2027-03-22T08:00:00.000Z', path: '/api/public/results/Abc' },
  earlierRatings: { previousRoundId: 'syksy-2026-abc123', previousRoundName: 'Syksy 2026', submittedAt: '2026-10-01T10:00:00.000Z', ratings: [{ themeId: 'procurement', rating: 2 }] },
};
