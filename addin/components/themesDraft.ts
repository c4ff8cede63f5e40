import { CATALOG_DATA as CATALOG } from '../../shared/catalog/catalogData';
import type { Lang } from '../../shared/i18n/lang';
import { slugId } from '../../shared/rounds/slugId';
import type { RoundTheme } from '../../shared/schemas/roundSchema';

/** The theme choices being edited: ticked ids (defaults and the round's own), the round's own themes, new ones one a line. */
export interface ThemesDraft {
  ticked: string[];
  own: RoundTheme[];
  newThemes: string;
}

const DEFAULT_IDS: ReadonlySet<string> = new Set(CATALOG.themes.map((x) => x.id));

/** A new round: every default theme ticked, no own themes yet. */
export const freshDraft = (): ThemesDraft => ({ ticked: CATALOG.themes.map((x) => x.id), own: [], newThemes: '' });

/** An open round's themes, all ticked; its own themes keep their ids and names. */
export const draftOf = (themes: readonly RoundTheme[]): ThemesDraft => ({
  ticked: themes.map((t) => t.id),
  own: themes.filter((t) => !DEFAULT_IDS.has(t.id)),
  newThemes: '',
});

/** An own theme's name in `lang`, else in another language, else its id. */
export const ownName = (t: RoundTheme, lang: Lang): string => t.name?.[lang] || t.name?.fi || t.name?.sv || t.name?.en || t.id;

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/**
 * The themes to send: ticked defaults in catalogue order, ticked own themes, then each new line as an
 * own theme named in the pane's language (participants' files carry exactly these; other languages
 * show this name). New ids never reuse a default's or an earlier own theme's id.
 */
export function themesOf(draft: ThemesDraft, lang: Lang): RoundTheme[] {
  const taken = new Set<string>([...DEFAULT_IDS, ...draft.own.map((t) => t.id)]);
  const added = lines(draft.newThemes).map((text) => {
    const id = slugId(`oma ${text}`, taken, 40);
    taken.add(id);
    return { id, name: { [lang]: text } };
  });
  return [
    ...CATALOG.themes.filter((x) => draft.ticked.includes(x.id)).map((x) => ({ id: x.id })),
    ...draft.own.filter((t) => draft.ticked.includes(t.id)),
    ...added,
  ];
}
