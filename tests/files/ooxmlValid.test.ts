/**
 * Every kind of file the service makes, checked as Excel checks a file before it opens it without a
 * repair prompt (tests/helpers/ooxmlCheck.ts): each XML part against the ISO/IEC 29500 and OPC
 * schemas with xmllint, characters XML forbids, relationship targets, content types, and data
 * validations that overlap. The participant file and the coordinator workbooks carry a round whose
 * every user-written string is hostile (hostileRound.ts), built without the schemas' cleaning.
 */
import JSZip from 'jszip';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';
import { writeReportXlsx } from '../../functions/xlsx/writeReportXlsx';
import { coordinatorSheets } from '../../shared/layouts/coordinatorSheets';
import { sharedModelsSheet } from '../../shared/layouts/sharedModelsSheet';
import { sharedModelsData } from '../../shared/rounds/coordinatorData';
import { ooxmlProblems } from '../helpers/ooxmlCheck';
import { HOSTILE, hostileCoordinatorData, ROUND, SUBMISSIONS, THEME_IDS } from './hostileRound';
import { hostileVisitForm } from './visitFormFile';
import { withVisits } from './visitRoundData';

const files: Record<string, () => Promise<Buffer>> = {
  'template-fi': () => participantXlsx('fi'),
  'template-sv': () => participantXlsx('sv'),
  'template-en': () => participantXlsx('en'),
  'participant-filled-fi': () => participantXlsx('fi', { submission: SUBMISSIONS[2]!, themeIds: THEME_IDS }),
  'coordinator-fi': () => writeReportXlsx(coordinatorSheets(hostileCoordinatorData(), 'fi')),
  'coordinator-sv': () => writeReportXlsx(coordinatorSheets(hostileCoordinatorData(), 'sv')),
  'coordinator-en': () => writeReportXlsx(coordinatorSheets(hostileCoordinatorData(), 'en')),
  // With the stored plan: the Visits and Report texts sheets and the Summary's team findings, hostile report texts.
  'coordinator-visits-fi': () => writeReportXlsx(coordinatorSheets(withVisits(hostileCoordinatorData(), Object.values(HOSTILE)), 'fi')),
  'coordinator-visits-sv': () => writeReportXlsx(coordinatorSheets(withVisits(hostileCoordinatorData(), Object.values(HOSTILE)), 'sv')),
  'shared-models-sv': () => writeReportXlsx([sharedModelsSheet(sharedModelsData(SUBMISSIONS), ROUND.name, 'sv')]),
  // The interview team's report form (GET …/visits/{hostId}/report.xlsx), hostile host, material and report texts.
  'visit-report-form-fi': () => hostileVisitForm('fi'),
  'visit-report-form-sv': () => hostileVisitForm('sv'),
};

describe('every file the service makes opens in Excel as it is', () => {
  it.each(Object.keys(files))('%s: schema-valid parts, allowed characters, sound package, no overlapping validations', async (name) => {
    expect(await ooxmlProblems(await files[name]!())).toEqual([]);
  }, 60_000);
});

/** The template with one part rewritten (or removed, for undefined). */
async function tampered(edit: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await participantXlsx('fi'));
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const rewrite = async (zip: JSZip, part: string, f: (xml: string) => string) => void zip.file(part, f(await zip.file(part)!.async('string')));

describe('the check finds what Excel would repair', () => {
  it('a U+FFFF in a shared string', async () => {
    const bytes = await tampered((zip) => rewrite(zip, 'xl/sharedStrings.xml', (x) => x.replace('<t>Kenttä</t>', '<t>Kent\uFFFFtä</t>')));
    const problems = await ooxmlProblems(bytes);
    expect(problems[0]).toBe('xl/sharedStrings.xml: forbidden character U+FFFF near " yhdessä).</t></si><si><t>Kent"');
    expect(problems.slice(1).some((p) => p.startsWith('xl/sharedStrings.xml:') && p.includes('parser error'))).toBe(true);
  });

  it('a control character as a character reference', async () => {
    const bytes = await tampered((zip) => rewrite(zip, 'xl/sharedStrings.xml', (x) => x.replace('<t>Kenttä</t>', '<t>Kent&#x1;tä</t>')));
    expect((await ooxmlProblems(bytes))[0]).toBe('xl/sharedStrings.xml: character reference &#x1; to a forbidden character');
  });

  it('overlapping data validations, as ExcelJS merged them', async () => {
    const bytes = await tampered((zip) =>
      rewrite(zip, 'xl/worksheets/sheet2.xml', (x) => x.replace(/sqref="J5:J39"/, 'sqref="J10:J39"><formula1>"a"</formula1></dataValidation><dataValidation type="list" sqref="J5:J39"')),
    );
    expect(await ooxmlProblems(bytes)).toEqual(['xl/worksheets/sheet2.xml: data validations overlap: J10:J39 and J5:J39']);
  });

  it('a missing relationship target and a part without a content type', async () => {
    const bytes = await tampered(async (zip) => {
      zip.remove('xl/tables/table1.xml');
      zip.file('xl/extra.bin', 'x');
    });
    expect(await ooxmlProblems(bytes)).toEqual([
      '[Content_Types].xml: override for /xl/tables/table1.xml, which is not in the package',
      'xl/extra.bin: no content type',
      'xl/worksheets/_rels/sheet2.xml.rels: rId1 points at ../tables/table1.xml (xl/tables/table1.xml), which is not in the package',
    ]);
  });

  it('an element the schema does not allow where it stands', async () => {
    const bytes = await tampered((zip) => rewrite(zip, 'xl/workbook.xml', (x) => x.replace('<sheets>', '<calcPr/><sheets>')));
    const problems = await ooxmlProblems(bytes);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^xl\/workbook\.xml:\d+: element calcPr: Schemas validity error : Element '\{http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main\}calcPr': This element is not expected\./);
    expect(problems[1]).toBe('xl/workbook.xml fails to validate');
  });
});
