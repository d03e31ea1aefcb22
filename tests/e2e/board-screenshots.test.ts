import { describe, expect, it } from 'vitest';
import { useAppPerTest, type TestApp } from './harness/app-session';
import { BoardPage } from './pages/board-page';
import { keepForReadme, screenshotPath } from './harness/screenshots';

/* Screenshots of the board at projector size, for people to look at (tests/.output/). */
let t: TestApp;
let board: BoardPage;

useAppPerTest(async (opened) => {
  t = opened;
  board = new BoardPage(t.app);
  await t.app.startFromExample();
  await board.open();
});

describe('board screenshots at 1280×720', () => {
  it('the board with the example plan', async () => {
    const path = screenshotPath('board.png');
    await t.app.screenshot(path);
    await keepForReadme(path, 'board.png');
    expect(t.pageErrors).toEqual([]);
  });

  it('the detail panel of an application', async () => {
    await board.select('application', 'AI-powered chatbot for website engagement');
    await t.app.screenshot(screenshotPath('board-details.png'));
    expect(t.pageErrors).toEqual([]);
  });

  it('the detail panel of a KPI', async () => {
    await board.select('kpi', 'Qualified leads per month');
    await t.app.screenshot(screenshotPath('board-kpi-details.png'));
    expect(t.pageErrors).toEqual([]);
  });

  it('the table view', async () => {
    await board.showTable();
    await t.app.screenshot(screenshotPath('board-table.png'));
    expect(t.pageErrors).toEqual([]);
  });

  it('a drag in progress, with the overlay and the drop line', async () => {
    await board.dragTo(board.item('application', 'Robotic process automation for order entry'), board.item('application', 'AI-powered chatbot for website engagement'), 'bottom');
    await t.app.screenshot(screenshotPath('board-dragging.png'));
    await board.drop();
    expect(t.pageErrors).toEqual([]);
  });

  it('a filter that dims what does not match', async () => {
    await t.page.getByRole('searchbox').fill('customer');
    await t.app.screenshot(screenshotPath('board-filter.png'));
    expect(t.pageErrors).toEqual([]);
  });
});
