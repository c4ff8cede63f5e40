/**
 * Cross-checks the operating-model catalogue (shared/catalog) against its source text, seed 003
 * ("Toimintamallit: Kunnan keinoja edistää yritysyhteistyötä"), so that the typed data cannot
 * drift from the page: names, order, examples, resource levels and high-impact goals are pinned
 * both by literal tables below and by reading the seed itself.
 *
 * The seeds folder lives beside the repository (/work/shared/seeds), not inside it.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  CATEGORY_IDS,
  CategorySchema,
  GOAL_IDS,
  GoalSchema,
  OperatingModelSchema,
  StableIdSchema,
  type CategoryId,
  type GoalId,
  type ResourceLevel,
} from '../../../shared/catalog/catalogTypes';
import { CATEGORIES } from '../../../shared/catalog/categories';
import { GOALS } from '../../../shared/catalog/goals';
import { OPERATING_MODELS } from '../../../shared/catalog/models';
import type { Localized } from '../../../shared/i18n/lang';

const SEED_PATH = path.resolve(__dirname, '../../../../shared/seeds/003_1186870351ea0372.txt');
const SEED = readFileSync(SEED_PATH, 'utf8');
/** The seed with every run of whitespace (incl. no-break spaces) collapsed to one space. */
const SEED_FLAT = SEED.replace(/\s+/g, ' ');

/**
 * Examples the catalogue gives in base form while the seed only names them inflected.
 * Seed 003, "Sitoumukset": "esim. Helsingissä, Tampereella ja Joensuussa".
 */
const INFLECTED_IN_SEED: Readonly<Record<string, string>> = {
  Helsinki: 'Helsingissä',
  Tampere: 'Tampereella',
  Joensuu: 'Joensuussa',
};

/** Length of a run of characters that, if found verbatim in the seed, counts as copied text. */
const COPY_WINDOW = 40;

/** Literal expectations per category: model ids in page order and their resource levels (stars). */
const EXPECTED_BY_CATEGORY: ReadonlyArray<[CategoryId, readonly string[], readonly ResourceLevel[]]> = [
  [
    'core',
    [
      'land-use-planning',
      'transport-infrastructure',
      'energy-solutions',
      'permits-and-authority',
      'physical-platforms',
      'group-steering',
      'in-house-climate-skills',
    ],
    [3, 3, 3, 2, 3, 2, 2],
  ],
  [
    'co-development',
    [
      'strategy-participation',
      'programme-participation',
      'joint-development-projects',
      'innovation-competition',
      'regional-climate-group',
    ],
    [2, 2, 2, 2, 2],
  ],
  [
    'market-steering',
    ['responsible-procurement', 'plot-allocation-competitions', 'design-and-build', 'funding-for-ideas'],
    [3, 3, 3, 2],
  ],
  ['rewards', ['responsibility-label', 'diploma', 'annual-award'], [2, 1, 1]],
  [
    'communication',
    [
      'targeted-communication',
      'signposting-services',
      'open-data',
      'sharing-business-actions',
      'business-directory',
      'campaigns',
      'business-plot-marketing',
    ],
    [2, 2, 2, 2, 2, 2, 3],
  ],
  [
    'matchmaking',
    ['business-networking', 'online-platform', 'education-cooperation', 'summer-workers', 'events'],
    [3, 2, 1, 1, 2],
  ],
  ['training', ['business-training', 'advisory-service', 'climate-in-business-meetings'], [2, 3, 1]],
  ['commitments', ['signed-commitment'], [2]],
];

/** Literal expectations: the goals the seed marks as high impact (≥ 3.3 points) per model. */
const EXPECTED_GOALS: ReadonlyArray<[string, readonly GoalId[]]> = [
  ['land-use-planning', ['B']],
  ['transport-infrastructure', ['E']],
  ['energy-solutions', ['A', 'B', 'C', 'E']],
  ['permits-and-authority', ['A', 'B', 'E']],
  ['physical-platforms', ['B', 'D']],
  ['group-steering', ['B', 'D', 'E']],
  ['in-house-climate-skills', []],
  ['strategy-participation', ['A', 'B', 'E']],
  ['programme-participation', ['A', 'B', 'E']],
  ['joint-development-projects', ['B', 'D']],
  ['innovation-competition', []],
  ['regional-climate-group', ['A', 'D']],
  ['responsible-procurement', ['A', 'B']],
  ['plot-allocation-competitions', ['A', 'B', 'E']],
  ['design-and-build', ['A', 'B']],
  ['funding-for-ideas', ['B', 'D', 'E']],
  ['responsibility-label', []],
  ['diploma', []],
  ['annual-award', []],
  ['targeted-communication', []],
  ['signposting-services', []],
  ['open-data', []],
  ['sharing-business-actions', []],
  ['business-directory', []],
  ['campaigns', ['E']],
  ['business-plot-marketing', ['A']],
  ['business-networking', ['A', 'B', 'D']],
  ['online-platform', ['D']],
  ['education-cooperation', []],
  ['summer-workers', []],
  ['events', []],
  ['business-training', []],
  ['advisory-service', []],
  ['climate-in-business-meetings', []],
  ['signed-commitment', []],
];

/** Literal expectations: model count per category. */
const EXPECTED_COUNTS: ReadonlyArray<[CategoryId, number]> = [
  ['core', 7],
  ['co-development', 5],
  ['market-steering', 4],
  ['rewards', 3],
  ['communication', 7],
  ['matchmaking', 5],
  ['training', 3],
  ['commitments', 1],
];

function modelById(id: string) {
  const model = OPERATING_MODELS.find((m) => m.id === id);
  if (!model) throw new Error(`no model ${id}`);
  return model;
}

/** Where each category heading stands in the seed (a line of its own). */
function headingIndex(seedName: string): number {
  return SEED.indexOf(`\n${seedName}\n`);
}

/**
 * The seed text belonging to each model: from its name up to the next model's name, the next
 * category heading, or the closing "Malleja" line, whichever comes first.
 */
function modelSections(): Map<string, string> {
  const starts = OPERATING_MODELS.map((m) => SEED.indexOf(m.name.fi));
  const stops = [...CATEGORIES.map((c) => headingIndex(c.seedName)), SEED.indexOf('\nMalleja\n')];
  const sections = new Map<string, string>();
  OPERATING_MODELS.forEach((model, i) => {
    const start = starts[i] ?? -1;
    const candidates = [starts[i + 1] ?? SEED.length, ...stops].filter((x) => x > start);
    sections.set(model.id, SEED.slice(start, Math.min(SEED.length, ...candidates)));
  });
  return sections;
}

function sectionOf(id: string): string {
  const section = modelSections().get(id);
  if (section === undefined) throw new Error(`no section for ${id}`);
  return section;
}

/** Every Localized text of a model, labelled for error messages. */
function localizedTexts(): Array<[string, Localized]> {
  const out: Array<[string, Localized]> = [];
  for (const g of GOALS) out.push([`goal ${g.id} name`, g.name]);
  for (const c of CATEGORIES) out.push([`category ${c.id} name`, c.name]);
  for (const m of OPERATING_MODELS) {
    out.push([`${m.id} name`, m.name], [`${m.id} why`, m.why], [`${m.id} how`, m.how]);
    m.caveats.forEach((c, i) => out.push([`${m.id} caveat ${i}`, c]));
  }
  return out;
}

/** The first run of COPY_WINDOW characters of `text` that appears verbatim in the seed, if any. */
function copiedRun(text: string): string | undefined {
  const flat = text.replace(/\s+/g, ' ');
  for (let i = 0; i + COPY_WINDOW <= flat.length; i++) {
    const run = flat.slice(i, i + COPY_WINDOW);
    if (SEED_FLAT.includes(run)) return run;
  }
  return undefined;
}

describe('seed 003 file', () => {
  it('is readable and is the operating-model page', () => {
    expect(SEED).toContain('Toimintamallit: Kunnan keinoja edistää yritysyhteistyötä');
  });
});

describe('goals', () => {
  it('are A–E in order and parse', () => {
    expect(GOALS.map((g) => g.id)).toEqual([...GOAL_IDS]);
    for (const g of GOALS) expect(() => GoalSchema.parse(g)).not.toThrow();
  });

  it.each(GOALS.map((g) => [g.id, g] as const))('goal %s: name and label are the seed wording', (id, goal) => {
    expect(SEED).toContain(`${id} = ${goal.name.fi}\n`);
    expect(SEED).toContain(goal.seedLabel);
  });
});

describe('categories', () => {
  it('are exactly the 8 categories, in CATEGORY_IDS order, and parse', () => {
    expect(CATEGORIES).toHaveLength(8);
    expect(CATEGORIES.map((c) => c.id)).toEqual([...CATEGORY_IDS]);
    for (const c of CATEGORIES) {
      expect(() => CategorySchema.parse(c)).not.toThrow();
      expect(c.name.fi).toBe(c.seedName);
    }
  });

  it('seedName is a heading of the seed, in page order', () => {
    const positions = CATEGORIES.map((c) => headingIndex(c.seedName));
    for (const p of positions) expect(p).toBeGreaterThan(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it.each(EXPECTED_COUNTS)('%s has %i models', (categoryId, count) => {
    expect(OPERATING_MODELS.filter((m) => m.categoryId === categoryId)).toHaveLength(count);
  });
});

describe('operating models', () => {
  it('are exactly 35', () => {
    expect(OPERATING_MODELS).toHaveLength(35);
  });

  it('have unique, ASCII kebab-case ids', () => {
    const ids = OPERATING_MODELS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(StableIdSchema.safeParse(id).success).toBe(true);
    }
  });

  it.each(OPERATING_MODELS.map((m) => [m.id, m] as const))('%s parses with OperatingModelSchema', (_id, model) => {
    expect(() => OperatingModelSchema.parse(model)).not.toThrow();
  });

  it('are grouped by category in CATEGORY_IDS order', () => {
    const order = OPERATING_MODELS.map((m) => CATEGORY_IDS.indexOf(m.categoryId));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it.each(OPERATING_MODELS.map((m) => [m.id, m.name.fi] as const))('%s: name.fi is verbatim in the seed', (_id, name) => {
    expect(SEED).toContain(name);
  });

  it('appear in the seed in catalogue order', () => {
    const positions = OPERATING_MODELS.map((m) => SEED.indexOf(m.name.fi));
    positions.forEach((p, i) => {
      if (i > 0) expect(p).toBeGreaterThan(positions[i - 1] ?? Infinity);
    });
  });

  it('sit under their category heading in the seed', () => {
    const headings = CATEGORIES.map((c) => headingIndex(c.seedName));
    for (const m of OPERATING_MODELS) {
      const p = SEED.indexOf(m.name.fi);
      const k = CATEGORY_IDS.indexOf(m.categoryId);
      expect(p).toBeGreaterThan(headings[k] ?? Infinity);
      expect(p).toBeLessThan(headings[k + 1] ?? SEED.length);
    }
  });

  it.each(EXPECTED_BY_CATEGORY)('%s: ids and resource levels', (categoryId, ids, resources) => {
    const models = OPERATING_MODELS.filter((m) => m.categoryId === categoryId);
    expect(models.map((m) => m.id)).toEqual(ids);
    expect(models.map((m) => m.resources)).toEqual(resources);
  });

  it.each(EXPECTED_GOALS)('%s: high-impact goals', (id, goals) => {
    expect(modelById(id).highImpactGoals).toEqual(goals);
  });

  it('the goal table covers every model', () => {
    expect(EXPECTED_GOALS.map(([id]) => id)).toEqual(OPERATING_MODELS.map((m) => m.id));
  });

  it.each(OPERATING_MODELS.map((m) => [m.id] as const))('%s: resource stars in the seed match', (id) => {
    // Stand-alone runs of 1–3 asterisks; "**Huom." and "*Ilman …" bullets are not resource marks.
    const stars = sectionOf(id).match(/(?<=^|\s)\*{1,3}(?=\s|$)/g) ?? [];
    expect(stars).toHaveLength(1);
    expect(stars[0]?.length).toBe(modelById(id).resources);
  });

  it.each(OPERATING_MODELS.map((m) => [m.id] as const))('%s: goal labels in the seed match', (id) => {
    const section = sectionOf(id);
    const fromSeed = GOALS.filter((g) => section.includes(g.seedLabel)).map((g) => g.id);
    expect(modelById(id).highImpactGoals).toEqual(fromSeed);
  });

  it.each(OPERATING_MODELS.map((m) => [m.id, m.examples] as const))(
    '%s: every example is in its seed section',
    (id, examples) => {
      const section = sectionOf(id);
      for (const example of examples) {
        expect(section).toContain(INFLECTED_IN_SEED[example] ?? example);
      }
      expect(new Set(examples).size).toBe(examples.length);
    },
  );

  it('every example is in the seed text', () => {
    for (const example of OPERATING_MODELS.flatMap((m) => m.examples)) {
      expect(SEED).toContain(INFLECTED_IN_SEED[example] ?? example);
    }
  });

  it('signed-commitment names the three cities through the inflection table', () => {
    expect(modelById('signed-commitment').examples).toEqual(Object.keys(INFLECTED_IN_SEED));
  });

  it('models with a "Huom." warning in the seed carry caveats', () => {
    for (const m of OPERATING_MODELS) {
      if (/Huom\.|Huomattava,/.test(sectionOf(m.id))) expect(m.caveats.length).toBeGreaterThan(0);
    }
    expect(modelById('responsibility-label').caveats).toHaveLength(3);
    expect(modelById('diploma').caveats).toHaveLength(1);
    expect(modelById('design-and-build').caveats).toHaveLength(1);
    expect(modelById('signed-commitment').caveats).toHaveLength(1);
  });
});

describe('texts', () => {
  it.each(localizedTexts())('%s: non-empty in fi, sv and en; sv and en differ from fi', (_label, text) => {
    for (const lang of ['fi', 'sv', 'en'] as const) expect(text[lang].trim()).not.toBe('');
    expect(text.sv).not.toBe(text.fi);
    expect(text.en).not.toBe(text.fi);
  });

  it.each(
    OPERATING_MODELS.flatMap((m) => [
      [`${m.id} why`, m.why.fi] as const,
      [`${m.id} how`, m.how.fi] as const,
      ...m.caveats.map((c, i) => [`${m.id} caveat ${i}`, c.fi] as const),
    ]),
  )('%s (fi) is in our own words, not copied from the seed', (_label, text) => {
    expect(copiedRun(text)).toBeUndefined();
  });
});
