/**
 * Cross-checks the catalog data against the seed texts so the data cannot drift from its sources:
 * - seed 004 (`004_4bc53b1b1f91514e.txt`), "Koordinointitapoja" → shared/catalog/approaches.ts
 * - seed 001 (`001_c422f3652db80ea5.txt`), "Vertaisoppimisessa käsiteltäviä teemoja …" and
 *   "Vertaisoppimisen vaiheet" → shared/catalog/themes.ts, shared/catalog/phases.ts
 * - seed 000 (`000_502bb9f01d6ca2d3.txt`), "Hankkeen aikataulu" → shared/catalog/phases.ts
 * The seeds folder lives beside the repository, not inside it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { APPROACHES } from '../../../shared/catalog/approaches';
import { ApproachSchema, PhaseSchema, ThemeSchema } from '../../../shared/catalog/catalogTypes';
import { ROUND_PHASES } from '../../../shared/catalog/phases';
import { DEFAULT_THEMES } from '../../../shared/catalog/themes';
import { LANGS, type Localized } from '../../../shared/i18n/lang';

function readSeed(file: string): string {
  return readFileSync(path.resolve(__dirname, '../../../../shared/seeds', file), 'utf8');
}

/** Lower-case, non-breaking spaces as spaces, runs of whitespace collapsed: for fuzzy "own words" checks. */
function normalize(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

const SEED_004 = readSeed('004_4bc53b1b1f91514e.txt');
const SEED_001 = readSeed('001_c422f3652db80ea5.txt');
const SEED_000 = readSeed('000_502bb9f01d6ca2d3.txt');

/** Every Localized text of the three catalogs, labelled for failure messages. */
function allLocalized(): Array<[string, Localized]> {
  const out: Array<[string, Localized]> = [];
  for (const a of APPROACHES) {
    out.push([`${a.id}.name`, a.name], [`${a.id}.what`, a.what], [`${a.id}.why`, a.why], [`${a.id}.how`, a.how]);
    a.caveats.forEach((c, i) => out.push([`${a.id}.caveats[${i}]`, c]));
  }
  for (const t of DEFAULT_THEMES) out.push([`${t.id}.name`, t.name], [`${t.id}.description`, t.description]);
  for (const p of ROUND_PHASES) out.push([`${p.id}.name`, p.name], [`${p.id}.description`, p.description]);
  return out;
}

describe('APPROACHES vs seed 004 (Koordinointitapoja)', () => {
  it('has exactly the five approaches, lightest to heaviest, with weights 1..5', () => {
    expect(APPROACHES.map((a) => a.id)).toEqual([
      'individual-models',
      'integrated',
      'open-network',
      'commitment-network',
      'frontrunner-network',
    ]);
    expect(APPROACHES.map((a) => a.weight)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each(APPROACHES.map((a) => [a.id, a] as const))('%s parses with ApproachSchema', (_id, approach) => {
    expect(ApproachSchema.parse(approach)).toEqual(approach);
  });

  it('keeps every example verbatim from the seed', () => {
    const examples = APPROACHES.flatMap((a) => a.examples.map((e) => [a.id, e] as const));
    expect(examples.length).toBeGreaterThanOrEqual(9);
    for (const [id, example] of examples) {
      expect({ id, example, inSeed: SEED_004.includes(example) }).toEqual({ id, example, inSeed: true });
    }
  });

  it('has the seed examples on the right approaches', () => {
    const byId = new Map(APPROACHES.map((a) => [a.id, a.examples]));
    expect(byId.get('open-network')).toContain('Keski-Suomen yritysten ympäristövastuullisuusverkosto YmpyräKS');
    expect(byId.get('commitment-network')).toEqual(
      expect.arrayContaining(['Helsingin ilmastokumppanit', 'Turun ilmastojoukkue', 'Tampereen seudun ilmastokumppanuus']),
    );
    expect(byId.get('frontrunner-network')).toEqual(
      expect.arrayContaining(['Lappeenranta Greenreality Network', 'EnergyVaasa']),
    );
  });

  it('carries the Lappeenranta Greenreality Network figures literally', () => {
    const frontrunner = APPROACHES.find((a) => a.id === 'frontrunner-network');
    expect(frontrunner?.figures).toEqual({
      memberFeeEurPerYear: { min: 500, max: 1000 },
      coordinationFte: 2,
      additionalPeople: 6,
      source: 'Lappeenranta Greenreality Network',
    });
    expect(SEED_004).toContain('Lappeenranta Greenreality Network');
    expect(SEED_004).toContain('500-1 000');
    expect(SEED_004).toContain('2 htv');
    expect(SEED_004).toContain('6 henkilöä');
    // Only the frontrunner network has figures in the seed.
    expect(APPROACHES.filter((a) => a.figures !== undefined).map((a) => a.id)).toEqual(['frontrunner-network']);
  });

  it('gives caveats where the seed has "Huom." notes or resource warnings', () => {
    const count = new Map(APPROACHES.map((a) => [a.id, a.caveats.length]));
    expect(count.get('open-network')).toBeGreaterThanOrEqual(2);
    expect(count.get('commitment-network')).toBeGreaterThanOrEqual(5);
    expect(count.get('frontrunner-network')).toBeGreaterThanOrEqual(1);
  });

  it('writes what/why/how and caveats in its own words (no 40-character run copied from the seed)', () => {
    const seed = normalize(SEED_004);
    const WINDOW = 40;
    for (const a of APPROACHES) {
      const texts: Array<[string, string]> = [
        ['what', a.what.fi],
        ['why', a.why.fi],
        ['how', a.how.fi],
        ...a.caveats.map((c, i): [string, string] => [`caveats[${i}]`, c.fi]),
      ];
      for (const [field, raw] of texts) {
        const text = normalize(raw);
        // The whole text, and every 40-character window of it, must be absent from the seed.
        const copied: string[] = [];
        if (text.length >= WINDOW && seed.includes(text)) copied.push(text);
        for (let i = 0; i + WINDOW <= text.length; i++) {
          const run = text.slice(i, i + WINDOW);
          if (seed.includes(run)) copied.push(run);
        }
        expect({ where: `${a.id}.${field}`, copied }).toEqual({ where: `${a.id}.${field}`, copied: [] });
      }
    }
  });
});

describe('DEFAULT_THEMES vs seed 001 (Vertaisoppimisessa käsiteltäviä teemoja)', () => {
  /** Each theme's key Finnish stem as it appears in the seed sentence. */
  const STEMS: ReadonlyArray<readonly [string, string]> = [
    ['organisation-and-responsibilities', 'organisointi ja vastuut'],
    ['cross-administrative-coordination', 'poikkihallinnollinen koordinointi ja yhteistyö'],
    ['strategy-link', 'osaksi kunnan strategiaa ja ohjelmia'],
    ['procurement', 'hankintojen'],
    ['energy-audits', 'energiakatselmusten'],
    ['consumption-monitoring', 'kulutusseurannan'],
    ['training-and-communication', 'koulutus- ja tiedotustoiminnan'],
  ];

  it('has the seven themes in seed order', () => {
    expect(DEFAULT_THEMES.map((t) => t.id)).toEqual(STEMS.map(([id]) => id));
  });

  it.each(STEMS)('%s: stem "%s" is in the seed\'s theme sentence', (_id, stem) => {
    const start = SEED_001.indexOf('Vertaisoppimisessa käsiteltäviä teemoja ovat');
    expect(start).toBeGreaterThanOrEqual(0);
    const end = SEED_001.indexOf('Vertaisarvioinnin sisällöt tarkennetaan', start);
    expect(end).toBeGreaterThan(start);
    expect(SEED_001.slice(start, end).toLowerCase()).toContain(stem);
  });

  it.each(DEFAULT_THEMES.map((t) => [t.id, t] as const))('%s parses with ThemeSchema', (_id, theme) => {
    expect(ThemeSchema.parse(theme)).toEqual(theme);
  });
});

describe('ROUND_PHASES vs seeds 001 (Vertaisoppimisen vaiheet) and 000 (Hankkeen aikataulu)', () => {
  it('has the six phases in order', () => {
    expect(ROUND_PHASES.map((p) => p.id)).toEqual([
      'organise',
      'prepare',
      'visits',
      'report',
      'closing',
      'review-summary',
    ]);
  });

  it.each(ROUND_PHASES.map((p) => [p.id, p.seedTiming] as const))(
    '%s: timing "%s" is verbatim in seed 001 or 000',
    (_id, timing) => {
      const needle = `(${timing})`;
      expect(SEED_001.includes(needle) || SEED_000.includes(needle)).toBe(true);
    },
  );

  it('derives a positive whole number of weeks for each phase', () => {
    for (const p of ROUND_PHASES) {
      expect(Number.isInteger(p.typicalWeeks)).toBe(true);
      expect(p.typicalWeeks).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(ROUND_PHASES.map((p) => [p.id, p] as const))('%s parses with PhaseSchema', (_id, phase) => {
    expect(PhaseSchema.parse(phase)).toEqual(phase);
  });
});

describe('localized texts', () => {
  it('are non-empty in fi, sv and en, and sv/en are not copies of fi', () => {
    for (const [where, text] of allLocalized()) {
      for (const lang of LANGS) {
        expect({ where, lang, empty: text[lang].trim().length === 0 }).toEqual({ where, lang, empty: false });
      }
      expect({ where, svIsFi: text.sv === text.fi, enIsFi: text.en === text.fi }).toEqual({
        where,
        svIsFi: false,
        enIsFi: false,
      });
    }
  });

  it('has unique ids in each catalog', () => {
    for (const ids of [APPROACHES.map((a) => a.id), DEFAULT_THEMES.map((t) => t.id), ROUND_PHASES.map((p) => p.id)]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
