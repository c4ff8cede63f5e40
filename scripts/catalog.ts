// Prints the whole catalogue in one language as JSON: `npm run --silent catalog -- --lang fi`.
import { localizeCatalog } from '../shared/catalog/catalog';
import { parseCliArgs } from './cliArgs';

try {
  const { lang } = parseCliArgs(process.argv.slice(2));
  process.stdout.write(`${JSON.stringify(localizeCatalog(lang), null, 2)}\n`);
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 2;
}
