import { invitationText } from '../../../shared/rounds/invitation';

const inv = { roundName: 'Kevät', roundId: 'kevat-abc', participantName: 'Turku', inviteToken: 'turku.SECRET' };

describe('invitationText', () => {
  it('names the add-in as Excel shows it in the invitation’s language', () => {
    expect(invitationText(inv, 'fi').split('\n')[2]).toBe('1. Avaa Excelissä Ilmastoyhteistyö-apuohjelma ja luo välilehdet (kohta 1).');
    expect(invitationText(inv, 'sv').split('\n')[2]).toBe('1. Öppna tillägget Klimatsamarbete (på finska Ilmastoyhteistyö) i Excel och skapa flikarna (steg 1).');
    expect(invitationText(inv, 'en').split('\n')[2]).toBe('1. Open the Climate cooperation add-in (Ilmastoyhteistyö in Finnish) in Excel and create the sheets (step 1).');
  });

  it('offers the template link when there is one', () => {
    expect(invitationText({ ...inv, templateUrl: 'https://x.example/api/template.xlsx' }, 'sv')).toContain(', eller ladda ner mallen: https://x.example/api/template.xlsx.');
  });
});

describe('invitationText with the upload page', () => {
  const withPage = { ...inv, templateUrl: 'https://api.example/api/template.xlsx', uploadUrl: 'https://pane.example/upload.html' };

  it('explains both ways: the add-in, or the pre-filled template and the upload page linked with the round and language', () => {
    const fi = invitationText(withPage, 'fi').split('\n');
    expect(fi[2]).toBe('1. Avaa Excelissä Ilmastoyhteistyö-apuohjelma ja luo välilehdet (kohta 1).');
    expect(fi).toContain('Ilman apuohjelmaa: avaa sivu https://pane.example/upload.html?round=kevat-abc&lang=fi ja liitä sille kutsutunniste. Lataa sivulta oma esitäytetty pohjanne, täytä se Excelissä tai muussa taulukko-ohjelmassa ja lähetä se samalla sivulla.');
    expect(invitationText(withPage, 'sv')).toContain('Utan tillägget: öppna sidan https://pane.example/upload.html?round=kevat-abc&lang=sv och klistra in inbjudningskoden där.');
    expect(invitationText(withPage, 'en')).toContain('Without the add-in: open https://pane.example/upload.html?round=kevat-abc&lang=en and paste the invite token there.');
  });

  it('never puts the token in the link, and offers the blank template only without the page', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const text = invitationText(withPage, lang);
      expect(text).not.toContain('template.xlsx');
      expect(text.split('\n').filter((l) => l.includes('turku.SECRET'))).toHaveLength(1);
      expect(text).not.toMatch(/upload\.html\S*SECRET/);
    }
  });
});
