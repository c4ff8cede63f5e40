import type { Lang } from '../../shared/i18n/lang';

/** One language's help: a heading and sections of [title, paragraphs]. `{api}` becomes the API base. */
type Help = { title: string; intro: string; sections: [string, string[]][] };

const HELP: Record<Lang, Help> = {
  fi: {
    title: 'Ilmastoyhteistyö – ohje',
    intro: 'Ilmastoyhteistyö on Excelin apuohjelma kuntien ja yritysten ilmastoyhteistyön vertaisoppimiskierroksille. Osallistuja täyttää kolme välilehteä (Profiili, Toimintamallit, Itsearviointi), saa suositukset ja lähettää vastauksensa kierrokselle. Koordinaattori luo kierroksen, kutsuu osallistujat ja hakee kaikkien vastaukset yhteenvedoksi.',
    sections: [
      ['Apuohjelman lisääminen Exceliin', [
        'Excel selaimessa: Aloitus › Apuohjelmat › Lisää apuohjelmia › Omat apuohjelmat › Lataa oma apuohjelma, ja valitse ylläpitäjältä saamasi manifest.xml.',
        'Excel Windowsissa: ylläpitäjä voi jakaa apuohjelman organisaatiolle, tai lisää manifest.xml sisältävä jaettu kansio luotettuihin apuohjelmaluetteloihin (Tiedosto › Asetukset › Luottamuskeskus) ja valitse se kohdasta Lisää › Omat apuohjelmat.',
        'Aloitus-välilehdelle tulee painike Avaa ilmastoyhteistyö.',
      ]],
      ['Kierroksen tunnus ja kutsutunniste', [
        'Molemmat ovat koordinaattorin lähettämässä kutsussa. Kirjoita ne apuohjelman kohtaan 3. Kutsutunniste on vain teidän organisaationne käyttöön: älä välitä sitä eteenpäin.',
      ]],
      ['Vastaaminen ilman apuohjelmaa', [
        'Lataa pohja osoitteesta {api}/template.xlsx?lang=fi, täytä keltaiset solut Excelissä tai LibreOfficessa ja lähetä tiedosto koordinaattorille, joka tuo sen kierrokselle. Teknisesti: POST {api}/rounds/&lt;kierroksen tunnus&gt;/submissions/&lt;tunnisteen alku ennen pistettä&gt;/import, otsakkeena Authorization: Bearer &lt;kutsutunniste&gt;.',
      ]],
    ],
  },
  sv: {
    title: 'Klimatsamarbete – hjälp',
    intro: 'Klimatsamarbete (på finska Ilmastoyhteistyö) är ett Excel-tillägg för kamratlärandeomgångar om klimatsamarbete mellan kommuner och företag. Deltagaren fyller i tre flikar (Profil, Verksamhetsmodeller, Självvärdering), får rekommendationer och skickar in sina svar till omgången. Koordinatorn skapar omgången, bjuder in deltagarna och hämtar allas svar till en sammanfattning.',
    sections: [
      ['Lägga till tillägget i Excel', [
        'Excel på webben: Start › Tillägg › Fler tillägg › Mina tillägg › Ladda upp mitt tillägg, och välj manifest.xml som du fått av administratören.',
        'Excel för Windows: administratören kan distribuera tillägget i organisationen, eller lägg till en delad mapp med manifest.xml bland betrodda tilläggskataloger (Arkiv › Alternativ › Säkerhetscenter) och välj det under Infoga › Mina tillägg.',
        'Fliken Start får knappen för att öppna Klimatsamarbete.',
      ]],
      ['Omgångens kod och inbjudningskoden', [
        'Båda finns i inbjudan från koordinatorn. Skriv in dem i tilläggets steg 3. Inbjudningskoden är endast för er organisation: skicka den inte vidare.',
      ]],
      ['Svara utan tillägget', [
        'Ladda ner mallen från {api}/template.xlsx?lang=sv, fyll i de gula cellerna i Excel eller LibreOffice och skicka filen till koordinatorn, som för in den i omgången. Tekniskt: POST {api}/rounds/&lt;omgångens kod&gt;/submissions/&lt;kodens början före punkten&gt;/import med rubriken Authorization: Bearer &lt;inbjudningskod&gt;.',
      ]],
    ],
  },
  en: {
    title: 'Climate cooperation – help',
    intro: 'Climate cooperation (Ilmastoyhteistyö in Finnish) is an Excel add-in for peer-learning rounds on climate cooperation between municipalities and companies. A participant fills in three sheets (Profile, Operating models, Self-assessment), gets recommendations and submits the answers to the round. The coordinator creates the round, invites the participants and pulls everyone’s answers into a summary.',
    sections: [
      ['Adding the add-in to Excel', [
        'Excel on the web: Home › Add-ins › More add-ins › My add-ins › Upload My Add-in, and choose the manifest.xml you got from your administrator.',
        'Excel for Windows: your administrator can deploy the add-in to the organisation, or add a shared folder holding manifest.xml as a trusted add-in catalog (File › Options › Trust Center) and pick it from Insert › My Add-ins.',
        'The Home tab gets a button that opens Climate cooperation.',
      ]],
      ['The round code and the invite token', [
        'Both are in the invitation from your coordinator. Enter them in step 3 of the add-in. The invite token is for your organisation only: please do not pass it on.',
      ]],
      ['Answering without the add-in', [
        'Download the template from {api}/template.xlsx?lang=en, fill in the yellow cells in Excel or LibreOffice and send the file to your coordinator, who brings it into the round. Technically: POST {api}/rounds/&lt;round code&gt;/submissions/&lt;the token up to the dot&gt;/import with the header Authorization: Bearer &lt;invite token&gt;.',
      ]],
    ],
  },
};

/**
 * The add-in's help page (manifest SupportUrl / Help.Url) in fi, sv and en: static HTML, no script,
 * under the pane's Content-Security-Policy `csp`. `apiBase` is where the template is downloaded.
 */
export function helpPage(csp: string, apiBase: string): string {
  const api = apiBase.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
  const sections = (Object.keys(HELP) as Lang[]).map((lang) => {
    const h = HELP[lang];
    const body = h.sections
      .map(([title, paras]) => `    <h3>${title}</h3>\n${paras.map((p) => `    <p>${p.replaceAll('{api}', api)}</p>`).join('\n')}`)
      .join('\n');
    return `  <section lang="${lang}" id="${lang}">\n    <h2>${h.title}</h2>\n    <p>${h.intro}</p>\n${body}\n  </section>`;
  });
  return [
    '<!doctype html>',
    '<html lang="fi">',
    '<head>',
    '  <meta charset="utf-8" />',
    `  <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
    '  <meta name="viewport" content="width=device-width, initial-scale=1" />',
    '  <title>Ilmastoyhteistyö – ohje / hjälp / help</title>',
    '  <style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:1rem auto;padding:0 1rem;line-height:1.5}section{border-top:1px solid #ccc;margin-top:1.5rem}</style>',
    '</head>',
    '<body>',
    '  <nav><a href="#fi">Suomeksi</a> · <a href="#sv">På svenska</a> · <a href="#en">In English</a></nav>',
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
