import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialisePlan } from '../../shared/plan-load';
import { planWithPrototypeIds, PROTOTYPE_IDS } from '../fixtures/prototype-ids';
import { useAppPerTest, type TestApp } from './harness/app-session';
import { BoardPage } from './pages/board-page';

const PLAN = planWithPrototypeIds();
const PILLAR = PLAN.pillars.find((p) => p.id === PROTOTYPE_IDS.pillar)!.title;
const OTHER_PILLAR = PLAN.pillars.find((p) => p.id === PROTOTYPE_IDS.secondPillar)!.title;
const APPLICATION = PLAN.applications.find((a) => a.id === PROTOTYPE_IDS.application)!.title;

let t: TestApp;
let board: BoardPage;

useAppPerTest(async (opened) => {
  t = opened;
  board = new BoardPage(t.app);
  const path = join(t.dir, 'prototype-ids.aiplan');
  await writeFile(path, serialisePlan(PLAN));
  await t.app.startBlank();
  await t.app.openFile(path);
  await board.open();
});

describe('a plan whose ids are toString, constructor, __proto__ and hasOwnProperty', () => {
  it('collapses and expands the pillar whose id is "toString" on the board, and only that one', async () => {
    await expect.poll(() => board.applicationsOf(PLAN.objectives[0]!.title)).toEqual([APPLICATION]);
    const collapse = t.page.getByRole('button', { name: `Collapse pillar “${PILLAR}”` });
    await collapse.click();
    const expand = t.page.getByRole('button', { name: `Expand pillar “${PILLAR}”` });
    await expect.poll(() => expand.getAttribute('aria-expanded')).toBe('false');
    expect(await board.pillarColumn(PILLAR).locator('[data-item-kind="application"]').count()).toBe(0);
    expect(await t.page.getByRole('button', { name: `Collapse pillar “${OTHER_PILLAR}”` }).getAttribute('aria-expanded')).toBe('true');

    await expand.click();
    await expect.poll(() => collapse.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => board.applicationsOf(PLAN.objectives[0]!.title)).toEqual([APPLICATION]);
    expect(await t.app.isDirty()).toBe(false);
    expect(t.pageErrors).toEqual([]);
  });
});
