import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { VISIT_SHEET_STRINGS } from '../../shared/i18n/visitSheetStrings';
import type { FormSheet } from '../../shared/layouts/formSheet';
import { visitFormInstructions } from '../../shared/layouts/visitFormInstructions';
import { visitSheet } from '../../shared/layouts/visitSheet';
import { openVisit } from '../rounds/visitAccess';
import { visitFormData } from '../rounds/visitFormData';
import { xlsxResponse } from '../xlsx/xlsxResponse';
import { uploadUrl } from './round-template-get';
import { visitFormXlsx } from '../xlsx/visitFormXlsx';

const FILE_HINT: Record<Lang, string> = {
  fi: 'Ylhäällä isännän tiedot ja itsearviointi (vain luettavaksi). Kirjoita kysymykset keltaisiin soluihin (yksi kysymys rivillään solun sisällä) ja raportin vahvuudet ja kehittämiskohteet (yksi kohta riville). Palauta tiedosto Ohjeet-välilehden mukaan.',
  sv: 'Överst värdens uppgifter och självvärdering (endast för läsning). Skriv frågorna i de gula cellerna (en fråga per rad i cellen) och rapportens styrkor och utvecklingsområden (en punkt per rad). Skicka filen enligt fliken Anvisningar.',
  en: 'At the top, the host’s details and self-assessment (read only). Write the questions in the yellow cells (one question per line within the cell) and the report’s strengths and development areas (one item per row). Return the file as the Instructions sheet says.',
};

/** The sheet's hint speaks of the task pane; the file's speaks of returning the file. */
function forFile(form: FormSheet, lang: Lang): FormSheet {
  const paneHint = VISIT_SHEET_STRINGS.teamHint[lang];
  return { ...form, blocks: form.blocks.map((b) => (b.kind === 'line' && b.cells[0] === paneHint ? { ...b, cells: [FILE_HINT[lang]] } : b)) };
}

/**
 * GET /api/rounds/{roundId}/visits/{hostId}/report.xlsx (team, coordinator): the team's report form
 * for teams without the add-in: the Vierailu sheet as the pane writes it (the host's details,
 * material and self-assessment as the team may see it, the current questions and the latest report
 * version with its item ids in the hidden column), after instructions saying how to return it, which
 * carry the round, the host and the versions the import sends as If-Match.
 */
export async function visitReportFormGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const v = await openVisit(request, 'visit-report-form-get');
  if (!v.ok) return v.response;
  const { data, reportVersion, questionsRevision } = await visitFormData(v);
  const form = forFile(visitSheet(data, v.lang), v.lang);
  const url = uploadUrl(v.r.roundId, v.lang);
  const instructions = visitFormInstructions(v.lang, { roundName: v.r.access.stored.round.name, hostName: data.hostName, sheetTitle: form.title, ...(url ? { uploadUrl: url } : {}) });
  const bytes = await visitFormXlsx(v.lang, form, instructions, { roundId: v.r.roundId, hostId: v.hostId, reportVersion, questionsRevision });
  return xlsxResponse(bytes, `${v.r.roundId}-${v.hostId}-report-${v.lang}.xlsx`);
}
