import { isAbsolute, resolve } from 'node:path';

/**
 * The plan file named on a command line (`AI Alignment Planner plan.aiplan`, or what the OS passes
 * on a double-click), resolved against the directory it was typed in. Switches and anything that
 * is not an .aiplan file are ignored.
 */
export function planPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !/\.aiplan$/i.test(arg) || arg.includes('\0')) continue;
    return isAbsolute(arg) ? arg : resolve(workingDirectory, arg);
  }
  return null;
}
