import type { Localized } from './lang';

/** The coordinator pane's texts for changing an open round's themes (part of PANE_STRINGS). */
export const THEME_STRINGS = {
  coordStep4: { fi: 'D. Kierroksen teemat', sv: 'D. Omgångens teman', en: 'D. The round’s themes' },
  themesEditHelp: {
    fi: 'Poista rasti teemalta, jota ei enää arvioida, tai lisää omia teemoja. Osallistujat saavat muutokset, kun he luovat välilehdet uudelleen tai lataavat pohjan. Teemaa, josta on jo lähetetty arvio, ei voi poistaa.',
    sv: 'Avmarkera ett tema som inte längre bedöms eller lägg till egna teman. Deltagarna får ändringarna när de skapar flikarna på nytt eller laddar ner mallen. Ett tema som redan har en inskickad bedömning kan inte tas bort.',
    en: 'Untick a theme that is no longer assessed, or add your own themes. Participants get the changes when they create their sheets again or download the template. A theme that already has a submitted rating cannot be removed.',
  },
  saveThemes: { fi: 'Tallenna teemat', sv: 'Spara temana', en: 'Save themes' },
  themesSaved: {
    fi: 'Teemat tallennettiin: kierroksella on nyt {n} teemaa.',
    sv: 'Temana sparades: omgången har nu {n} teman.',
    en: 'The themes were saved: the round now has {n} themes.',
  },
  themesSavedOne: {
    fi: 'Teemat tallennettiin: kierroksella on nyt {n} teema.',
    sv: 'Temana sparades: omgången har nu {n} tema.',
    en: 'The themes were saved: the round now has {n} theme.',
  },
  themesInUse: {
    fi: 'Teemoja ei muutettu, koska poistamastasi teemasta on jo lähetetty arvio. Mitään ei tallennettu. {detail}',
    sv: 'Temana ändrades inte eftersom ett tema du tog bort redan har en inskickad bedömning. Ingenting sparades. {detail}',
    en: 'The themes were not changed: a theme you removed already has a submitted rating. Nothing was saved. {detail}',
  },
  themesInvalid: {
    fi: 'Teemoja ei tallennettu. Korjaa kohdan D virheet ({n}) ja tallenna uudelleen.',
    sv: 'Temana sparades inte. Rätta felen under D ({n}) och spara igen.',
    en: 'The themes were not saved. Fix the errors listed under D ({n}) and save again.',
  },
  themesErrors: { fi: 'Teemojen virheet', sv: 'Fel i temana', en: 'Errors in the themes' },
} as const satisfies Record<string, Localized>;
