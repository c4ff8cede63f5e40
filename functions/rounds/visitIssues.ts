import type { Lang, Localized } from '../../shared/i18n/lang';
import type { FieldIssue, IssuePath, LocalizedFieldIssue } from '../../shared/schemas/fieldIssue';
import { formatPath } from '../../shared/schemas/fieldLabels';

const UNKNOWN_THEME = (id: string): Localized => ({
  fi: `Teema «${id}» ei kuulu tähän kierrokseen. Käytä kierroksen teemoja.`,
  sv: `Temat «${id}» hör inte till den här omgången. Använd omgångens teman.`,
  en: `The theme “${id}” is not part of this round. Use the round's themes.`,
});

const DUPLICATE_THEME = (id: string): Localized => ({
  fi: `Teema «${id}» on mukana kahdesti. Yhdistä rivit yhdeksi.`,
  sv: `Temat «${id}» finns två gånger. Slå ihop raderna till en.`,
  en: `The theme “${id}” appears twice. Merge the rows into one.`,
});

/** Themes that are not the round's, or appear twice, as field issues at `themes[i].themeId`. */
export function themeIssues(themes: readonly { themeId: string }[], roundThemeIds: readonly string[]): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  themes.forEach((t, i) => {
    const path = ['themes', i, 'themeId'];
    if (!roundThemeIds.includes(t.themeId)) issues.push({ path, code: 'unknown_theme', message: UNKNOWN_THEME(t.themeId) });
    else if (seen.has(t.themeId)) issues.push({ path, code: 'duplicate_theme', message: DUPLICATE_THEME(t.themeId) });
    seen.add(t.themeId);
  });
  return issues;
}

const UNKNOWN_ITEM: Record<Lang, (id: string, version: number) => string> = {
  fi: (id, v) => `Raportissa (julkaistu versio ${v}) ei ole kohtaa, jonka tunnus on «${id}». Valitse jakaminen vain raportin vahvuuksille ja kehittämiskohteille.`,
  sv: (id, v) => `Rapporten (publicerad version ${v}) har ingen punkt med koden «${id}». Välj delning endast för rapportens styrkor och utvecklingsområden.`,
  en: (id, v) => `The report (released version ${v}) has no item with the id “${id}”. Choose the sharing only for the report's strengths and development areas.`,
};

/** Sharing choices for item ids that the released report does not have, each named in words. */
export function unknownItemIssues(ids: readonly string[], version: number, lang: Lang): LocalizedFieldIssue[] {
  return ids.map((id) => {
    const path: IssuePath = ['items', id];
    return { path, code: 'invalid_value', message: `${UNKNOWN_ITEM[lang](id, version)} (${formatPath(path)})` };
  });
}
