import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSubmission } from '../../shared/schemas/parseSubmission';
import type { Submission } from '../../shared/schemas/submissionSchema';

const FIXTURES = path.resolve(__dirname, '../fixtures/submissions');

/** The six valid fixture submissions by file stem, parsed as the API parses them (defaults applied). */
export function loadFixtures(): { name: string; submission: Submission }[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = parseSubmission(JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')));
      if (!parsed.ok) throw new Error(`${f}: ${parsed.errors.map((e) => e.code).join(', ')}`);
      return { name: f.replace(/\.json$/, ''), submission: parsed.value };
    });
}
