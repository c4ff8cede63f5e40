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
