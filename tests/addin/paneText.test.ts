import { paneText } from '../../addin/hooks/useStrings';

describe('paneText: counts of one in the singular', () => {
  it.each([
    ['fi', 'Valmis: 1/1 osallistuja on lähettänyt. Välilehdet päivitettiin.', 'Valmis: 1/3 osallistujaa on lähettänyt. Välilehdet päivitettiin.'],
    ['sv', 'Klart: 1/1 deltagare har skickat in. Flikarna uppdaterades.', 'Klart: 1/3 deltagare har skickat in. Flikarna uppdaterades.'],
    ['en', 'Done: 1 of 1 participant has submitted. The sheets were updated.', 'Done: 1 of 3 participants have submitted. The sheets were updated.'],
  ] as const)('pulled (%s)', (lang, one, three) => {
    expect([paneText(lang, 'pulled', { submitted: 1, n: 1 }), paneText(lang, 'pulled', { submitted: 1, n: 3 })]).toEqual([one, three]);
  });

  it('themes saved and shared sheet, fi', () => {
    expect([
      paneText('fi', 'themesSaved', { n: 1 }),
      paneText('fi', 'themesSaved', { n: 2 }),
      paneText('fi', 'sharedInserted', { sheet: 'Kierroksen mallit', n: 1 }),
    ]).toEqual([
      'Teemat tallennettiin: kierroksella on nyt 1 teema.',
      'Teemat tallennettiin: kierroksella on nyt 2 teemaa.',
      'Välilehti Kierroksen mallit on päivitetty (1 osallistuja).',
    ]);
  });
});
