import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/cli-io';
import { exportCommand, findFontsDir, runExport } from '../../../electron/cli/export-command';
import { loadPlanFromBytes, serialisePlan } from '../../../shared/plan-load';
import { internationalPlan, planWithCjk } from '../../fixtures/pdf/pdf-fixture-plans';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/pdf/${name}`, import.meta.url));

async function aiplanExport(args: string[], deps = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, now: () => new Date('2026-11-23T10:00:00.000Z') };
  const code = await runExport(args, io, deps);
  return { code, stdout, stderr };
}

const made: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aiplan-export-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the PDF fixtures', () => {
  it('are the plans the builders make, and open as valid plans', () => {
    for (const [file, plan] of [['international.aiplan', internationalPlan()], ['with-cjk.aiplan', planWithCjk()]] as const) {
      const bytes = readFileSync(fixture(file));
      expect(loadPlanFromBytes(bytes).ok).toBe(true);
      expect(bytes.toString('utf8')).toBe(serialisePlan(plan));
    }
  });
});

describe('aiplan export', () => {
  it('is a command named export with its usage', () => {
    expect(exportCommand.name).toBe('export');
    expect(exportCommand.usage).toMatch(/aiplan export PLAN\.aiplan OUT\.pdf \[--size a4\|letter\]/);
  });

  it('writes a Letter PDF of the plan, dated as asked, and leaves no temp file behind', async () => {
    const dir = folder();
    const out = join(dir, 'board pack.pdf');
    const { code, stdout, stderr } = await aiplanExport([fixture('international.aiplan'), out, '--size', 'letter', '--date', '2027-02-01']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^exported: .*board pack\.pdf \(Letter, \d+ KB\)/);
    expect(readdirSync(dir)).toEqual(['board pack.pdf']);
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+792 x 612 pts/);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('1 February 2027');
    expect(text).toContain('Łódź');
    expect(text).toContain('Alignment findings');
  });

  it('gives the same bytes for the same plan, size and date', async () => {
    const dir = folder();
    await aiplanExport([fixture('international.aiplan'), join(dir, 'a.pdf'), '--date', '2027-02-01']);
    await aiplanExport([fixture('international.aiplan'), join(dir, 'b.pdf'), '--date', '2027-02-01']);
    expect(readFileSync(join(dir, 'a.pdf')).equals(readFileSync(join(dir, 'b.pdf')))).toBe(true);
  });

  it('prints Chinese and Japanese with the shipped CJK face: 東京 in the PDF, no warning, exit 0', async () => {
    const dir = folder();
    const out = join(dir, 'out.pdf');
    const { code, stderr } = await aiplanExport([fixture('with-cjk.aiplan'), out]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' })).toContain('東京');
  });

  it('refuses characters no shipped face can show in the pack\'s language, naming where they are, and writes nothing (exit 1)', async () => {
    const dir = folder();
    // Vietnamese needs DejaVu's letters, and DejaVu has no 東 or 京.
    const { code, stderr } = await aiplanExport([fixture('with-cjk.aiplan'), join(dir, 'out.pdf')], { locale: 'vi' });
    expect(code).toBe(1);
    expect(stderr).toContain('東 (U+6771)');
    expect(stderr).toContain('--allow-missing-glyphs');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exports them as a placeholder with --allow-missing-glyphs, still warning', async () => {
    const dir = folder();
    const { code, stderr } = await aiplanExport([fixture('with-cjk.aiplan'), join(dir, 'out.pdf'), '--allow-missing-glyphs'], { locale: 'vi' });
    expect(code).toBe(0);
    expect(stderr).toContain('東 (U+6771)');
    expect(existsSync(join(dir, 'out.pdf'))).toBe(true);
  });

  it('writes the summary pack of chosen pillars and sections with document control', async () => {
    const dir = folder();
    const out = join(dir, 'summary.pdf');
    const args = [fixture('international.aiplan'), out, '--summary', '--sections', 'cover,summary,priorities', '--doc-version', '2.0', '--status', 'final', '--meeting', '2027-01-20', '--confidential', 'Board only'];
    const { code } = await aiplanExport(args);
    expect(code).toBe(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Version 2.0 · Final · For the meeting of 20 January 2027');
    expect(text).toContain('BOARD ONLY');
    expect(text).toContain('Executive summary');
    expect(text).toContain('Top applications by priority');
    expect(text).not.toContain('Roadmap by pillar');
    const plan = internationalPlan();
    const pillar = plan.pillars[0]!;
    const other = plan.pillars[1]!;
    const onePillar = join(dir, 'pillar.pdf');
    expect((await aiplanExport([fixture('international.aiplan'), onePillar, '--pillar', pillar.title.toLowerCase(), '--sections', 'matrix'])).code).toBe(0);
    const pillarText = execFileSync('pdftotext', ['-enc', 'UTF-8', onePillar, '-'], { encoding: 'utf8' });
    expect(pillarText).toContain(pillar.title);
    expect(pillarText).not.toContain(other.title);
  });

  it('refuses unknown sections, pillars and statuses, over-long text and an impossible meeting date with exit code 2', async () => {
    const dir = folder();
    const out = join(dir, 'x.pdf');
    const base = [fixture('international.aiplan'), out];
    const refusals: [string[], RegExp][] = [
      [['--sections', 'matrix,appendix'], /no section appendix; choose among: cover, summary, matrix/],
      [['--summary', '--sections', 'matrix'], /no section matrix; choose among: cover, summary, roadmap, priorities, findings/],
      [['--pillar', 'Nope'], /no pillar is called "Nope"/],
      [['--status', 'approved'], /no status "approved"/],
      [['--doc-version', 'x'.repeat(21)], /--doc-version takes at most 20 characters/],
      [['--confidential', 'x'.repeat(41)], /--confidential takes at most 40 characters/],
      [['--meeting', '2027-02-30'], /"2027-02-30" is not a calendar date/],
    ];
    for (const [extra, message] of refusals) {
      const { code, stderr } = await aiplanExport([...base, ...extra]);
      expect(code, extra.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an unknown page size, a malformed date and a missing argument with exit code 2', async () => {
    const dir = folder();
    expect((await aiplanExport([fixture('international.aiplan'), join(dir, 'x.pdf'), '--size', 'a3'])).code).toBe(2);
    expect((await aiplanExport([fixture('international.aiplan'), join(dir, 'x.pdf'), '--date', '2027-02-30'])).code).toBe(2);
    expect((await aiplanExport([fixture('international.aiplan')])).code).toBe(2);
    expect((await aiplanExport([fixture('international.aiplan'), join(dir, 'x.aiplan')])).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails with exit code 1 on a file that is not a plan, writing nothing', async () => {
    const dir = folder();
    const bad = join(dir, 'bad.aiplan');
    writeFileSync(bad, '{"not": "a plan"}');
    const { code, stderr } = await aiplanExport([bad, join(dir, 'out.pdf')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/not an AI Alignment Planner plan/);
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
  });

  it('fails with exit code 1, saying why, when the PDF cannot be written there', async () => {
    const dir = folder();
    const out = join(dir, 'missing-folder', 'out.pdf');
    const { code, stderr } = await aiplanExport([fixture('international.aiplan'), out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/could not write/);
  });

  it('says so when the fonts are missing', async () => {
    const dir = folder();
    const { code, stderr } = await aiplanExport([fixture('international.aiplan'), join(dir, 'out.pdf')], { fontsDir: dir });
    expect(code).toBe(1);
    expect(stderr).toMatch(/could not read the embedded fonts/);
  });

  it('finds the shipped fonts from its own location', () => {
    expect(findFontsDir()).toMatch(/assets[/\\]fonts$/);
  });
});
