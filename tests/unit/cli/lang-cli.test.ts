import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localeFromEnvironment, type CliIo } from '../../../electron/cli/cli-io';
import { runCli, takeLangOption } from '../../../electron/cli/commands';
import { activeLocale } from '../../../shared/i18n/active-locale';
import { FIXTURES_DIR } from '../../fixtures/fixture-files';
import { aiplan, CLI_NOW } from './run-aiplan';

/*
 * `--lang de|vi|en` on every command, and the environment's language (LC_ALL, LC_MESSAGES, LANG)
 * when it is not given. Expected German and Vietnamese text is written out here, not taken from the
 * catalogue under test.
 */

const fixture = (name: string) => fileURLToPath(new URL(name, FIXTURES_DIR));

const savedTz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'UTC';
});
const made: string[] = [];
afterEach(() => {
  process.env.TZ = savedTz;
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs aiplan in-process with `env` as its environment. */
async function aiplanIn(env: Record<string, string>, args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, now: () => CLI_NOW, env };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('aiplan check --lang de', () => {
  it('writes the report in German: summary, severity groups, item kinds and readiness', async () => {
    const { code, stdout, stderr } = await aiplan(['check', fixture('example.aiplan'), '--lang', 'de']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.split('\n');
    expect(lines[1]).toBe('Geprüft am 2026-11-23: 4 offene Befunde (2 hoch, 0 mittel, 2 niedrig), keiner zur Kenntnis genommen.');
    expect(lines[3]).toBe('HOCH: 2 offen');
    expect(lines[5]).toBe('    KI-Anwendung „AI-powered chatbot for website engagement“ (ID id3)');
    expect(stdout).toContain('\nMITTEL: 0 offen\n\nNIEDRIG: 2 offen\n  [payback-past-horizon] Amortisation nach dem Horizont\n');
    expect(stdout).toContain('Wert über den Horizont: Kosten 212.000\u00a0€, Nettowert 14.050\u00a0€ (-33.012\u00a0€ – 61.113\u00a0€), Amortisation Dez. 2028.\n');
    expect(stdout).toContain('Bereitschaft: 11 von 100 (2 von 19 beantwortet, 17 Lücken)');
    // The plan's own words stay as they were written.
    expect(lines[0]).toBe(`AI alignment plan (${fixture('example.aiplan')})`);
    expect(stdout).not.toMatch(/open finding|Readiness/);
  });

  it('says in German why --fail-on failed, and keeps the JSON keys in English', async () => {
    const failing = await aiplan(['check', fixture('example.aiplan'), '--fail-on', 'high', '--lang=de']);
    expect(failing.code).toBe(2);
    expect(failing.stderr).toBe('aiplan check: 2 offene Befunde mit hohem Schweregrad (--fail-on high).\n');
    const json = JSON.parse((await aiplan(['check', fixture('example.aiplan'), '--json', '--lang', 'de'])).stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['findings', 'counts', 'readiness', 'failOn']));
    expect(json.counts).toEqual({ high: 2, medium: 0, low: 2, acknowledged: 0 });
  });

  it('shows the usage in German with --help', async () => {
    const { code, stdout } = await aiplan(['check', '--help', '--lang', 'de']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Aufruf: aiplan check FILE \[--json\] \[--fail-on high\|medium\|low\] \[--lang de\|vi\|en\]\n\nFührt die Alignment-Prüfungen/);
  });
});

describe('--lang on the other commands', () => {
  it('validates in Vietnamese', async () => {
    const { code, stdout } = await aiplan(['--lang', 'vi', 'validate', fixture('example.aiplan')]);
    expect(code).toBe(0);
    expect(stdout).toBe('hợp lệ: AI alignment plan (4 trụ cột, 4 mục tiêu, 4 ứng dụng AI, 4 KPI, 4 đã lên lịch, 5 cột mốc)\n');
  });

  it('writes the example of aiplan new in German, and says so in German', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aiplan-lang-'));
    made.push(dir);
    const out = join(dir, 'beispiel.aiplan');
    const { code, stdout } = await aiplan(['new', out, '--lang', 'de']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^erstellt: .*beispiel\.aiplan aus der Vorlage example, Beginn 2026-12 \(4 Säulen, /);
    const english = JSON.parse(readFileSync(fixture('example.aiplan'), 'utf8'));
    const german = JSON.parse(readFileSync(out, 'utf8'));
    expect(german.pillars.map((p: { title: string }) => p.title)).not.toEqual(english.pillars.map((p: { title: string }) => p.title));
  });

  it('exports the board pack in German, and reports it in German', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aiplan-lang-'));
    made.push(dir);
    const out = join(dir, 'vorstand.pdf');
    const { code, stdout, stderr } = await aiplan(['export', fixture('example.aiplan'), out, '--date', '2027-02-01', '--lang', 'de']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^exportiert: .*vorstand\.pdf \(A4, \d+ KB\) aus /);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('1. Februar 2027');
    expect(text).toMatch(/Seite 1 von \d+/);
    expect(text).not.toMatch(/Page 1 of/);
  });

  it('accepts --lang in any case, and refuses a language the app does not speak (exit code 2)', async () => {
    expect((await aiplan(['validate', fixture('example.aiplan'), '--lang', 'DE'])).stdout).toMatch(/^gültig: /);
    const wrong = await aiplan(['validate', fixture('example.aiplan'), '--lang', 'fr']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('aiplan: there is no language "fr"; choose en, de or vi.\n');
    expect((await aiplan(['validate', fixture('example.aiplan'), '--lang'])).code).toBe(2);
  });

  it('lists --lang in the help, in the language asked for', async () => {
    const { stdout } = await aiplan(['--help', '--lang', 'vi']);
    expect(stdout).toMatch(/^aiplan: dòng lệnh của AI Alignment Planner\n/);
    expect(stdout).toContain('--lang de|vi|en');
    expect((await aiplan(['--help'])).stdout).toContain('Every command takes --lang de|vi|en');
  });
});

describe('the language of the environment', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them', () => {
    expect(localeFromEnvironment({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(localeFromEnvironment({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'vi_VN.UTF-8' })).toBe('vi');
    expect(localeFromEnvironment({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'vi_VN', LC_ALL: 'en_GB.UTF-8' })).toBe('en');
    expect(localeFromEnvironment({ LC_ALL: '', LANG: 'vi' })).toBe('vi');
    expect(localeFromEnvironment({ LANG: 'C' })).toBe('en');
    expect(localeFromEnvironment({ LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(localeFromEnvironment(undefined)).toBe('en');
  });

  it('is the default, and --lang wins over it', async () => {
    expect((await aiplanIn({ LANG: 'de_DE.UTF-8' }, ['validate', fixture('example.aiplan')])).stdout).toMatch(/^gültig: AI alignment plan \(4 Säulen/);
    expect((await aiplanIn({ LANG: 'de_DE.UTF-8' }, ['validate', fixture('example.aiplan'), '--lang', 'en'])).stdout).toMatch(/^valid: /);
    expect(activeLocale()).toBe('en');
  });

  it('leaves --lang after "--" to the command', () => {
    expect(takeLangOption(['check', '--', '--lang', 'de'])).toEqual({ args: ['check', '--', '--lang', 'de'], locale: null, error: null });
  });
});
