import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/commands';
import { FIXTURES_DIR } from '../../fixtures/fixture-files';

/*
 * The command line dates things by the reader's calendar, not UTC's. Node applies a change of
 * process.env.TZ at once (it resets its time-zone cache), so each test runs the command in the
 * zone it names and first checks that the zone really took effect.
 */

const fixture = (name: string) => fileURLToPath(new URL(name, FIXTURES_DIR));

const savedTz = process.env.TZ;
const made: string[] = [];
afterEach(() => {
  process.env.TZ = savedTz;
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aiplan-local-date-'));
  made.push(dir);
  return dir;
}

/** Local clock readings that prove the zone is in effect: December is summer time in Auckland. */
const OFFSET_ON_1_DEC_2026: Record<string, number> = { UTC: 0, 'Pacific/Auckland': -13 * 60, 'Pacific/Kiritimati': -14 * 60, 'Pacific/Pago_Pago': 11 * 60 };

/** Runs `aiplan ...args` in the time zone `zone`, at the moment `now`. */
async function aiplanIn(zone: string, now: string, args: string[]) {
  process.env.TZ = zone;
  expect(new Date('2026-12-01T00:00:00.000Z').getTimezoneOffset()).toBe(OFFSET_ON_1_DEC_2026[zone]);
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, now: () => new Date(now) };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('aiplan export dates the PDF by the local calendar', () => {
  // 15:58 UTC on 1 December is 04:58 on 2 December in Auckland.
  const now = '2026-12-01T15:58:00.000Z';

  it('says "Prepared 2 December 2026" at 04:58 on 2 December in Auckland', async () => {
    const out = join(folder(), 'auckland.pdf');
    const { code, stderr } = await aiplanIn('Pacific/Auckland', now, ['export', fixture('example.aiplan'), out]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Prepared 2 December 2026');
    expect(text).not.toContain('1 December 2026');
  });

  it('says "Prepared 1 December 2026" at the same moment in UTC', async () => {
    const out = join(folder(), 'utc.pdf');
    expect((await aiplanIn('UTC', now, ['export', fixture('example.aiplan'), out])).code).toBe(0);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('Prepared 1 December 2026');
  });
});

describe('aiplan new starts the horizon the month after the local month', () => {
  const horizonOf = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { meta: { horizonStart: string } }).meta.horizonStart;

  it('in Kiritimati, already 1 December at 02:30 while UTC is on 30 November', async () => {
    const out = join(folder(), 'kiritimati.aiplan');
    const { code, stdout } = await aiplanIn('Pacific/Kiritimati', '2026-11-30T12:30:00.000Z', ['new', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('starting 2027-01');
    expect(horizonOf(out)).toBe('2027-01');
  });

  it('in Pago Pago, still 31 December at 18:00 while UTC is on 1 January', async () => {
    const out = join(folder(), 'pago-pago.aiplan');
    const { code } = await aiplanIn('Pacific/Pago_Pago', '2027-01-01T05:00:00.000Z', ['new', out]);
    expect(code).toBe(0);
    expect(horizonOf(out)).toBe('2027-01');
  });
});

describe('aiplan check runs the checks for the local day', () => {
  const check = async (zone: string, now: string) => JSON.parse((await aiplanIn(zone, now, ['check', fixture('example.aiplan'), '--json'])).stdout) as { today: string };

  it('is 2 December at 05:00 in Auckland, and 1 December at the same moment in UTC', async () => {
    expect((await check('Pacific/Auckland', '2026-12-01T16:00:00.000Z')).today).toBe('2026-12-02');
    expect((await check('UTC', '2026-12-01T16:00:00.000Z')).today).toBe('2026-12-01');
  });

  it('is 1 December at 23:30 in Pago Pago, while UTC is on 2 December', async () => {
    expect((await check('Pacific/Pago_Pago', '2026-12-02T10:30:00.000Z')).today).toBe('2026-12-01');
  });
});
