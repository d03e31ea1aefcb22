import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_CAPS } from '../../../shared/schema/history-schema';
import { takeSnapshot } from '../../../shared/history/snapshots';
import { loadPlanFromText, serialisePlan } from '../../../shared/plan-load';
import { examplePlan } from '../../fixtures/pdf/pdf-fixture-plans';
import { aiplan } from './run-aiplan';

/* `aiplan snapshot` (#20): File › Take Snapshot… and File › Snapshots… from a terminal. */

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aiplan-snapshot-'));
  path = join(dir, 'plan.aiplan');
  writeFileSync(path, serialisePlan(examplePlan()));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const planOnDisk = () => {
  const loaded = loadPlanFromText(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(`not a plan: ${JSON.stringify(loaded)}`);
  return loaded.plan;
};

describe('aiplan snapshot', () => {
  it('takes a snapshot named on the command line, at the moment given, with its note, and keeps the file before as .bak', async () => {
    const before = readFileSync(path, 'utf8');
    const run = await aiplan(['snapshot', path, '  Board, December  ', '--note', 'As approved.'], new Date('2026-12-02T09:30:00.000Z'));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`snapshot "Board, December" taken: ${path} now keeps 1 snapshot\n`);
    const plan = planOnDisk();
    expect(plan.history.snapshots).toHaveLength(1);
    expect(plan.history.snapshots[0]).toMatchObject({ name: 'Board, December', note: 'As approved.', takenAt: '2026-12-02T09:30:00.000Z' });
    expect({ ...plan, history: { snapshots: [] } }).toEqual({ ...examplePlan(), history: { snapshots: [] } });
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(before);
  });

  it('lists the snapshots oldest first with their ids, days and notes, and says when there are none', async () => {
    expect((await aiplan(['snapshot', path])).stdout).toBe(`${path} keeps no snapshots yet.\n`);
    const first = takeSnapshot(examplePlan(), { id: 's1', name: 'Off-site v1', note: 'As agreed on the day.', takenAt: '2026-11-20T16:00:00.000Z' });
    writeFileSync(path, serialisePlan(takeSnapshot(first, { id: 's2', name: 'After the CFO review', takenAt: '2026-11-27T09:00:00.000Z' })));
    const listed = await aiplan(['snapshot', path]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe('s1  20 November 2026  Off-site v1 — As agreed on the day.\ns2  27 November 2026  After the CFO review\n');
    expect((await aiplan(['snapshot', path, '--lang', 'de'])).stdout).toContain('s1  20. November 2026  Off-site v1 – As agreed on the day.');
  });

  it('makes the snapshot usable at once as FILE@SNAPSHOT', async () => {
    await aiplan(['snapshot', path, 'Before the off-site']);
    const edited = planOnDisk();
    writeFileSync(path, serialisePlan({ ...edited, pillars: edited.pillars.map((p, i) => (i === 0 ? { ...p, title: 'Growth' } : p)) }));
    const diff = await aiplan(['diff', `${path}@before the off-site`, path]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('Growth');
  });

  it('refuses an empty or too long name, a full history, a missing plan and a wrong call, writing nothing', async () => {
    const before = readFileSync(path, 'utf8');
    expect(await aiplan(['snapshot', path, '   '])).toMatchObject({ code: 1 });
    expect((await aiplan(['snapshot', path, 'x'.repeat(HISTORY_CAPS.nameLength + 1)])).stderr).toMatch(/^aiplan snapshot: /);
    expect((await aiplan(['snapshot', join(dir, 'missing.aiplan'), 'v1'])).code).toBe(1);
    expect((await aiplan(['snapshot'])).code).toBe(2);
    expect((await aiplan(['snapshot', path, 'a', 'b'])).code).toBe(2);
    expect((await aiplan(['snapshot', path, '--note', 'no name'])).code).toBe(2);
    expect((await aiplan(['snapshot', path, 'v1', '--colour'])).code).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(existsSync(`${path}.bak`)).toBe(false);

    let full = examplePlan();
    for (let i = 0; i < HISTORY_CAPS.snapshots; i++) full = takeSnapshot(full, { id: `s${i}`, name: `v${i}`, takenAt: '2026-11-20T16:00:00.000Z' });
    writeFileSync(path, serialisePlan(full));
    const refused = await aiplan(['snapshot', path, 'one more']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(String(HISTORY_CAPS.snapshots));
  });
});
