import { LANGS, type Lang } from '../shared/i18n/lang';

/** `--lang fi|sv|en` from argv (default fi) and the remaining positional arguments. */
export function parseCliArgs(argv: readonly string[]): { lang: Lang; positional: string[] } {
  const positional: string[] = [];
  let lang: Lang = 'fi';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.slice('--lang='.length) : argv[++i];
      if (!value || !(LANGS as readonly string[]).includes(value)) {
        throw new Error(`--lang must be one of ${LANGS.join(', ')}`);
      }
      lang = value as Lang;
    } else {
      positional.push(arg);
    }
  }
  return { lang, positional };
}
