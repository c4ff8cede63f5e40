import type { Lang } from '../i18n/lang';

export interface Invitation {
  roundName: string;
  roundId: string;
  participantName: string;
  inviteToken: string;
  /** Where the participant template can be downloaded (GET /api/template.xlsx). */
  templateUrl?: string;
  /** The upload page next to the pane (`…/upload.html`); the invitation links it with the round and language. */
  uploadUrl?: string;
}

/**
 * The invitation a coordinator sends each participant, in fi, sv or en: what the round is, the two
 * codes, how to take part with the add-in or without it (the upload page: their own pre-filled
 * template, filled and sent back there), and that the token is theirs alone.
 * The add-in is named as Excel shows it in that language (manifest.xml), with the Finnish name too.
 */
export function invitationText(inv: Invitation, lang: Lang): string {
  // With the upload page the template comes from there, pre-filled; the blank one is offered only without it.
  const template = inv.uploadUrl ? '' : inv.templateUrl ?? '';
  const upload = inv.uploadUrl ? `${inv.uploadUrl}?round=${encodeURIComponent(inv.roundId)}&lang=${lang}` : '';
  const texts: Record<Lang, string[]> = {
    fi: [
      `Hei ${inv.participantName},`,
      `teidät on kutsuttu vertaisoppimiskierrokselle ”${inv.roundName}”.`,
      '1. Avaa Excelissä Ilmastoyhteistyö-apuohjelma ja luo välilehdet (kohta 1)' + (template ? `, tai lataa pohja: ${template}` : '') + '.',
      '2. Täytä Profiili, Toimintamallit ja Itsearviointi. Valitse jokaiselle itsearvioinnin riville jakamisen taso.',
      '3. Lähetä apuohjelman kohdassa 3 näillä tiedoilla:',
      `   Kierroksen tunnus: ${inv.roundId}`,
      `   Kutsutunniste: ${inv.inviteToken}`,
      ...(upload ? [`Ilman apuohjelmaa: avaa sivu ${upload} ja liitä sille kutsutunniste. Lataa sivulta oma esitäytetty pohjanne, täytä se Excelissä tai muussa taulukko-ohjelmassa ja lähetä se samalla sivulla.`] : []),
      'Kutsutunniste on vain teidän organisaationne käyttöön; älä välitä sitä eteenpäin.',
    ],
    sv: [
      `Hej ${inv.participantName},`,
      `ni har bjudits in till kamratlärandeomgången ”${inv.roundName}”.`,
      '1. Öppna tillägget Klimatsamarbete (på finska Ilmastoyhteistyö) i Excel och skapa flikarna (steg 1)' + (template ? `, eller ladda ner mallen: ${template}` : '') + '.',
      '2. Fyll i Profil, Verksamhetsmodeller och Självvärdering. Välj delningsnivå för varje rad i självvärderingen.',
      '3. Skicka in i tilläggets steg 3 med dessa uppgifter:',
      `   Omgångens kod: ${inv.roundId}`,
      `   Inbjudningskod: ${inv.inviteToken}`,
      ...(upload ? [`Utan tillägget: öppna sidan ${upload} och klistra in inbjudningskoden där. Ladda ner er egen förifyllda mall, fyll i den i Excel eller ett annat kalkylprogram och skicka den på samma sida.`] : []),
      'Inbjudningskoden är endast för er organisation; skicka den inte vidare.',
    ],
    en: [
      `Dear ${inv.participantName},`,
      `you are invited to the peer-learning round “${inv.roundName}”.`,
      '1. Open the Climate cooperation add-in (Ilmastoyhteistyö in Finnish) in Excel and create the sheets (step 1)' + (template ? `, or download the template: ${template}` : '') + '.',
      '2. Fill in Profile, Operating models and Self-assessment. Choose a sharing level for each self-assessment row.',
      '3. Submit in step 3 of the add-in with these details:',
      `   Round code: ${inv.roundId}`,
      `   Invite token: ${inv.inviteToken}`,
      ...(upload ? [`Without the add-in: open ${upload} and paste the invite token there. Download your own pre-filled template, fill it in with Excel or another spreadsheet program and upload it on the same page.`] : []),
      'The invite token is for your organisation only; please do not pass it on.',
    ],
  };
  return texts[lang].join('\n');
}
