import { isLocale, localeFromSystem, type Locale } from '../../shared/i18n/locales';

/** What a command may touch: its output streams, and a clock tests can fix. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** The current moment: electron/clock.ts in aiplan.ts, a fixed moment in tests. */
  now: () => Date;
  /** The environment the default language is read from (LC_ALL, LC_MESSAGES, LANG); English without it. */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface CliCommand {
  name: string;
  /** How it is called, for the command list of `aiplan --help`: `validate FILE`. */
  readonly synopsis: string;
  /** What it does, in one line, in the active language. */
  readonly summary: string;
  /** The full usage text of `aiplan <name> --help`, in the active language. */
  readonly usage: string;
  /** `locale` is the language of --lang (or of the environment): the language of a PDF the command writes. */
  run(args: string[], io: CliIo, locale: Locale): Promise<number>;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** The --lang values, as usage texts list them. */
export const LANG_OPTION = '--lang de|vi|en';

/**
 * The language of the environment, as POSIX orders it: LC_ALL, then LC_MESSAGES, then LANG, the
 * first one set deciding ("de_DE.UTF-8" → de); English for "C", "POSIX", a language the app does
 * not speak, or none.
 */
export function localeFromEnvironment(env: CliIo['env']): Locale {
  const setting = [env?.LC_ALL, env?.LC_MESSAGES, env?.LANG].find((value) => value !== undefined && value !== '');
  return setting ? localeFromSystem([setting]) : 'en';
}

export const parseLocale = (value: string): Locale | null => {
  const lower = value.toLowerCase();
  return isLocale(lower) ? lower : null;
};

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
