import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanFromText, PLAN_VERSION, serialisePlan } from '../../../../shared';
import type { Plan } from '../../../../shared/model';
import { legacyDocumentId } from '../../../../shared/schema/migrations';
import { idSchema } from '../../../../shared/schema/plan-schema';
import { sequentialIds } from '../../../../shared/ids';
import { createPlan } from '../../../../shared/templates/templates';

/* Plan format 4 (#20): a document id and a history of snapshots. */

/** The example plan as format 3 saved it (committed copy, made before format 4). */
const v3Text = () => readFileSync(new URL('../../../fixtures/v3-example.aiplan', import.meta.url), 'utf8');

function load(text: string): Plan {
  const result = loadPlanFromText(text);
  if (!result.ok) throw new Error(`${result.error.message}\n${result.error.details.join('\n')}`);
  return result.plan;
}

describe('a version-3 plan', () => {
  it('opens as version 4 with an empty history, saying it was migrated from 3', () => {
    const result = loadPlanFromText(v3Text());
    if (!result.ok) throw new Error(result.error.message);
    expect(PLAN_VERSION).toBe(4);
    expect(result.migratedFrom).toBe(3);
    expect(result.plan.version).toBe(4);
    expect(result.plan.history).toEqual({ snapshots: [] });
  });

  it('gets a document id made from when it was created and its title: two copies agree, an unrelated plan differs', () => {
    const raw = JSON.parse(v3Text());
    const first = load(v3Text());
    const copy = load(v3Text());
    expect(first.documentId).toBe(copy.documentId);
    expect(idSchema.safeParse(first.documentId).success).toBe(true);
    expect(first.documentId).toBe(legacyDocumentId(raw.meta.createdAt, raw.meta.title));
    const renamed = load(JSON.stringify({ ...raw, meta: { ...raw.meta, title: 'Another plan' } }));
    const later = load(JSON.stringify({ ...raw, meta: { ...raw.meta, createdAt: '2026-11-24T10:00:00.000Z' } }));
    expect(new Set([first.documentId, renamed.documentId, later.documentId]).size).toBe(3);
  });

  it('keeps everything else as it was', () => {
    const raw = JSON.parse(v3Text());
    const { documentId: _id, history: _history, version: _version, ...rest } = load(v3Text());
    const { version: _rawVersion, ...rawRest } = raw;
    expect(rest).toEqual(rawRest);
  });

  it('saves as version 4, and the saved file opens unchanged, unmigrated and byte for byte the same', () => {
    const saved = serialisePlan(load(v3Text()));
    expect(JSON.parse(saved).version).toBe(4);
    const again = loadPlanFromText(saved);
    expect(again.ok && again.migratedFrom).toBe(null);
    expect(serialisePlan(load(saved))).toBe(saved);
  });
});

describe('a new plan', () => {
  it('gets a fresh document id from the id generator, blank or example alike', () => {
    const blank = createPlan('blank', { now: '2026-12-02T09:00:00.000Z', newId: sequentialIds('b'), startMonth: '2027-01' });
    const example = createPlan('example', { now: '2026-12-02T09:00:00.000Z', newId: sequentialIds('e'), startMonth: '2027-01' });
    expect(blank.documentId).toBe('b1');
    expect(example.documentId).toMatch(/^e\d+$/);
    expect(example.history).toEqual({ snapshots: [] });
    // Drawn after every other id, so that the example's items keep the ids they had.
    expect(example.pillars[0]!.id).toBe('e1');
  });
});
