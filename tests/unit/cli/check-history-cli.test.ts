import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../fixtures/fixture-files';
import { takeSnapshot } from '../../../shared/history/snapshots';
import { serialisePlan } from '../../../shared/plan-load';
import { examplePlan } from '../../fixtures/pdf/pdf-fixture-plans';
import { aiplan } from './run-aiplan';

/* The history block of `aiplan check --json` (#20): the document's id and its snapshots, oldest first. */

const fixture = (name: string) => fileURLToPath(new URL(name, FIXTURES_DIR));
const json = async (path: string) => JSON.parse((await aiplan(['check', path, '--json'])).stdout);

describe('aiplan check --json: history', () => {
  it('gives the example its document id and no snapshot', async () => {
    const { history } = await json(fixture('example.aiplan'));
    expect(history.documentId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(history.snapshots).toEqual([]);
  });

  it('lists the snapshots a plan keeps, oldest first, with their dates and notes', async () => {
    const first = takeSnapshot(examplePlan(), { id: 's1', name: 'Off-site v1 approved', note: 'As agreed on the day.', takenAt: '2026-11-20T16:00:00.000Z' });
    const edited = { ...first, pillars: first.pillars.map((p, i) => (i === 0 ? { ...p, title: 'Growth' } : p)) };
    const second = takeSnapshot(edited, { id: 's2', name: 'After the CFO review', takenAt: '2026-11-27T09:00:00.000Z' });
    const dir = mkdtempSync(join(tmpdir(), 'aiplan-history-'));
    try {
      const path = join(dir, 'plan.aiplan');
      writeFileSync(path, serialisePlan(second));
      const { history } = await json(path);
      expect(history.documentId).toBe(second.documentId);
      expect(history.snapshots).toEqual([
        { id: 's1', name: 'Off-site v1 approved', takenAt: '2026-11-20T16:00:00.000Z', note: 'As agreed on the day.' },
        { id: 's2', name: 'After the CFO review', takenAt: '2026-11-27T09:00:00.000Z', note: '' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
