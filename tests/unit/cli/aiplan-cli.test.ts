import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/commands';
import { printable } from '../../../electron/cli/cli-io';
import { openPlanFile } from '../../../electron/files/plan-file';
import { FIXTURES_DIR, HOSTILE_DIR, HOSTILE_FIXTURES } from '../../fixtures/fixture-files';
import { aiplan } from './run-aiplan';

const fixture = (name: string) => fileURLToPath(new URL(name, FIXTURES_DIR));
const hostile = (name: string) => fileURLToPath(new URL(name, HOSTILE_DIR));

/** Runs `aiplan ...args` in-process and collects what it printed. */

const made: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aiplan-cli-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('aiplan validate', () => {
  it('accepts the example plan with exit code 0 and a one-line summary', async () => {
    const { code, stdout, stderr } = await aiplan(['validate', fixture('example.aiplan')]);
    expect(code).toBe(0);
    expect(stdout).toBe('valid: AI alignment plan (4 pillars, 4 objectives, 4 AI applications, 4 KPIs, 4 scheduled, 5 milestones)\n');
    expect(stderr).toBe('');
  });

  it('accepts a version-0 plan and says it will be converted when saved', async () => {
    const { code, stdout } = await aiplan(['validate', fixture('v0-nested.aiplan')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^valid: Bakery plan \(2 pillars, 3 objectives, 2 AI applications, 2 KPIs, 0 scheduled, 0 milestones\)\nnote: written in file format 0/);
  });

  for (const f of HOSTILE_FIXTURES) {
    if (f.expected === 'loads') {
      it(`accepts ${f.what} (${f.file}) with exit code 0`, async () => {
        const { code, stdout } = await aiplan(['validate', hostile(f.file)]);
        expect(code).toBe(0);
        expect(stdout).toMatch(/^valid: /);
      });
    } else {
      it(`rejects ${f.what} (${f.file}) with exit code 1 and its message`, async () => {
        const before = readFileSync(hostile(f.file));
        const { code, stdout, stderr } = await aiplan(['validate', hostile(f.file)]);
        expect(code).toBe(1);
        expect(stdout).toBe('');
        const [first, ...details] = stderr.trimEnd().split('\n');
        expect(first).toMatch(new RegExp(`^invalid: .*${f.file.replace('.', '\\.')}: `));
        expect(first).toMatch(f.message);
        if (f.detail) expect(details.join('\n')).toMatch(f.detail);
        for (const line of details) expect(line).toMatch(/^ {2}- /);
        expect(readFileSync(hostile(f.file)).equals(before)).toBe(true);
      });
    }
  }

  it('prints markup from a file as plain text, and neutralises terminal escape sequences', async () => {
    const path = join(folder(), 'escape.aiplan');
    const doc = JSON.parse(readFileSync(fixture('example.aiplan'), 'utf8'));
    doc.meta.title = 'Plan \u001b]0;pwned\u0007\u001b[2J\u202eevil';
    writeFileSync(path, JSON.stringify(doc));
    const { code, stdout } = await aiplan(['validate', path]);
    expect(code).toBe(0);
    expect(stdout).toContain('valid: Plan \\u001b]0;pwned\\u0007\\u001b[2J\\u202eevil (');
    for (const raw of ['\u001b', '\u0007', '\u202e']) expect(stdout.includes(raw)).toBe(false);
    expect(printable('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });

  it('reports a missing file with exit code 1', async () => {
    const { code, stderr } = await aiplan(['validate', join(folder(), 'missing.aiplan')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^invalid: .*missing\.aiplan: There is no file "missing\.aiplan"/);
  });

  it('rejects a 60 MB file as too large with exit code 1', async () => {
    const path = join(folder(), 'huge.aiplan');
    writeFileSync(path, Buffer.alloc(60 * 1024 * 1024, 0x20));
    const { code, stderr } = await aiplan(['validate', path]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/The file is 60\.0 MB; plan files are at most 32\.0 MB/);
  });

  it('asks for exactly one file (exit code 2)', async () => {
    expect((await aiplan(['validate'])).code).toBe(2);
    expect((await aiplan(['validate', 'a.aiplan', 'b.aiplan'])).code).toBe(2);
    const unknown = await aiplan(['validate', '--fast', 'a.aiplan']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--fast'/);
  });
});

describe('aiplan new', () => {
  it('writes the example plan, starting the month after today, and it validates', async () => {
    const out = join(folder(), 'offsite.aiplan');
    const { code, stdout } = await aiplan(['new', '--template', 'example', out], new Date('2026-12-15T12:00:00.000Z'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^created: .*offsite\.aiplan from the example template, starting 2027-01 \(4 pillars/);
    const opened = await openPlanFile(out);
    if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
    expect(opened.plan.meta.horizonStart).toBe('2027-01');
    expect(opened.plan.meta.createdAt).toBe('2026-12-15T12:00:00.000Z');
    expect((await aiplan(['validate', out])).code).toBe(0);
  });

  it('writes a blank plan with -t blank', async () => {
    const out = join(folder(), 'blank.aiplan');
    expect((await aiplan(['new', '-t', 'blank', out])).code).toBe(0);
    const opened = await openPlanFile(out);
    expect(opened.status === 'opened' && opened.plan.pillars).toEqual([]);
  });

  it('gives every new plan fresh random ids', async () => {
    const dir = folder();
    await aiplan(['new', join(dir, 'a.aiplan')]);
    await aiplan(['new', join(dir, 'b.aiplan')]);
    const ids = (name: string) => (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { pillars: { id: string }[] }).pillars.map((p) => p.id);
    expect(ids('a.aiplan')).toHaveLength(4);
    expect(new Set([...ids('a.aiplan'), ...ids('b.aiplan')]).size).toBe(8);
  });

  it('refuses to overwrite an existing file, and leaves it untouched', async () => {
    const out = join(folder(), 'mine.aiplan');
    writeFileSync(out, 'my own notes');
    const { code, stderr } = await aiplan(['new', '--template', 'blank', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/already exists and was left as it is; add --force/);
    expect(readFileSync(out, 'utf8')).toBe('my own notes');
  });

  it('overwrites with --force, keeping the old file as .bak', async () => {
    const out = join(folder(), 'mine.aiplan');
    writeFileSync(out, 'my own notes');
    expect((await aiplan(['new', '--force', '--template', 'blank', out])).code).toBe(0);
    expect(readFileSync(`${out}.bak`, 'utf8')).toBe('my own notes');
    expect((await aiplan(['validate', out])).code).toBe(0);
  });

  it('will not overwrite a plan from a newer version even with --force', async () => {
    const out = join(folder(), 'newer.aiplan');
    copyFileSync(hostile('newer-version.aiplan'), out);
    const { code, stderr } = await aiplan(['new', '--force', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/newer version/);
    expect(stderr).not.toMatch(/Save As/);
  });

  it('reports a folder that does not exist', async () => {
    const { code, stderr } = await aiplan(['new', join(folder(), 'nowhere', 'x.aiplan')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no longer exists/);
  });

  it('rejects an unknown template and a missing file name (exit code 2)', async () => {
    const out = join(folder(), 'x.aiplan');
    const wrong = await aiplan(['new', '--template', 'fancy', out]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/no template "fancy"; choose example or blank/);
    expect(existsSync(out)).toBe(false);
    expect((await aiplan(['new', '--template', 'blank'])).code).toBe(2);
  });
});

describe('aiplan help', () => {
  it('lists every command with --help (exit code 0)', async () => {
    const { code, stdout } = await aiplan(['--help']);
    expect(code).toBe(0);
    for (const command of COMMANDS) {
      expect(stdout).toContain(command.synopsis);
      expect(stdout).toContain(command.summary);
    }
    expect(stdout).toMatch(/aiplan COMMAND --help/);
  });

  it('shows a command\'s own usage with COMMAND --help', async () => {
    const { code, stdout } = await aiplan(['new', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: aiplan new/);
  });

  it('answers no command or an unknown one with the help on stderr (exit code 2)', async () => {
    expect((await aiplan([])).code).toBe(2);
    const unknown = await aiplan(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no command "frobnicate"/);
  });
});
