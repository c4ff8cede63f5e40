import { cleanText } from '../../../shared/text/cleanText';

describe('cleanText', () => {
  it.each([
    ['vertical tab and form feed (Word’s pasted breaks) become line breaks', 'Rivi\vtoinen\fkolmas', 'Rivi\ntoinen\nkolmas'],
    ['other C0 controls go', 'a\u0000b\u0001c\u0008d\u000Ee\u001Ff', 'abcdef'],
    ['tab, LF and CR stay', 'a\tb\nc\r\nd', 'a\tb\nc\r\nd'],
    ['U+FFFE and U+FFFF go', 'A\uFFFEB\uFFFF', 'AB'],
    ['lone surrogates go, either half', 'puoli\uD800pari \uDC00loppu\uD83D', 'puolipari loppu'],
    ['a surrogate pair stays', 'ilmasto \uD83C\uDF0D', 'ilmasto 🌍'],
    ['markup characters stay (writers escape them)', '<b>&amp;</b> "x" \'y\' ]]>', '<b>&amp;</b> "x" \'y\' ]]>'],
    ['DEL, C1 controls and U+FFFD stay (XML 1.0 holds them)', 'a\u007Fb\u0085c\uFFFD', 'a\u007Fb\u0085c\uFFFD'],
    ['a formula-looking text is left to asSheetText', '=cmd|\' /C calc\'!A0', '=cmd|\' /C calc\'!A0'],
    ['empty', '', ''],
  ])('%s', (_what, text, expected) => {
    expect(cleanText(text)).toBe(expected);
  });
});
