import { describe, expect, it } from 'vitest';
import { useAppPerTest, type TestApp } from './harness/app-session';
import { BoardPage } from './pages/board-page';
import { InsightPage } from './pages/insight-page';
import { MoveMenuPage } from './pages/move-menu-page';
import { RoadmapPage } from './pages/roadmap-page';

/*
 * Issue 13, item 6 (WCAG 2.2 SC 2.5.7): every card and bar that drags can be moved without
 * dragging, through "Move to…": right click, Shift+F10, the button beside a focused grip, or
 * Ctrl+Shift+M. Each move is one undo step and is spoken.
 */
let t: TestApp;
let move: MoveMenuPage;

useAppPerTest(async (opened) => {
  t = opened;
  move = new MoveMenuPage(t.page);
  await t.app.startFromExample();
});

const CHATBOT = 'AI-powered chatbot for website engagement';
const RPA = 'Robotic process automation for order entry';
const LEADS = 'Increase lead generation';
const ORDERS = 'Reduce order processing time';
const LEADS_KPI = 'Qualified leads per month';
const q = (text: string) => `“${text}”`;

describe('Move to… on the board', () => {
  it('moves an application to an objective of another pillar from the keyboard, says so, and one Ctrl+Z puts it back', async () => {
    const board = new BoardPage(t.app);
    await board.open();
    await move.openWithKeyboard(board.handle('application', CHATBOT));
    const offered = await move.destinations();
    expect(offered).toEqual(expect.arrayContaining([`${q('Operational Efficiency')} › ${q(ORDERS)}`, 'Unaligned ideas']));
    expect(offered).not.toContain(`${q('Customer Acquisition')} › ${q(LEADS)}`);

    await move.chooseWithKeyboard(q(ORDERS), q('Operational Efficiency'));
    expect(await board.applicationsOf(ORDERS)).toEqual([RPA, CHATBOT]);
    expect(await board.applicationsOf(LEADS)).toEqual([]);
    expect(await board.kpisOf(CHATBOT)).toEqual([LEADS_KPI]);
    expect(await board.announcement()).toBe(
      `Moved AI application ${q(CHATBOT)} to objective ${q(ORDERS)} in pillar ${q('Operational Efficiency')}, position 2 of 2.`,
    );
    // The focus follows the card to its new place.
    expect(await t.page.evaluate(() => document.activeElement?.closest('[data-item-kind]')?.getAttribute('data-item-kind'))).toBe('application');

    await t.app.undoWithKeyboard();
    await expect.poll(() => board.applicationsOf(LEADS)).toEqual([CHATBOT]);
    expect(await board.applicationsOf(ORDERS)).toEqual([RPA]);
    expect(t.pageErrors).toEqual([]);
  });

  it('moves a KPI to another application from the right-click menu, and one Ctrl+Z puts it back', async () => {
    const board = new BoardPage(t.app);
    await board.open();
    await move.openWithRightClick(board.item('kpi', LEADS_KPI));
    expect(await move.destinations()).toContain(`${q(ORDERS)} › ${q(RPA)}`);
    await move.choose(q(RPA), q(ORDERS));
    expect(await board.kpisOf(RPA)).toContain(LEADS_KPI);
    expect(await board.kpisOf(CHATBOT)).toEqual([]);
    expect(await board.announcement()).toContain(`Moved KPI ${q(LEADS_KPI)} to AI application ${q(RPA)}`);

    await t.app.undoWithKeyboard();
    await expect.poll(() => board.kpisOf(CHATBOT)).toEqual([LEADS_KPI]);
    expect(await board.kpisOf(RPA)).not.toContain(LEADS_KPI);
  });

  it('opens from the button beside a focused grip and from Ctrl+Shift+M; Escape gives the focus back to the grip and moves nothing', async () => {
    const board = new BoardPage(t.app);
    await board.open();
    const grip = board.handle('objective', LEADS);
    await move.openWithFocusButton(grip);
    expect(await move.destinations()).toEqual([q('Operational Efficiency'), q('Product Innovation'), q('Customer Retention')]);
    await move.escape();
    expect(await grip.evaluate((el) => el === document.activeElement)).toBe(true);

    await move.openWithShortcut(grip);
    expect(await move.focusedItem()).toBe(q('Operational Efficiency'));
    await move.escape();
    expect(await board.objectivesOf('Customer Acquisition')).toEqual([LEADS]);
    expect(await t.app.isDirty()).toBe(false);
  });
});

describe('Move to… on the roadmap and the 2×2', () => {
  it('moves a roadmap bar a quarter later, says where it starts now, and one Ctrl+Z puts it back', async () => {
    const roadmap = new RoadmapPage(t.app);
    await roadmap.open();
    const start = await roadmap.startOffset(RPA);
    const later = await roadmap.monthLabelAt(start + 3);
    await move.openWithKeyboard(roadmap.bar(RPA));
    await move.chooseWithKeyboard(`A quarter later (starts ${later})`);
    await expect.poll(() => roadmap.startOffset(RPA), { timeout: 5000 }).toBe(start + 3);
    expect(await move.statusAnnouncement()).toBe(`Moved AI application ${q(RPA)} to start ${later}.`);
    expect(await roadmap.bar(RPA).evaluate((el) => el === document.activeElement)).toBe(true);

    await t.app.undoWithKeyboard();
    await expect.poll(() => roadmap.startOffset(RPA), { timeout: 5000 }).toBe(start);
  });

  it('moves a 2×2 card to another impact score from its right-click menu', async () => {
    const insight = new InsightPage(t.page);
    await insight.showView('Priorities');
    const before = await insight.cardScores(CHATBOT);
    const impact = before.impact === 1 ? 2 : 1;
    await move.openWithRightClick(insight.card(CHATBOT));
    await move.choose(`Impact ${impact}`, 'Impact');
    await expect.poll(() => insight.cardScores(CHATBOT)).toEqual({ impact, feasibility: before.feasibility });
    expect(await move.statusAnnouncement()).toBe(`Moved AI application ${q(CHATBOT)} to impact ${impact}, feasibility ${before.feasibility}.`);
    await t.app.undoWithKeyboard();
    await expect.poll(() => insight.cardScores(CHATBOT)).toEqual(before);
  });
});
