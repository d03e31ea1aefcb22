import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serialisePlan } from '../../shared/plan-load';
import { generatePlan } from '../fixtures/generate-plan';
import { useAppPerTest, type TestApp } from './harness/app-session';
import { BoardPage } from './pages/board-page';

/*
 * A board big enough to be windowed (renderer/board/board-window.ts): 6 pillars × 5 objectives ×
 * 8 applications, one KPI each. Only what is near the view is in the page; these tests check that
 * nothing a person reaches is missing.
 */
const PLAN = generatePlan({ pillars: 6, objectivesPerPillar: 5, applicationsPerObjective: 8, kpisPerApplication: 1, scheduled: false, startMonth: '2027-01' });
const titleOf = (id: string) => PLAN.applications.find((a) => a.id === id)!.title;

let t: TestApp;
let board: BoardPage;

useAppPerTest(async (opened) => {
  t = opened;
  board = new BoardPage(t.app);
  const path = join(t.dir, 'big.aiplan');
  await writeFile(path, serialisePlan(PLAN));
  await t.app.startBlank();
  await t.app.openFile(path);
  await t.page.getByText(PLAN.pillars[0]!.title).first().waitFor();
  await board.open();
});

const frames = (page: Page, n = 3) =>
  page.evaluate((count) => new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  }), n);

/** Application cards in the page, and whether any unmounted block shows inside the board's view. */
function windowState(page: Page) {
  return page.getByTestId('board').evaluate((element) => {
    const view = element.getBoundingClientRect();
    const inView = (r: DOMRect) => r.bottom > view.top && r.top < view.bottom && r.right > view.left && r.left < view.right;
    return {
      mounted: element.querySelectorAll('[data-item-kind="application"]').length,
      pendingInView: Array.from(element.querySelectorAll('[data-testid="window-pending"]')).filter((e) => inView(e.getBoundingClientRect())).length,
    };
  });
}

async function isInView(page: Page, kind: string, id: string): Promise<boolean> {
  return page.getByTestId('board').evaluate(
    (element, [k, i]) => {
      const card = element.querySelector(`[data-item-kind="${k}"][data-item-id="${i}"]`);
      if (!card) return false;
      const view = element.getBoundingClientRect();
      const r = card.getBoundingClientRect();
      return r.bottom > view.top && r.top < view.bottom && r.right > view.left && r.left < view.right;
    },
    [kind, id] as const,
  );
}

describe('a big board mounts what is near the view', () => {
  it('shows every card in view, keeps the rest out of the page, and mounts more as it scrolls', async () => {
    await frames(t.page);
    const first = await windowState(t.page);
    expect(first.pendingInView).toBe(0);
    expect(first.mounted).toBeGreaterThan(0);
    expect(first.mounted).toBeLessThan(PLAN.applications.length / 2);
    // The counts come from the plan, not from the cards in the page.
    await expect.poll(() => board.pillarColumn(PLAN.pillars[0]!.title).locator('.pillar-header__counts').innerText()).toMatch(/5 objectives · 40 applications · 40 KPIs/);

    // The last card of the first column, far below.
    const last = 'P1O5A8';
    expect(await isInView(t.page, 'application', last)).toBe(false);
    await board.board.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect.poll(async () => (await windowState(t.page)).pendingInView).toBe(0);
    await board.item('application', titleOf(last)).scrollIntoViewIfNeeded();
    await expect.poll(() => isInView(t.page, 'application', last)).toBe(true);
    expect(t.pageErrors).toEqual([]);
  });

  it('reveals a selection made in the table even when its card was not in the page', async () => {
    const far = 'P6O4A7';
    await board.showTable();
    await board.table.getByRole('cell', { name: titleOf(far), exact: true }).first().click();
    await board.showBoard();
    await expect.poll(() => isInView(t.page, 'application', far)).toBe(true);
    await expect(board.item('application', titleOf(far)).getAttribute('data-item-id')).resolves.toBe(far);
    await board.detailPanel.waitFor();
  });

  it('drags a card onto a card that mounted after scrolling, and the move is the plan’s', async () => {
    // Scroll to the middle of the second and third columns.
    const target = 'P3O3A2';
    await board.board.evaluate((element, id) => {
      const lanes = element.querySelector('.board__lanes')!;
      const column = lanes.querySelector(`[data-item-kind="pillar"][data-item-id="P3"]`)!;
      element.scrollTo(column.getBoundingClientRect().left - 700, column.getBoundingClientRect().height * 0.45);
      void id;
    }, target);
    await expect.poll(() => isInView(t.page, 'application', target)).toBe(true);
    const source = t.page.getByTestId('board').locator('[data-item-kind="pillar"][data-item-id="P2"] [data-item-kind="application"]').last();
    const sourceId = (await source.getAttribute('data-item-id'))!;
    await board.dragTo(source, board.item('application', titleOf(target)), 'bottom');
    await board.drop();
    const previous = await t.page
      .getByTestId('board')
      .locator(`[data-item-kind="application"][data-item-id="${sourceId}"]`)
      .evaluate((card) => (card.previousElementSibling as HTMLElement | null)?.dataset.itemId);
    expect(previous).toBe(target);
    await board.showTable();
    const rows = await board.tableRows();
    const order = rows.filter((row) => row[1] === PLAN.objectives.find((o) => o.id === 'P3O3')!.title).map((row) => row[2]);
    expect(order.indexOf(titleOf(sourceId))).toBe(order.indexOf(titleOf(target)) + 1);
    expect(rows.filter((row) => row[2] === titleOf(sourceId))).toHaveLength(1);
  });

  it('keeps a half-typed card while the board scrolls away and back', async () => {
    const objective = board.item('objective', PLAN.objectives[0]!.title);
    await objective.getByRole('button', { name: /^Add AI application to / }).scrollIntoViewIfNeeded();
    await objective.getByRole('button', { name: /^Add AI application to / }).click();
    await t.page.keyboard.type('Half-typed idea');
    await board.board.evaluate((element) => element.scrollTo(element.scrollWidth, element.scrollHeight));
    await frames(t.page, 6);
    await board.board.evaluate((element) => element.scrollTo(0, 0));
    await frames(t.page, 6);
    await t.page.keyboard.type(' for sales');
    await t.page.keyboard.press('Enter');
    await t.page.keyboard.press('Escape');
    await expect.poll(() => board.applicationsOf(PLAN.objectives[0]!.title)).toContain('Half-typed idea for sales');
  });
});

describe('keyboard dragging on a big board', () => {
  it('steps a card down past the cards that were not mounted when it was lifted', async () => {
    const lifted = 'P1O1A1';
    await board.liftWithKeyboard('application', titleOf(lifted));
    await board.pressArrow('ArrowDown', 12);
    await board.dropWithKeyboard();
    await board.showTable();
    const rows = await board.tableRows();
    const objectiveOf = (title: string) => rows.find((row) => row[2] === title)?.[1];
    // Twelve steps from the top of an objective of eight: into the next objective of the column.
    expect(objectiveOf(titleOf(lifted))).toBe(PLAN.objectives.find((o) => o.id === 'P1O2')!.title);
    expect(rows.filter((row) => row[2] === titleOf(lifted))).toHaveLength(1);
    expect(t.pageErrors).toEqual([]);
  });
});
