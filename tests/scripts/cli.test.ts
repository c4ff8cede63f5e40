import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeSubmissionInput } from '../helpers/makeSubmission';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const run = (script: string, args: string[]) =>
  spawnSync(tsx, [path.join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('npm run catalog', () => {
  it.each([
    ['fi', 'Kunnan perustekeminen'],
    ['sv', 'Kommunens grundläggande verksamhet'],
    ['en', 'Core municipal functions'],
  ])('prints the whole catalogue in %s', (lang, firstCategory) => {
    const r = run('catalog.ts', ['--lang', lang]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['lang', 'goals', 'categories', 'models', 'approaches', 'themes', 'phases']);
    expect(out.categories).toHaveLength(8);
    expect(out.categories[0]).toEqual({ id: 'core', name: firstCategory });
    expect(out.models).toHaveLength(35);
    expect(Object.keys(out.models[0]).slice(0, 8)).toEqual(['id', 'categoryId', 'name', 'why', 'how', 'examples', 'resources', 'highImpactGoals']);
    expect(out.models.find((m: { id: string }) => m.id === 'energy-solutions').highImpactGoals).toEqual(['A', 'B', 'C', 'E']);
    expect(out.approaches).toHaveLength(5);
    expect(out.themes).toHaveLength(7);
  });

  it('rejects an unknown language', () => {
    const r = run('catalog.ts', ['--lang', 'de']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--lang must be one of fi, sv, en');
  });
});

describe('npm run recommend', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'recommend-'));
  const write = (name: string, body: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, body);
    return file;
  };

  it('prints the recommendation of a valid submission', () => {
    const r = run('recommend.ts', [write('ok.json', JSON.stringify(makeSubmissionInput())), '--lang', 'en']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(true);
    expect(out.recommendation.approaches).toHaveLength(5);
    expect(out.recommendation.models[0].rank).toBe(1);
    expect(typeof out.recommendation.models[0].reasons[0].text).toBe('string');
  });

  it('prints localized validation errors with paths', () => {
    const bad = makeSubmissionInput({ goalWeights: { A: 0, B: 0, C: 0, D: 0, E: 0 } });
    const r = run('recommend.ts', [write('bad.json', JSON.stringify(bad))]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      ok: false,
      errors: [{ path: ['goalWeights'], code: 'weights_all_zero', message: 'Anna vähintään yhdelle tavoitteelle A–E paino, joka on suurempi kuin 0. (goalWeights)' }],
    });
  });

  it('reports malformed JSON as invalid_json', () => {
    const r = run('recommend.ts', [write('broken.json', '{"schemaVersion": 1,'), '--lang', 'sv']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).errors[0]).toEqual({ path: [], code: 'invalid_json', message: 'Innehållet är inte giltig JSON.' });
  });

  it('exits 2 for a missing file', () => {
    const r = run('recommend.ts', [path.join(dir, 'nope.json')]);
    expect(r.status).toBe(2);
  });
});
