import { readParticipantXlsx } from '../../../functions/xlsx/readXlsx';
import { participantXlsx } from '../../../functions/xlsx/writeXlsx';
import { earlierRatingLine, withEarlierRatings } from '../../../shared/layouts/earlierRatings';
import { readWorkbook } from '../../../shared/layouts/readWorkbook';
import { renderWorkbookValues } from '../../../shared/layouts/renderWorkbookValues';
import { selfAssessmentColumn } from '../../../shared/layouts/selfAssessmentLayout';
import { makeSubmission } from '../../helpers/makeSubmission';

// Progress over rounds: the participant's own earlier rating as a second line of the read-only theme cell.
describe('earlier ratings in the self-assessment sheet', () => {
  const theme = selfAssessmentColumn('theme') - 1;
  const themes = ['procurement', 'energy-audits'];

  it('writes the line in each language, only on the themes rated then', () => {
    expect(['fi', 'sv', 'en'].map((l) => earlierRatingLine(3, l as 'fi'))).toEqual(['Edellinen kierros: 3 – Osittain käytössä', 'Föregående omgång: 3 – Delvis i bruk', 'Previous round: 3 – Partly in place']);
    const rows = withEarlierRatings(renderWorkbookValues('fi', undefined, themes).selfAssessment, [{ themeId: 'procurement', rating: 3 }, { themeId: 'not-in-round', rating: 5 }], 'fi');
    expect(rows.map((r) => r[theme])).toEqual(['Hankinnat\nEdellinen kierros: 3 – Osittain käytössä', 'Energiakatselmukset']);
  });

  it('leaves the submission read back from the file unchanged', async () => {
    const submission = makeSubmission({ selfAssessment: [{ themeId: 'procurement', rating: 4, strengths: 'Kriteerit', sharing: 'summary' }] });
    const read = async (earlierRatings?: { themeId: string; rating: number }[]) => {
      const r = await readParticipantXlsx(await participantXlsx('fi', { submission, themes, ...(earlierRatings ? { earlierRatings } : {}) }));
      if (!r.ok) throw new Error(r.code);
      return r.values;
    };
    const [plain, withEarlier] = await Promise.all([read(), read([{ themeId: 'procurement', rating: 2 }])]);
    expect(withEarlier.selfAssessment[0]![theme]).toBe('Hankinnat\nEdellinen kierros: 2 – Alkuvaiheessa');
    expect(readWorkbook(withEarlier).input).toEqual(readWorkbook(plain).input);
  });
});
