// REFERENCE ONLY, frozen: the trilingual recommendation as it was before recommend(s, lang) built one
// language directly. The property test compares the new answer with pickLanguage of this one.
import { CATALOG } from '../../../../shared/catalog/catalog';
import { GOAL_IDS, type OperatingModel } from '../../../../shared/catalog/catalogTypes';
import { formatDecimal } from '../../../../shared/i18n/formatNumber';
import type { Localized } from '../../../../shared/i18n/lang';
import type { ModelScore, ScoringInput } from './scoreModels';

type Reason = { code: string; text: Localized };

const goalName = (g: string) => CATALOG.goals.find((x) => x.id === g)!.name;

function goalReasons(s: ModelScore, input: ScoringInput): Reason[] {
  const w = input.goalWeights;
  const strong = GOAL_IDS.filter((g) => w[g] > 0 && s.values[g].value >= 4)
    .sort((a, b) => w[b] * s.values[b].value - w[a] * s.values[a].value || a.localeCompare(b))
    .slice(0, 2);
  if (strong.length === 0) {
    return [
      {
        code: 'no-strong-goal',
        text: {
          fi: 'Ei suurta vaikuttavuutta painottamiinne tavoitteisiin.',
          sv: 'Ingen stor effekt på de mål ni viktar.',
          en: 'No high impact on the goals you weight.',
        },
      },
    ];
  }
  return strong.map((g) => {
    const v = s.values[g];
    const n = goalName(g);
    return v.source === 'own'
      ? {
          code: 'own-impact',
          text: {
            fi: `Oma arvionne: vaikuttavuus ${v.value}/5 tavoitteeseen ${g} (${n.fi}), paino ${formatDecimal(w[g], 'fi')}.`,
            sv: `Er egen bedömning: effekt ${v.value}/5 på mål ${g} (${n.sv}), vikt ${formatDecimal(w[g], 'sv')}.`,
            en: `Your own score: impact ${v.value}/5 on goal ${g} (${n.en}), weight ${formatDecimal(w[g], 'en')}.`,
          },
        }
      : {
          code: 'catalogue-high-impact',
          text: {
            fi: `Kansallisessa arvioinnissa suuri vaikuttavuus tavoitteeseen ${g} (${n.fi}), paino ${formatDecimal(w[g], 'fi')}.`,
            sv: `Stor effekt på mål ${g} (${n.sv}) i den nationella bedömningen, vikt ${formatDecimal(w[g], 'sv')}.`,
            en: `High impact on goal ${g} (${n.en}) in the national assessment, weight ${formatDecimal(w[g], 'en')}.`,
          },
        };
  });
}

function feasibilityReason(s: ModelScore, model: OperatingModel, input: ScoringInput): Reason {
  const r = model.resources;
  const c = input.capacity;
  if (s.fit === 'fits') {
    return {
      code: 'fits-capacity',
      text: {
        fi: `Resurssitarve (${r}/3) mahtuu resurssitasoonne (${c}).`,
        sv: `Resursbehovet (${r}/3) ryms inom er resursnivå (${c}).`,
        en: `The resources it needs (${r}/3) fit your capacity (${c}).`,
      },
    };
  }
  const f = formatDecimal(s.feasibility, 'en', 2);
  return s.fit === 'stretch'
    ? {
        code: 'stretch',
        text: {
          fi: `Resurssitarve (${r}/3) ylittää resurssitasonne (${c}) yhdellä: kevennettynä tai kumppanin kanssa (kerroin ${f.replace('.', ',')}).`,
          sv: `Resursbehovet (${r}/3) överstiger er nivå (${c}) med ett steg: i mindre skala eller med en partner (faktor ${f.replace('.', ',')}).`,
          en: `The resources it needs (${r}/3) exceed your capacity (${c}) by one level: scale it down or find a partner (factor ${f}).`,
        },
      }
    : {
        code: 'exceeds',
        text: {
          fi: `Resurssitarve (${r}/3) ylittää resurssitasonne (${c}) kahdella: vaatii lisäresursseja (kerroin ${f.replace('.', ',')}).`,
          sv: `Resursbehovet (${r}/3) överstiger er nivå (${c}) med två steg: kräver mer resurser (faktor ${f.replace('.', ',')}).`,
          en: `The resources it needs (${r}/3) exceed your capacity (${c}) by two levels: it needs more resources (factor ${f}).`,
        },
      };
}

const STATUS_REASONS: Record<string, Localized> = {
  'in-use': { fi: 'Jo käytössä: jatkakaa ja kehittäkää.', sv: 'Redan i bruk: fortsätt och utveckla.', en: 'Already in use: keep it going and develop it.' },
  planned: { fi: 'Teillä jo suunnitteilla.', sv: 'Redan planerad hos er.', en: 'Already planned by you.' },
  considering: { fi: 'Teillä harkinnassa.', sv: 'Under övervägande hos er.', en: 'You are considering it.' },
};

const MODEL_NAMES: ReadonlyMap<string, Localized> = new Map(CATALOG.models.map((m) => [m.id, m.name]));
const MORE = { fi: (n: number) => ` ja ${n} muuta`, sv: (n: number) => ` och ${n} till`, en: (n: number) => ` and ${n} more` };
/** At most this many tied models are named; the rest are counted. */
const TIE_NAMES = 3;

function tieReason(tiedWith: readonly string[]): Reason {
  const names = (lang: 'fi' | 'sv' | 'en') => {
    const named = tiedWith.slice(0, TIE_NAMES).map((id) => MODEL_NAMES.get(id)![lang]).join('; ');
    return tiedWith.length > TIE_NAMES ? `${named}${MORE[lang](tiedWith.length - TIE_NAMES)}` : named;
  };
  return {
    code: 'tie',
    text: {
      fi: `Samat pisteet kuin: ${names('fi')}. Järjestys on luettelon järjestys; omat vaikuttavuusarviot erottavat mallit.`,
      sv: `Samma poäng som: ${names('sv')}. Ordningen följer katalogen; egna bedömningar skiljer modellerna åt.`,
      en: `Same score as: ${names('en')}. The order is the catalogue's; your own impact scores would separate them.`,
    },
  };
}

/** Why a model ranks where it does: its strongest weighted goals, its fit to capacity, its status, ties. */
export function modelReasons(s: ModelScore, model: OperatingModel, input: ScoringInput, tiedWith: readonly string[] = []): Reason[] {
  const reasons = [...goalReasons(s, input), feasibilityReason(s, model, input)];
  const status = s.status ? STATUS_REASONS[s.status] : undefined;
  if (status) reasons.push({ code: `status-${s.status}`, text: status });
  if (tiedWith.length > 0) reasons.push(tieReason(tiedWith));
  return reasons;
}
