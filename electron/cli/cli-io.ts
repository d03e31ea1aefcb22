/** What a command may touch: its output streams, and a clock tests can fix. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** The current moment: electron/clock.ts in aiplan.ts, a fixed moment in tests. */
  now: () => Date;
}

export interface CliCommand {
  name: string;
  /** How it is called, for the command list of `aiplan --help`: `validate FILE`. */
  synopsis: string;
  /** What it does, in one line. */
  summary: string;
  /** The full usage text of `aiplan <name> --help`. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Text from a file, made safe for a terminal: control characters (escape sequences could rewrite
 * the screen or the title bar) and bidirectional overrides are shown as \u escapes.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function writeLine(stream: CliIo['stdout'], text = ''): void {
  stream.write(`${printable(text)}\n`);
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
