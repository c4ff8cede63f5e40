/** The text fields of a self-assessment item, in sheet order (no zod here: the task pane uses it). */
export const SELF_ASSESSMENT_TEXT_FIELDS = ['currentPractice', 'strengths', 'developmentAreas', 'evidence'] as const;
export type SelfAssessmentTextField = (typeof SELF_ASSESSMENT_TEXT_FIELDS)[number];
