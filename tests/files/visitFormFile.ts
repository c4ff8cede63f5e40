import { visitFormXlsx } from '../../functions/xlsx/visitFormXlsx';
import type { Lang } from '../../shared/i18n/lang';
import { visitFormInstructions } from '../../shared/layouts/visitFormInstructions';
import { visitSheet, type VisitSheetData } from '../../shared/layouts/visitSheet';
import { HOSTILE, OWN_THEMES, ROUND, SUBMISSIONS } from './hostileRound';

const all = Object.values(HOSTILE);

/** The team's form for a host whose every user-written string is hostile (hostileRound.ts), built without the schemas' cleaning. */
export const HOSTILE_VISIT: VisitSheetData = {
  hostId: 'aura',
  hostName: `=Aura\u0001${HOSTILE.nonCharacters}`,
  themes: ROUND.themes,
  details: {
    dates: ['2026-04-02'],
    roles: [HOSTILE.formula, HOSTILE.markup],
    contact: { name: HOSTILE.controls, role: HOSTILE.escapes, email: 'yhteys@aura.fi' },
    material: { texts: [HOSTILE.emoji, HOSTILE.loneSurrogates], links: [{ title: HOSTILE.formula, url: 'https://aura.fi/?a=1&b=<2>' }] },
  },
  selfAssessment: SUBMISSIONS[0]!.selfAssessment,
  questions: { themes: [{ themeId: OWN_THEMES[2]!.id, questions: all }], sentAt: '2026-03-20T10:00:00.000Z' },
  report: {
    themes: [{ themeId: OWN_THEMES[1]!.id, strengths: all.map((text, i) => ({ id: `item000${i}`, text })), developmentAreas: [{ id: 'itemdev1', text: HOSTILE.formula }] }],
    summary: HOSTILE.escapes,
    feedbackNotes: HOSTILE.emoji,
  },
  reportVersion: { version: 3, savedBy: 'eura', savedAt: '2026-03-21T09:00:00.000Z' },
};

/** The hostile form file in `lang`, made from report version 3 and questions revision 2. */
export function hostileVisitForm(lang: Lang): Promise<Buffer> {
  const form = visitSheet(HOSTILE_VISIT, lang);
  const instructions = visitFormInstructions(lang, { roundName: ROUND.name, hostName: HOSTILE_VISIT.hostName, sheetTitle: form.title, uploadUrl: 'https://pane.example/upload.html?round=x&lang=fi' });
  return visitFormXlsx(lang, form, instructions, { roundId: ROUND.roundId, hostId: 'aura', reportVersion: 3, questionsRevision: 2 });
}
