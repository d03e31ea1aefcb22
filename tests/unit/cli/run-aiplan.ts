import { runCli } from '../../../electron/cli/commands';
import type { CliIo } from '../../../electron/cli/cli-io';

/** The moment the CLI tests run at, unless a test passes its own. */
export const CLI_NOW = new Date('2026-11-23T10:00:00.000Z');

/** Runs `aiplan ARGS` in-process at `now`, capturing what it writes and its exit code. */
export async function aiplan(args: string[], now: Date = CLI_NOW): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, now: () => now };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
