import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/cli-io';
import { runExport } from '../../../electron/cli/export-command';
import { takeSnapshot } from '../../../shared/history/snapshots';
import { serialisePlan } from '../../../shared/plan-load';
import { examplePlan } from '../../fixtures/pdf/pdf-fixture-plans';

/* #20: `aiplan export --changes-since SNAPSHOT` adds "Changes since" that snapshot to the pack. */

async function aiplanExport(args: string[]) {
  let stderr = '';
  const io: CliIo = { stdout: { write: () => undefined }, stderr: { write: (t: string) => (stderr += t) }, now: () => new Date('2026-12-02T10:00:00.000Z') };
  return { code: await runExport(args, io), stderr };
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function planWithSnapshot(): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'aiplan-changes-'));
  made.push(dir);
  const base = takeSnapshot(examplePlan(), { id: 'snap-offsite', name: 'Off-site v1', takenAt: '2026-11-20T16:00:00.000Z' });
  const plan = { ...base, applications: base.applications.map((a, i) => (i === 0 ? { ...a, title: 'Website assistant' } : a)) };
  const path = join(dir, 'plan.aiplan');
  writeFileSync(path, serialisePlan(plan));
  return { dir, path };
}

describe('aiplan export --changes-since', () => {
  it('adds the changes since the snapshot named (any case) or given by id', async () => {
    const { dir, path } = planWithSnapshot();
    for (const [name, wanted] of [['changes.pdf', ' off-site V1 '], ['by-id.pdf', 'snap-offsite']] as const) {
      const out = join(dir, name);
      const { code, stderr } = await aiplanExport([path, out, '--changes-since', wanted]);
      expect(code, stderr).toBe(0);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Changes since “Off-site v1”');
      expect(text).toContain('Title: “AI-powered chatbot for website engagement” → “Website assistant”');
    }
  });

  it('refuses a snapshot the plan does not have, naming the ones it has, and writes nothing', async () => {
    const { dir, path } = planWithSnapshot();
    const { code, stderr } = await aiplanExport([path, join(dir, 'x.pdf'), '--changes-since', 'Board v2']);
    expect(code).toBe(2);
    expect(stderr).toContain('the plan has no snapshot called "Board v2". Its snapshots: "Off-site v1".');
    expect(readdirSync(dir)).toEqual(['plan.aiplan']);
  });
});
