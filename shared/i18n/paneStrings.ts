import type { Localized } from './lang';

/** Every text of the task pane, in fi, sv and en. */
export const PANE_STRINGS = {
  appTitle: { fi: 'Ilmastoyhteistyö', sv: 'Klimatsamarbete', en: 'Climate cooperation' },
  tagline: {
    fi: 'Kunnan ja yritysten ilmastoyhteistyön toimintamallit ja itsearviointi',
    sv: 'Verksamhetsmodeller och självvärdering för klimatsamarbete mellan kommun och företag',
    en: 'Operating models and self-assessment for municipal climate cooperation with businesses',
  },
  language: { fi: 'Kieli', sv: 'Språk', en: 'Language' },
  step1: { fi: '1. Taulukot', sv: '1. Flikar', en: '1. Sheets' },
  step1Help: {
    fi: 'Luo Profiili-, Toimintamallit- ja Itsearviointi-välilehdet. Uudelleenajo päivittää rakenteen ja säilyttää merkintäsi.',
    sv: 'Skapa flikarna Profil, Verksamhetsmodeller och Självvärdering. En ny körning uppdaterar strukturen och behåller era uppgifter.',
    en: 'Create the Profile, Operating models and Self-assessment sheets. Running it again updates the layout and keeps your entries.',
  },
  create: { fi: 'Luo tai päivitä välilehdet', sv: 'Skapa eller uppdatera flikarna', en: 'Create or update sheets' },
  created: { fi: 'Välilehdet ovat valmiit. Täytä keltaiset solut.', sv: 'Flikarna är klara. Fyll i de gula cellerna.', en: 'The sheets are ready. Fill in the yellow cells.' },
  step2: { fi: '2. Tarkista ja suosittele', sv: '2. Kontrollera och rekommendera', en: '2. Check and recommend' },
  check: { fi: 'Tarkista', sv: 'Kontrollera', en: 'Check' },
  checkOk: { fi: 'Ei virheitä. Voit hakea suositukset.', sv: 'Inga fel. Ni kan hämta rekommendationerna.', en: 'No errors. You can get the recommendations.' },
  errorsFound: { fi: 'Korjattavaa: {n}. Valitse virhe siirtyäksesi soluun.', sv: 'Att rätta: {n}. Välj ett fel för att gå till cellen.', en: 'To fix: {n}. Select an error to go to its cell.' },
  recommend: { fi: 'Hae suositukset', sv: 'Hämta rekommendationer', en: 'Get recommendations' },
  recommended: { fi: 'Suositukset kirjoitettiin Suositukset-välilehdelle.', sv: 'Rekommendationerna skrevs på fliken Rekommendationer.', en: 'The recommendations were written to the Recommendations sheet.' },
  topApproach: { fi: 'Suositeltu koordinointitapa', sv: 'Rekommenderat koordineringssätt', en: 'Recommended coordination approach' },
  step3: { fi: '3. Lähetä kierrokselle', sv: '3. Skicka till omgången', en: '3. Submit to the round' },
  roundCode: { fi: 'Kierroksen tunnus', sv: 'Omgångens kod', en: 'Round code' },
  inviteToken: { fi: 'Kutsutunniste', sv: 'Inbjudningskod', en: 'Invite token' },
  tokenHelp: {
    fi: 'Koordinaattorilta saatu tunniste tallennetaan vain tähän selaimeen, ei työkirjaan.',
    sv: 'Koden från koordinatorn sparas bara i den här webbläsaren, inte i arbetsboken.',
    en: 'The token from your coordinator is kept only in this browser, never in the workbook.',
  },
  submit: { fi: 'Lähetä', sv: 'Skicka', en: 'Submit' },
  submitted: { fi: 'Lähetetty: versio {version}, {time}.', sv: 'Skickat: version {version}, {time}.', en: 'Submitted: version {version}, {time}.' },
  busy: { fi: 'Työskennellään…', sv: 'Arbetar…', en: 'Working…' },
  notInOffice: {
    fi: 'Tämä tehtäväruutu toimii Excelissä. Avaa Excel ja lisää apuohjelma (ks. README), niin voit aloittaa.',
    sv: 'Det här åtgärdsfönstret fungerar i Excel. Öppna Excel och lägg till tillägget (se README) för att börja.',
    en: 'This task pane works inside Excel. Open Excel and add the add-in (see the README) to start.',
  },
  oldExcel: {
    fi: 'Tämä Excel-versio ei tue pudotusvalikoita (ExcelApi 1.8). Välilehdet luodaan ilman niitä; päivitä Excel saadaksesi ne.',
    sv: 'Den här Excel-versionen stöder inte listrutor (ExcelApi 1.8). Flikarna skapas utan dem; uppdatera Excel för att få dem.',
    en: 'This version of Excel does not support dropdowns (ExcelApi 1.8). The sheets are made without them; update Excel to get them.',
  },
  tooOldExcel: {
    fi: 'Tämä Excel-versio on liian vanha apuohjelmalle (tarvitaan ExcelApi 1.7). Päivitä Excel tai käytä Excel verkossa.',
    sv: 'Den här Excel-versionen är för gammal för tillägget (ExcelApi 1.7 krävs). Uppdatera Excel eller använd Excel på webben.',
    en: 'This version of Excel is too old for the add-in (ExcelApi 1.7 is needed). Update Excel or use Excel on the web.',
  },
  editMode: {
    fi: 'Excel on solun muokkaustilassa. Paina Enter tai Esc ja yritä uudelleen.',
    sv: 'Excel är i redigeringsläge för en cell. Tryck Enter eller Esc och försök igen.',
    en: 'Excel is editing a cell. Press Enter or Esc and try again.',
  },
  sheetsMissing: {
    fi: 'Välilehtiä ei löydy. Luo ne ensin kohdasta 1.',
    sv: 'Flikarna hittas inte. Skapa dem först i steg 1.',
    en: 'The sheets are missing. Create them first in step 1.',
  },
  offline: {
    fi: 'Palveluun ei saada yhteyttä. Tarkista verkkoyhteys ja yritä hetken päästä uudelleen.',
    sv: 'Tjänsten kan inte nås. Kontrollera nätverket och försök igen om en stund.',
    en: 'The service cannot be reached. Check the network and try again in a moment.',
  },
  stale: {
    fi: 'Kierrokselle on lähetetty uudempi versio muualta. Lähetä uudelleen, jos haluat korvata sen uudella versiolla.',
    sv: 'En nyare version har skickats från annat håll. Skicka igen om ni vill ersätta den med en ny version.',
    en: 'A newer version was submitted elsewhere. Submit again to add yours as a new version.',
  },
  unauthorized: {
    fi: 'Kutsutunniste ei kelpaa tälle kierrokselle. Tarkista tunnus ja kutsutunniste.',
    sv: 'Inbjudningskoden gäller inte för den här omgången. Kontrollera koden och inbjudan.',
    en: 'The invite token does not open this round. Check the round code and the token.',
  },
  unexpected: { fi: 'Odottamaton virhe: {detail}', sv: 'Oväntat fel: {detail}', en: 'Unexpected error: {detail}' },
  dismiss: { fi: 'Sulje', sv: 'Stäng', en: 'Dismiss' },
} as const satisfies Record<string, Localized>;

export type PaneStringKey = keyof typeof PANE_STRINGS;
