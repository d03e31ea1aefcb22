import { checkCommand } from './check-command';
import { EXIT, type CliCommand, type CliIo } from './cli-io';
import { exportCommand } from './export-command';
import { newCommand } from './new-command';
import { validateCommand } from './validate-command';

/** Every `aiplan` command; a new command is one module and one entry here. */
export const COMMANDS: readonly CliCommand[] = [validateCommand, checkCommand, newCommand, exportCommand];

export function helpText(): string {
  return [
    'aiplan: the command line of AI Alignment Planner',
    '',
    'Usage: aiplan COMMAND [options]',
    '',
    'Commands:',
    ...COMMANDS.flatMap((command) => [`  aiplan ${command.synopsis}`, `      ${command.summary}`]),
    '',
    'Run `aiplan COMMAND --help` for a command\'s options.',
    '',
  ].join('\n');
}

/** Runs one command line (without the program name) and returns its exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
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
    io.stderr.write(`aiplan: there is no command "${name}".\n\n${helpText()}`);
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // parseArgs reports unknown options and missing values by throwing.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`aiplan ${name}: ${error.message}\n\n${command.usage}`);
      return EXIT.usage;
    }
    io.stderr.write(`aiplan ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}
