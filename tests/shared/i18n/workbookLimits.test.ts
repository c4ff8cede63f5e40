import { groupThousands, workbookLimitMessage } from '../../../shared/i18n/workbookLimits';
import { makeIssue } from '../../../shared/schemas/fieldIssue';

describe('the message for a workbook refused at a read limit', () => {
  it('groups thousands as each language writes them', () => {
    expect([groupThousands(5000, 'fi'), groupThousands(1234567, 'sv'), groupThousands(50000, 'en'), groupThousands(400, 'en')]).toEqual(['5\u00a0000', '1\u00a0234\u00a0567', '50,000', '400']);
  });

  it('names each limit with its value', () => {
    const en = (kind: string, max: number) => workbookLimitMessage(kind, max, 'en').split(': ')[1]!.split('. ')[0];
    expect([
      en('entries', 400), en('unpackedBytes', 16 * 1024 * 1024), en('partBytes', 64 * 1024), en('partBytes', 1024 * 1024), en('sheets', 20), en('rows', 5000), en('cells', 50000),
      en('sharedStrings', 10000), en('cellFormats', 2000), en('time', 20000), en('memory', 512),
    ]).toEqual([
      'it has more than 400 parts',
      'it unpacks to more than 16 MB',
      'one of its parts unpacks to more than 64 KB',
      'one of its parts unpacks to more than 1 MB',
      'it has more than 20 sheets',
      'it has more than 5,000 rows',
      'it has more than 50,000 cells',
      'it has more than 10,000 shared strings',
      'it has more than 2,000 cell formats',
      'reading it took more than 20 seconds',
      'reading it needed more than 512 MB of memory',
    ]);
  });

  it('names the new limits in Finnish and Swedish too', () => {
    const what = (kind: string, max: number, lang: 'fi' | 'sv') => workbookLimitMessage(kind, max, lang).split(': ')[1]!.split('. ')[0];
    expect([what('partBytes', 256 * 1024, 'fi'), what('sharedStrings', 10000, 'fi'), what('cellFormats', 2000, 'fi')]).toEqual([
      'jokin sen osista on purettuna yli 256 kt',
      'siinä on yli 10\u00a0000 jaettua merkkijonoa',
      'siinä on yli 2\u00a0000 solumuotoilua',
    ]);
    expect([what('partBytes', 1024 * 1024, 'sv'), what('sharedStrings', 10000, 'sv'), what('cellFormats', 2000, 'sv')]).toEqual([
      'någon av dess delar är större än 1 MB uppackad',
      'den har fler än 10\u00a0000 delade strängar',
      'den har fler än 2\u00a0000 cellformat',
    ]);
  });

  it('is the workbook_too_large issue in all three languages', () => {
    expect(makeIssue([], 'workbook_too_large', { value: 'cells', max: 50000 }).message).toEqual({
      fi: 'Työkirja on liian suuri luettavaksi: siinä on yli 50\u00a0000 solua. Lähetä täytetty Ilmastoyhteistyön pohja (template.xlsx) ilman ylimääräisiä välilehtiä, rivejä tai liitteitä.',
      sv: 'Arbetsboken är för stor för att läsas: den har fler än 50\u00a0000 celler. Skicka den ifyllda mallen från Ilmastoyhteistyö (template.xlsx) utan extra blad, rader eller bilagor.',
      en: 'The workbook is too large to read: it has more than 50,000 cells. Send the filled Ilmastoyhteistyö template (template.xlsx) without extra sheets, rows or attachments.',
    });
  });
});
