/** The Excel table names of the coordinator's and the shared sheets (stable: formulas and PivotTables refer to them). */
export const REPORT_TABLES = {
  round: 'IlmRoundInfo',
  phases: 'IlmRoundPhases',
  participants: 'IlmRoundParticipants',
  combined: 'IlmRoundCombined',
  themes: 'IlmSummaryThemes',
  texts: 'IlmSummaryTexts',
  models: 'IlmSummaryModels',
  shared: 'IlmSharedModels',
  sharedTop: 'IlmSharedTop',
  interviews: 'IlmInterviewPlan',
} as const;
