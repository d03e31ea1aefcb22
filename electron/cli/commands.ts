import { setActiveLocale, t } from '../../shared/i18n/active-locale';
import type { Locale } from '../../shared/i18n/locales';
import { checkCommand } from './check-command';
import { diffCommand } from './diff-command';
import { mergeCommand } from './merge-command';
import { snapshotCommand } from './snapshot-command';
import { EXIT, localeFromEnvironment, parseLocale, type CliCommand, type CliIo } from './cli-io';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { newCommand } from './new-command';
import { validateCommand } from './validate-command';

/** Every `aiplan` command; a new command is one module and one entry here. */
export const COMMANDS: readonly CliCommand[] = [validateCommand, checkCommand, newCommand, exportCommand, importCommand, diffCommand, mergeCommand, snapshotCommand];

export function helpText(): string {
  return [
    t('cli.help.title'),
    '',
    t('cli.help.usage'),
    '',
    t('cli.help.commands'),
    ...COMMANDS.flatMap((command) => [`  aiplan ${command.synopsis}`, `      ${command.summary}`]),
    '',
    t('cli.help.lang'),
    t('cli.help.more'),
    '',
  ].join('\n');
}

/**
 * Takes --lang (anywhere on the line, before a "--") out of the arguments, for every command alike.
 * Null `locale` when no --lang was given; `error` when its value is missing or not a language the
 * app speaks.
 */
export function takeLangOption(argv: readonly string[]): { args: string[]; locale: Locale | null; error: string | null } {
  const args: string[] = [];
  let locale: Locale | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    let value: string | undefined;
    if (arg === '--lang') value = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
    else {
      args.push(arg);
      continue;
    }
    locale = parseLocale(value);
    if (!locale) return { args, locale: null, error: value };
  }
  return { args, locale, error: null };
}

/** Runs one command line (without the program name) and returns its exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // Every run decides its language afresh: the environment's, unless --lang names one.
  setActiveLocale(localeFromEnvironment(io.env));
  const taken = takeLangOption(argv);
  if (taken.error !== null) {
    io.stderr.write(`${t('cli.lang.unknown', { lang: taken.error })}\n`);
    return EXIT.usage;
  }
  const locale = taken.locale ?? localeFromEnvironment(io.env);
  setActiveLocale(locale);
  const [name, ...args] = taken.args;
  if (name === undefined) {
    io.stderr.write(helpText());
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(helpText());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`${t('cli.noCommand', { name })}\n\n${helpText()}`);
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io, locale);
  } catch (error) {
    // parseArgs reports unknown options and missing values by throwing (in English: Node's words).
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`aiplan ${name}: ${error.message}\n\n${command.usage}`);
      return EXIT.usage;
    }
    io.stderr.write(`${t('cli.unexpected', { command: name, message: error instanceof Error ? error.message : String(error) })}\n`);
    return EXIT.failed;
  }
}
