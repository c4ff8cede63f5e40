import type { Lang } from '../../shared/i18n/lang';
import type { LocalizedFieldIssue } from '../../shared/schemas/fieldIssue';

/** Details of the progress routes' 403, 404 and 422 answers, in words. */
export const PROGRESS_DETAILS = {
  wrongKey: {
    fi: 'Aiemman kierroksen koordinaattoriavain ei kelpaa. Vain aiemman kierroksen koordinaattori voi liittää sen uuteen kierrokseen.',
    sv: 'Koordinatornyckeln för den tidigare omgången stämmer inte. Endast den tidigare omgångens koordinator kan koppla den till en ny omgång.',
    en: 'The earlier round’s coordinator key is wrong. Only the earlier round’s coordinator can link it to a new round.',
  },
  unknownRound: {
    fi: 'Aiempaa kierrosta ei löytynyt.',
    sv: 'Den tidigare omgången hittades inte.',
    en: 'The earlier round was not found.',
  },
  noLink: {
    fi: 'Kierrosta ei ole liitetty aiempaan kierrokseen.',
    sv: 'Omgången är inte kopplad till en tidigare omgång.',
    en: 'This round is not linked to an earlier round.',
  },
  noEarlier: {
    fi: 'Sinulla ei ole arvioita aiemmalla kierroksella.',
    sv: 'Du har inga bedömningar från den tidigare omgången.',
    en: 'You have no ratings from the earlier round.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

const MESSAGES = {
  sameRound: {
    fi: () => 'Kierrosta ei voi liittää itseensä.',
    sv: () => 'En omgång kan inte kopplas till sig själv.',
    en: () => 'A round cannot be linked to itself.',
  },
  unknownNew: {
    fi: (id: string) => `Osallistujaa «${id}» ei ole tällä kierroksella.`,
    sv: (id: string) => `Deltagaren «${id}» finns inte i den här omgången.`,
    en: (id: string) => `The participant “${id}” is not in this round.`,
  },
  unknownPrevious: {
    fi: (id: string) => `Osallistujaa «${id}» ei ole aiemmalla kierroksella.`,
    sv: (id: string) => `Deltagaren «${id}» finns inte i den tidigare omgången.`,
    en: (id: string) => `The participant “${id}” is not in the earlier round.`,
  },
  duplicate: {
    fi: (id: string) => `Aiemman kierroksen osallistuja «${id}» on liitetty useampaan uuteen osallistujaan.`,
    sv: (id: string) => `Deltagaren «${id}» i den tidigare omgången är kopplad till flera nya deltagare.`,
    en: (id: string) => `The earlier round’s participant “${id}” is mapped to more than one new participant.`,
  },
} as const;

/**
 * What is wrong with a mapping: a new id not in this round, an earlier id not in the earlier round,
 * an earlier id given twice (two participants would see the same earlier ratings). Empty when fine.
 */
export function mappingIssues(roundId: string, previousRoundId: string, mapping: Record<string, string>, newIds: ReadonlySet<string>, previousIds: ReadonlySet<string>, lang: Lang): LocalizedFieldIssue[] {
  if (roundId === previousRoundId) return [{ path: ['previousRoundId'], code: 'invalid_value', message: MESSAGES.sameRound[lang]() }];
  const issues: LocalizedFieldIssue[] = [];
  const seen = new Set<string>();
  for (const [newId, previousId] of Object.entries(mapping)) {
    if (!newIds.has(newId)) issues.push({ path: ['participants', newId], code: 'invalid_value', message: MESSAGES.unknownNew[lang](newId) });
    if (!previousIds.has(previousId)) issues.push({ path: ['participants', newId], code: 'invalid_value', message: MESSAGES.unknownPrevious[lang](previousId) });
    else if (seen.has(previousId)) issues.push({ path: ['participants', newId], code: 'invalid_value', message: MESSAGES.duplicate[lang](previousId) });
    seen.add(previousId);
  }
  return issues;
}
