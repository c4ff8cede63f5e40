import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { combineRound } from '../../shared/rounds/combineRound';
import { planInterviews } from '../../shared/rounds/planInterviews';
import { parseSubmission } from '../../shared/schemas/parseSubmission';
import type { Submission } from '../../shared/schemas/submissionSchema';
import { recommend } from '../../shared/recommendation/recommend';

const dir = path.resolve(__dirname, '../fixtures');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const submissionFiles = readdirSync(path.join(dir, 'submissions')).filter((f) => f.endsWith('.json')).sort();
const errorFiles = readdirSync(path.join(dir, 'invalid')).filter((f) => f.startsWith('error-')).sort();
const expectedErrors = readJson(path.join(dir, 'invalid', 'expected.json')) as Record<string, { path: unknown[]; code: string }[]>;

function load(name: string): Submission {
  const r = parseSubmission(readJson(path.join(dir, 'submissions', name)));
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  return r.value;
}

describe('golden fixtures', () => {
  it('has six participants and an expectation for every error file', () => {
    expect(submissionFiles).toHaveLength(6);
    expect(Object.keys(expectedErrors).sort()).toEqual(errorFiles);
  });

  it.each(submissionFiles)('%s is a valid submission', (name) => {
    expect(parseSubmission(readJson(path.join(dir, 'submissions', name))).ok).toBe(true);
  });

  it.each(errorFiles)('%s fails with exactly its expected errors', (name) => {
    const r = parseSubmission(readJson(path.join(dir, 'invalid', name)));
    expect(r.ok).toBe(false);
    const got = r.ok ? [] : r.errors.map((e) => ({ path: e.path, code: e.code }));
    expect(got).toEqual(expectedErrors[name]);
  });

  it.each([
    ['small-rural-municipality.json', 'individual-models', ['climate-in-business-meetings', 'diploma', 'group-steering']],
    ['mid-size-town.json', 'open-network', ['group-steering', 'funding-for-ideas', 'sharing-business-actions']],
    ['large-city-cleantech.json', 'frontrunner-network', ['business-networking', 'energy-solutions', 'programme-participation']],
    ['regional-council.json', 'open-network', ['joint-development-projects', 'funding-for-ideas', 'regional-climate-group']],
    ['company-energy-intensive.json', 'integrated', ['permits-and-authority', 'strategy-participation', 'programme-participation']],
    ['company-sme-services.json', 'individual-models', ['climate-in-business-meetings', 'permits-and-authority', 'strategy-participation']],
  ])('%s → approach %s, top models %p', (name, approach, topModels) => {
    const rec = recommend(load(name));
    expect(rec.approaches[0]!.approachId).toBe(approach);
    expect(rec.models.slice(0, 3).map((m) => m.modelId)).toEqual(topModels);
    expect(rec.approaches.every((a, i) => i === 0 || !rec.approaches[i - 1]!.exceedsCapacity || a.exceedsCapacity)).toBe(true);
  });

  it('combines the six without leaking a team-level text', () => {
    const subs = submissionFiles.map(load);
    const teamTexts = subs.flatMap((s) =>
      s.selfAssessment.filter((i) => i.sharing === 'team').flatMap((i) => [i.currentPractice, i.strengths, i.developmentAreas, i.evidence]),
    ).filter((t): t is string => !!t && t.trim().length >= 12); // shorter strings occur anywhere
    expect(teamTexts.length).toBeGreaterThan(5);
    for (const audience of ['coordinator', 'member'] as const) {
      const json = JSON.stringify(combineRound(subs, { audience }));
      for (const t of teamTexts) expect(json).not.toContain(JSON.stringify(t.trim()).slice(1, -1));
    }
    const summary = combineRound(subs, { audience: 'coordinator' });
    expect(summary.participantCount).toBe(6);
    expect(summary.themes).toHaveLength(7);
    expect(summary.themes.every((t) => t.ratedCount === 6 && t.distribution!.reduce((a, b) => a + b, 0) === 6)).toBe(true);
    expect(summary.approaches.reduce((s, a) => s + (a.recommendedCount ?? 0), 0)).toBe(6);
  });

  it('plans interviews for the six', () => {
    const r = planInterviews(submissionFiles.map((f) => load(f).participantId!));
    expect(r.ok && r.value.visits.map((v) => [v.hostId, ...v.teamIds])).toEqual([
      ['keskikokoinen-kaupunki', 'maakuntaliitto', 'pieni-kunta'],
      ['maakuntaliitto', 'pieni-kunta', 'suuri-kaupunki'],
      ['pieni-kunta', 'suuri-kaupunki', 'yritys-palvelu'],
      ['suuri-kaupunki', 'yritys-palvelu', 'yritys-teollisuus'],
      ['yritys-palvelu', 'yritys-teollisuus', 'keskikokoinen-kaupunki'],
      ['yritys-teollisuus', 'keskikokoinen-kaupunki', 'maakuntaliitto'],
    ]);
  });
});
