import { copyFileSync, linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { isSameFile } from '../../../electron/cli/same-file';
import { FIXTURES_DIR } from '../../fixtures/fixture-files';
import { aiplan } from './run-aiplan';

/* `aiplan export plan.pdf plan.pdf` once replaced the plan with its own PDF. */

const example = fileURLToPath(new URL('example.aiplan', FIXTURES_DIR));
const EXAMPLE_BYTES = readFileSync(example);


const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder holding a copy of the example plan under `name`. */
function planNamed(name: string): { dir: string; plan: string } {
  const dir = mkdtempSync(join(tmpdir(), 'aiplan-same-file-'));
  made.push(dir);
  const plan = join(dir, name);
  copyFileSync(example, plan);
  return { dir, plan };
}

function expectRefused(result: { code: number; stdout: string; stderr: string }) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^aiplan export: the PDF would replace the plan itself \(.* is .*\); name another file for the PDF\. The plan was left untouched\.\n$/);
}

describe('aiplan export refuses to write the PDF over the plan it reads', () => {
  it('when the output is the input, spelt the same', async () => {
    const { dir, plan } = planNamed('plan.pdf');
    expectRefused(await aiplan(['export', plan, plan]));
    expect(readFileSync(plan).equals(EXAMPLE_BYTES)).toBe(true);
    expect(readdirSync(dir)).toEqual(['plan.pdf']);
  });

  it('when the output is the input spelt differently (./plan.pdf, sub/../plan.pdf)', async () => {
    const { dir, plan } = planNamed('plan.pdf');
    const fromHere = relative(process.cwd(), plan);
    expectRefused(await aiplan(['export', fromHere, `./${fromHere}`]));
    expectRefused(await aiplan(['export', plan, join(dir, 'sub', '..', 'plan.pdf')]));
    expect(readFileSync(plan).equals(EXAMPLE_BYTES)).toBe(true);
    expect(readdirSync(dir)).toEqual(['plan.pdf']);
  });

  it('when the output is a symlink to the input, leaving both as they were', async () => {
    const { dir, plan } = planNamed('plan.aiplan');
    const link = join(dir, 'board-pack.pdf');
    symlinkSync(plan, link);
    expectRefused(await aiplan(['export', plan, link]));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(plan).equals(EXAMPLE_BYTES)).toBe(true);
  });

  it('when the output is a hard link to the input', async () => {
    const { dir, plan } = planNamed('plan.aiplan');
    const link = join(dir, 'board-pack.pdf');
    linkSync(plan, link);
    expectRefused(await aiplan(['export', plan, link]));
    expect(readFileSync(plan).equals(EXAMPLE_BYTES)).toBe(true);
  });

  it('still writes a PDF beside the plan, and over an older PDF', async () => {
    const { dir, plan } = planNamed('plan.aiplan');
    const out = join(dir, 'plan.pdf');
    expect((await aiplan(['export', plan, out])).code).toBe(0);
    expect((await aiplan(['export', plan, out])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(plan).equals(EXAMPLE_BYTES)).toBe(true);
  });
});

describe('isSameFile', () => {
  it('is false when either path does not exist', async () => {
    const { dir, plan } = planNamed('plan.aiplan');
    expect(await isSameFile(plan, join(dir, 'new.pdf'))).toBe(false);
    expect(await isSameFile(join(dir, 'gone.aiplan'), join(dir, 'gone.aiplan'))).toBe(false);
  });

  it('is false for two different files with the same content', async () => {
    const { dir, plan } = planNamed('plan.aiplan');
    const copy = join(dir, 'copy.aiplan');
    copyFileSync(plan, copy);
    expect(await isSameFile(plan, copy)).toBe(false);
  });
});
