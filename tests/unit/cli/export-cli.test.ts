import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { helpText } from '../../../electron/cli/commands';
import { FIXTURES_DIR, HOSTILE_DIR } from '../../fixtures/fixture-files';
import { aiplan } from './run-aiplan';

/* `aiplan export` through the command table, as bin/aiplan.js runs it. */

const fixture = (name: string) => fileURLToPath(new URL(name, FIXTURES_DIR));
const hostile = (name: string) => fileURLToPath(new URL(name, HOSTILE_DIR));


const made: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aiplan-export-cli-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const pdfinfo = (path: string) => execFileSync('pdfinfo', [path], { encoding: 'utf8' });

describe('aiplan export', () => {
  it('is listed in aiplan --help', () => {
    expect(helpText()).toContain('aiplan export PLAN.aiplan OUT.pdf [--size a4|letter]');
  });

  it('writes an A4 PDF of the example plan, with its pillars, and exits 0', async () => {
    const out = join(folder(), 'example.pdf');
    const { code, stdout, stderr } = await aiplan(['export', fixture('example.aiplan'), out]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^exported: .*example\.pdf \(A4, \d+ KB\)/);
    expect(pdfinfo(out)).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    for (const pillar of ['Customer Acquisition', 'Operational Efficiency', 'Product Innovation', 'Customer Retention']) expect(text).toContain(pillar);
  });

  it('gives Letter pages with --size letter', async () => {
    const out = join(folder(), 'letter.pdf');
    const { code } = await aiplan(['export', fixture('example.aiplan'), out, '--size', 'letter']);
    expect(code).toBe(0);
    expect(pdfinfo(out)).toMatch(/Page size:\s+792 x 612 pts \(letter\)/);
  });

  it.each(['proto-top-level.aiplan', 'binary-junk.aiplan', 'pdf-renamed.aiplan', 'newer-version.aiplan'])(
    'exits 1 on the hostile plan %s, writing nothing',
    async (name) => {
      const dir = folder();
      const { code, stdout, stderr } = await aiplan(['export', hostile(name), join(dir, 'out.pdf')]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^aiplan export: /);
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it('exits 2 with its usage on a missing argument or an unknown option', async () => {
    expect((await aiplan(['export', fixture('example.aiplan')])).code).toBe(2);
    const unknown = await aiplan(['export', fixture('example.aiplan'), join(folder(), 'x.pdf'), '--colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage: aiplan export');
    expect(existsSync(join(folder(), 'x.pdf'))).toBe(false);
  });
});
