import type { Lang, Localized } from '../../shared/i18n/lang';

/** Every text of the upload page (upload.html), in fi, sv and en. */
export const UPLOAD_STRINGS = {
  title: { fi: 'Ilmastoyhteistyö – lähetä täytetty pohja', sv: 'Klimatsamarbete – skicka in den ifyllda mallen', en: 'Climate cooperation – send the filled template' },
  intro: {
    fi: 'Tällä sivulla osallistut kierrokselle ilman Excelin apuohjelmaa: liitä kutsutunniste, lataa oma pohjasi, täytä se ja lähetä se takaisin.',
    sv: 'På den här sidan deltar ni i omgången utan tillägget i Excel: klistra in inbjudningskoden, ladda ner er mall, fyll i den och skicka tillbaka den.',
    en: 'On this page you take part in the round without the Excel add-in: paste the invite token, download your template, fill it in and send it back.',
  },
  language: { fi: 'Kieli', sv: 'Språk', en: 'Language' },
  step1: { fi: '1. Tunnisteet', sv: '1. Koder', en: '1. Codes' },
  roundCode: { fi: 'Kierroksen tunnus', sv: 'Omgångens kod', en: 'Round code' },
  inviteToken: { fi: 'Kutsutunniste', sv: 'Inbjudningskod', en: 'Invite token' },
  tokenHelp: {
    fi: 'Liitä kutsusta saamasi kutsutunniste. Sitä ei tallenneta tälle sivulle eikä osoitteeseen.',
    sv: 'Klistra in inbjudningskoden från inbjudan. Den sparas inte på sidan eller i adressen.',
    en: 'Paste the invite token from your invitation. It is not stored on this page or in the address.',
  },
  step2: { fi: '2. Lataa oma pohja', sv: '2. Ladda ner er mall', en: '2. Download your template' },
  step2Help: {
    fi: 'Pohjassa ovat valmiina kierroksen tunnus, organisaatiosi nimi ja kierroksen teemat. Täytä keltaiset solut Excelissä tai muussa taulukko-ohjelmassa ja tallenna .xlsx-muodossa.',
    sv: 'Mallen innehåller redan omgångens kod, er organisations namn och omgångens teman. Fyll i de gula cellerna i Excel eller ett annat kalkylprogram och spara i .xlsx-format.',
    en: 'The template already holds the round code, your organisation’s name and the round’s themes. Fill in the yellow cells in Excel or another spreadsheet program and save it as .xlsx.',
  },
  download: { fi: 'Lataa pohja (.xlsx)', sv: 'Ladda ner mallen (.xlsx)', en: 'Download the template (.xlsx)' },
  downloaded: { fi: 'Pohja ladattiin tiedostoon {file}. Täytä se ja lähetä kohdassa 3.', sv: 'Mallen laddades ner till filen {file}. Fyll i den och skicka in den i steg 3.', en: 'The template was downloaded as {file}. Fill it in and send it in step 3.' },
  downloadFailed: { fi: 'Pohjan lataus epäonnistui. {reason}', sv: 'Mallen kunde inte laddas ner. {reason}', en: 'The template could not be downloaded. {reason}' },
  step3: { fi: '3. Lähetä täytetty pohja', sv: '3. Skicka in den ifyllda mallen', en: '3. Send the filled template' },
  file: { fi: 'Täytetty tiedosto (.xlsx)', sv: 'Ifylld fil (.xlsx)', en: 'Filled file (.xlsx)' },
  chooseFile: { fi: 'Valitse tiedosto…', sv: 'Välj fil…', en: 'Choose file…' },
  noFile: { fi: 'Tiedostoa ei ole valittu.', sv: 'Ingen fil vald.', en: 'No file chosen.' },
  send: { fi: 'Lähetä', sv: 'Skicka', en: 'Send' },
  sending: { fi: 'Lähetetään ja tarkistetaan…', sv: 'Skickar och kontrollerar…', en: 'Sending and checking…' },
  needCodes: { fi: 'Anna ensin kierroksen tunnus ja kutsutunniste (kohta 1).', sv: 'Ange först omgångens kod och inbjudningskoden (steg 1).', en: 'First enter the round code and the invite token (step 1).' },
  stored: { fi: 'Tallennettu: versio {version}, {time}', sv: 'Sparad: version {version}, {time}', en: 'Stored: version {version}, {time}' },
  storedNext: {
    fi: 'Koordinaattori näkee nyt tämän version. Voit lähettää korjatun tiedoston myöhemmin uudelleen; uusin versio jää voimaan.',
    sv: 'Koordinatorn ser nu den här versionen. Ni kan skicka en rättad fil senare; den senaste versionen gäller.',
    en: 'The coordinator now sees this version. You can send a corrected file later; the latest version counts.',
  },
  visitStep: { fi: '4. Vierailun palauteraportti (haastatteluryhmälle)', sv: '4. Besökets återkopplingsrapport (för intervjugruppen)', en: '4. Visit feedback report (for the interview team)' },
  visitHelp: {
    fi: 'Jos olet haastatteluryhmässä, hae vierailusi, lataa isännän raporttilomake, kirjoita kysymykset ja raportti Excelissä ja lähetä lomake takaisin.',
    sv: 'Om ni är med i en intervjugrupp: hämta era besök, ladda ner värdens rapportblankett, skriv frågorna och rapporten i Excel och skicka tillbaka blanketten.',
    en: 'If you are on an interview team: find your visits, download the host’s report form, write the questions and the report in Excel and send the form back.',
  },
  findVisits: { fi: 'Hae vierailuni', sv: 'Hämta mina besök', en: 'Find my visits' },
  host: { fi: 'Isäntä', sv: 'Värd', en: 'Host' },
  hostWith: { fi: '{host} (ryhmässä kanssasi: {with})', sv: '{host} (i gruppen med er: {with})', en: '{host} (on the team with you: {with})' },
  noPlan: { fi: 'Haastattelusuunnitelmaa ei ole vielä tehty. Koordinaattori kertoo, kun ryhmät on muodostettu.', sv: 'Intervjuplanen har inte gjorts ännu. Koordinatorn meddelar när grupperna är klara.', en: 'There is no interview plan yet. The coordinator will tell you when the teams are formed.' },
  noVisits: { fi: 'Et ole tämän kierroksen haastatteluryhmissä.', sv: 'Ni är inte med i någon intervjugrupp i den här omgången.', en: 'You are not on any interview team in this round.' },
  downloadForm: { fi: 'Lataa raporttilomake (.xlsx)', sv: 'Ladda ner rapportblanketten (.xlsx)', en: 'Download the report form (.xlsx)' },
  formDownloaded: { fi: 'Lomake ladattiin tiedostoon {file}. Täytä se ja lähetä alla.', sv: 'Blanketten laddades ner till filen {file}. Fyll i den och skicka den nedan.', en: 'The form was downloaded as {file}. Fill it in and send it below.' },
  formFile: { fi: 'Täytetty raporttilomake (.xlsx)', sv: 'Ifylld rapportblankett (.xlsx)', en: 'Filled report form (.xlsx)' },
  sendForm: { fi: 'Lähetä raportti', sv: 'Skicka rapporten', en: 'Send the report' },
  releaseReport: { fi: 'Julkaise raportti isännälle', sv: 'Publicera rapporten för värden', en: 'Release the report to the host' },
  reportReleased: { fi: 'Julkaistu isännälle ({host}): raportin versio {version}, {time}.', sv: 'Publicerad för värden ({host}): rapportversion {version}, {time}.', en: 'Released to the host ({host}): report version {version}, {time}.' },
  nothingToRelease: { fi: 'Raporttia ei ole vielä tallennettu: lähetä täytetty lomake ensin.', sv: 'Rapporten har inte sparats ännu: skicka den ifyllda blanketten först.', en: 'No report is stored yet: send the filled form first.' },
  releaseFailed: { fi: 'Raporttia ei julkaistu. {reason}', sv: 'Rapporten publicerades inte. {reason}', en: 'The report was not released. {reason}' },
  /** The first word of the report form's file name. */
  formFilePrefix: { fi: 'vierailu', sv: 'besok', en: 'visit' },
  reportStored: { fi: 'Tallennettu: raportin versio {version}, {time}', sv: 'Sparad: rapportversion {version}, {time}', en: 'Stored: report version {version}, {time}' },
  reportStoredNext: {
    fi: 'Toinen ryhmäläinen ja koordinaattori näkevät nyt tämän version. Isäntä näkee raportin vasta, kun julkaisette sen (Julkaise raportti isännälle). Lataa uusi lomake ennen seuraavia muutoksia.',
    sv: 'Den andra gruppmedlemmen och koordinatorn ser nu den här versionen. Värden ser rapporten först när ni publicerar den (Publicera rapporten för värden). Ladda ner en ny blankett före nästa ändringar.',
    en: 'The other team member and the coordinator now see this version. The host sees the report only once you release it (Release the report to the host). Download a new form before your next changes.',
  },
  questionsStored: { fi: 'Myös muuttuneet kysymykset tallennettiin (niitä ei lähetetty isännälle).', sv: 'De ändrade frågorna sparades också (de skickades inte till värden).', en: 'The changed questions were stored too (not sent to the host).' },
  reportStale: {
    fi: 'Toinen ryhmäläinen tallensi raportin sen jälkeen, kun latasit lomakkeen. Tästä tiedostosta ei tallennettu mitään eikä mitään kadonnut: lataa lomake uudelleen, siirrä muutoksesi siihen ja lähetä se.',
    sv: 'Den andra gruppmedlemmen sparade rapporten efter att du laddade ner blanketten. Inget från filen sparades och inget gick förlorat: ladda ner blanketten på nytt, för över dina ändringar och skicka den.',
    en: 'The other team member saved the report after you downloaded the form. Nothing from this file was stored and nothing was lost: download the form again, carry your changes over to it and send it.',
  },
  errorsFound: {
    fi: 'Tiedostossa on korjattavaa: {n}. Korjaa nämä solut, tallenna ja lähetä tiedosto uudelleen.',
    sv: 'Filen har fel att rätta: {n}. Rätta de här cellerna, spara och skicka filen igen.',
    en: 'Things to fix in the file: {n}. Fix these cells, save and send the file again.',
  },
  errorAt: { fi: 'Välilehti {sheet}, solu {cell}', sv: 'Flik {sheet}, cell {cell}', en: 'Sheet {sheet}, cell {cell}' },
  status401: {
    fi: 'Kutsutunniste ei kelpaa tälle kierrokselle. Liitä koko tunniste kutsusta (myös pisteen jälkeinen osa) tai pyydä koordinaattorilta uusi.',
    sv: 'Inbjudningskoden gäller inte för den här omgången. Klistra in hela koden från inbjudan (även delen efter punkten) eller be koordinatorn om en ny.',
    en: 'The invite token does not open this round. Paste the whole token from your invitation (including the part after the dot) or ask the coordinator for a new one.',
  },
  status404: {
    fi: 'Kierrosta tai osallistujaa ei löytynyt. Tarkista kierroksen tunnus ja kutsutunniste kutsusta.',
    sv: 'Omgången eller deltagaren hittades inte. Kontrollera omgångens kod och inbjudningskoden i inbjudan.',
    en: 'The round or the participant was not found. Check the round code and the invite token in your invitation.',
  },
  status409: {
    fi: 'Samaan aikaan tallennettiin toinen versio, eikä tätä ehditty tallentaa. Lähetä tiedosto uudelleen hetken kuluttua.',
    sv: 'En annan version sparades samtidigt och den här hann inte sparas. Skicka filen igen om en stund.',
    en: 'Another version was being stored at the same time and this one was not. Send the file again in a moment.',
  },
  status412: {
    fi: 'Tietosi muuttuivat lähettämisen aikana. Lähetä tiedosto uudelleen.',
    sv: 'Era uppgifter ändrades medan filen skickades. Skicka filen igen.',
    en: 'Your data changed while the file was being sent. Send the file again.',
  },
  status413: {
    fi: 'Tiedosto on liian suuri tai siinä on liikaa sisältöä ({detail}). Käytä ladattua pohjaa, poista ylimääräiset välilehdet, rivit ja kuvat ja lähetä uudelleen.',
    sv: 'Filen är för stor eller har för mycket innehåll ({detail}). Använd den nedladdade mallen, ta bort extra flikar, rader och bilder och skicka igen.',
    en: 'The file is too large or holds too much ({detail}). Use the downloaded template, remove extra sheets, rows and pictures, and send it again.',
  },
  status415: {
    fi: 'Tiedosto ei ole Excel-työkirja. Tallenna se muodossa Excel-työkirja (.xlsx) ja lähetä uudelleen.',
    sv: 'Filen är inte en Excel-arbetsbok. Spara den som Excel-arbetsbok (.xlsx) och skicka igen.',
    en: 'The file is not an Excel workbook. Save it as an Excel workbook (.xlsx) and send it again.',
  },
  status503: {
    fi: 'Palvelu on juuri nyt varattu. Odota hetki ja lähetä tiedosto uudelleen.',
    sv: 'Tjänsten är upptagen just nu. Vänta en stund och skicka filen igen.',
    en: 'The service is busy right now. Wait a moment and send the file again.',
  },
  offline: {
    fi: 'Palveluun ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
    sv: 'Det gick inte att nå tjänsten. Kontrollera nätverksanslutningen och försök igen.',
    en: 'The service could not be reached. Check your network connection and try again.',
  },
  incompatible: {
    fi: 'Palvelu vastasi muodossa, jota tämä sivun versio ei ymmärrä. Lataa sivu uudelleen ja yritä sitten uudestaan.',
    sv: 'Tjänsten svarade i en form som den här versionen av sidan inte förstår. Ladda om sidan och försök sedan igen.',
    en: 'The service answered in a form this version of the page does not understand. Reload the page, then try again.',
  },
  unexpected: {
    fi: 'Odottamaton virhe ({detail}). Yritä myöhemmin uudelleen; jos virhe toistuu, kerro siitä koordinaattorille.',
    sv: 'Oväntat fel ({detail}). Försök igen senare; om felet upprepas, berätta det för koordinatorn.',
    en: 'Unexpected error ({detail}). Try again later; if it happens again, tell the coordinator.',
  },
} as const satisfies Record<string, Localized>;

export type UploadStringKey = keyof typeof UPLOAD_STRINGS;

/** An upload-page string in `lang` with its `{params}` filled in. */
export function uploadText(lang: Lang, key: UploadStringKey, params: Record<string, string | number> = {}): string {
  return Object.entries(params).reduce<string>((s, [k, v]) => s.split(`{${k}}`).join(String(v)), UPLOAD_STRINGS[key][lang]);
}
