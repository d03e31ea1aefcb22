import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const launcher = join(root, 'bin', 'aiplan.js');

/** Runs a script with this Node and returns its exit code and output, whatever the code. */
async function node(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('bin/aiplan.js', () => {
  it('says to build first when the command line is not built', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aiplan-bin-'));
    made.push(dir);
    mkdirSync(join(dir, 'bin'));
    copyFileSync(launcher, join(dir, 'bin', 'aiplan.js'));
    const { code, stderr } = await node([join(dir, 'bin', 'aiplan.js'), '--help']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/run npm run build first/);
  });

  it('runs the built command line: validate sets the exit code', async () => {
    const valid = await node([launcher, 'validate', 'tests/fixtures/example.aiplan']);
    expect(valid).toMatchObject({ code: 0, stdout: expect.stringMatching(/^valid: AI alignment plan/) });
    const invalid = await node([launcher, 'validate', 'tests/fixtures/hostile/truncated.aiplan']);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/not valid JSON/);
  });

  it('runs check with the system clock read in aiplan.ts: today is a calendar date, the exit code follows --fail-on', async () => {
    const report = await node([launcher, 'check', 'tests/fixtures/example.aiplan', '--json']);
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ valid: true, today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const failing = await node([launcher, 'check', 'tests/fixtures/example.aiplan', '--fail-on', 'high']);
    expect(failing.code).toBe(2);
    expect(failing.stderr).toMatch(/open findings of high severity/);
  });
});
