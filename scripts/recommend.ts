// Reads one submission and prints its validation errors or its recommendation as JSON:
// `npm run --silent recommend -- FILE.json [--lang fi|sv|en]`. Exit 0 recommended, 1 invalid input, 2 usage.
import { readFileSync } from 'node:fs';
import { localizeIssue, makeIssue } from '../shared/schemas/fieldIssue';
import { parseSubmission } from '../shared/schemas/parseSubmission';
import { recommend } from '../shared/recommendation/recommend';
import { parseCliArgs } from './cliArgs';

function main(): number {
  const { lang, positional } = parseCliArgs(process.argv.slice(2));
  const file = positional[0];
  if (!file) {
    process.stderr.write('usage: npm run --silent recommend -- FILE.json [--lang fi|sv|en]\n');
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code) {
      process.stderr.write(`cannot read ${file}: ${(err as Error).message}\n`);
      return 2;
    }
    const issue = localizeIssue(makeIssue([], 'invalid_json'), lang);
    process.stdout.write(`${JSON.stringify({ ok: false, errors: [issue] }, null, 2)}\n`);
    return 1;
  }
  const parsed = parseSubmission(input);
  if (!parsed.ok) {
    const errors = parsed.errors.map((e) => localizeIssue(e, lang));
    process.stdout.write(`${JSON.stringify({ ok: false, errors }, null, 2)}\n`);
    return 1;
  }
  const recommendation = recommend(parsed.value, lang);
  process.stdout.write(`${JSON.stringify({ ok: true, recommendation }, null, 2)}\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 2;
}
