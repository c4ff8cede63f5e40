import type { Lang } from '../i18n/lang';
import { MODELS_SHEET } from './modelsLayout';
import { PROFILE_SHEET } from './profileLayout';
import { SELF_ASSESSMENT_SHEET } from './selfAssessmentLayout';

/** The instructions sheet of a participant's own template: a title and numbered steps, as data. */
export interface InstructionsSheet {
  title: string;
  heading: string;
  lines: string[];
}

const TITLE = { fi: 'Ohjeet', sv: 'Anvisningar', en: 'Instructions' } as const;

/**
 * What a participant without the add-in needs to fill its template and send it back: which sheets to
 * fill, and how to return the file (the upload page when the service knows where it is).
 */
export function instructionsSheet(lang: Lang, round: { roundName: string; participantName: string; uploadUrl?: string }): InstructionsSheet {
  const p = PROFILE_SHEET.title[lang];
  const m = MODELS_SHEET.title[lang];
  const s = SELF_ASSESSMENT_SHEET.title[lang];
  const upload = round.uploadUrl;
  const lines: Record<Lang, string[]> = {
    fi: [
      `Tämä työkirja on osallistujan ${round.participantName} oma pohja kierrokselle ${round.roundName}. Kierroksen tunnus on jo valmiina.`,
      `1. Täytä ${p}-välilehden keltaiset solut: nimi, resurssit ja tavoitteiden painot.`,
      `2. Valitse ${m}-välilehdellä kunkin mallin tilanne ja halutessasi oma vaikuttavuusarvio 1–5.`,
      `3. Arvioi ${s}-välilehdellä kierroksen teemat ja valitse, millä tasolla kukin jaetaan.`,
      '4. Tallenna tiedosto .xlsx-muodossa. Älä muuta välilehtien rakennetta tai piilotettuja rivejä.',
      upload
        ? `5. Palauta tiedosto sivulla ${upload} kutsutunnisteellasi. Sivu kertoo virheet solun tarkkuudella ja vahvistaa tallennetun version.`
        : '5. Palauta tiedosto koordinaattorin kertomalla tavalla (lataussivu ja kutsutunniste).',
    ],
    sv: [
      `Den här arbetsboken är ${round.participantName}s egen mall för omgången ${round.roundName}. Omgångens kod är redan ifylld.`,
      `1. Fyll i de gula cellerna på fliken ${p}: namn, resurser och målens vikter.`,
      `2. Välj på fliken ${m} status för varje modell och vid behov en egen effektbedömning 1–5.`,
      `3. Bedöm omgångens teman på fliken ${s} och välj på vilken nivå varje svar delas.`,
      '4. Spara filen som .xlsx. Ändra inte flikarnas struktur eller de dolda raderna.',
      upload
        ? `5. Skicka filen på sidan ${upload} med din inbjudningskod. Sidan visar fel cell för cell och bekräftar den sparade versionen.`
        : '5. Skicka filen som koordinatorn har anvisat (uppladdningssidan och inbjudningskoden).',
    ],
    en: [
      `This workbook is ${round.participantName}'s own template for the round ${round.roundName}. The round code is already filled in.`,
      `1. Fill the yellow cells on the ${p} sheet: name, resources and goal weights.`,
      `2. On the ${m} sheet, choose each model's status and, if you like, your own impact score 1–5.`,
      `3. On the ${s} sheet, assess the round's themes and choose how widely each answer is shared.`,
      '4. Save the file as .xlsx. Do not change the sheets\' structure or the hidden rows.',
      upload
        ? `5. Return the file on ${upload} with your invite token. The page names any error by cell and confirms the stored version.`
        : '5. Return the file as your coordinator told you (the upload page and your invite token).',
    ],
  };
  return { title: TITLE[lang], heading: `${TITLE[lang]}: ${round.roundName}`, lines: lines[lang] };
}
