import { afterEach, describe, expect, it } from 'vitest';
import { addMonths, monthLabel, quarterLabel, quarterOf } from '../../shared/roadmap/months';
import { openApp, useFileSession, type TestApp } from './harness/app-session';
import { screenshotPath } from './harness/screenshots';
import { BoardPage } from './pages/board-page';
import { RoadmapPage } from './pages/roadmap-page';
import { fileSlug, reportProblems, RoomPage } from './pages/room-page';
import { ValueViewsPage } from './pages/value-views-page';

/*
 * Issue 15 outside the Value view: the spend chart under the roadmap follows a dragged bar, the 2×2
 * sizes cards by net value, and the board's table and filters speak of cost and payback. The
 * example's four applications carry costs and benefits; months are derived from its horizon.
 */
const CHATBOT = 'AI-powered chatbot for website engagement';
const RPA = 'Robotic process automation for order entry';
const ML = 'Machine learning for market trend analysis';
const SERVICE = 'AI-driven personalised customer service';
const ACQUISITION = 'Customer Acquisition';

const files = useFileSession();
let t: TestApp | null = null;
afterEach(async ({ task }) => {
  await t?.close(task);
  t = null;
});

async function exampleApp(viewport?: { width: number; height: number }) {
  t = await openApp(files.session, viewport ? { viewport } : {});
  await t.app.startFromExample();
  return { t, roadmap: new RoadmapPage(t.app), board: new BoardPage(t.app), value: new ValueViewsPage(t.app) };
}

/** Where a "Mar 2028" payback falls, in months from the horizon's start (the table's words, read back). */
const monthsInto = (start: string, label: string) => Array.from({ length: 90 }, (_, i) => monthLabel(addMonths(start, i))).findIndex((l) => label.startsWith(l));

const quarterKey = (month: string) => {
  const { year, quarter } = quarterOf(month);
  return `${year}-Q${quarter}`;
};

describe('the spend chart under the roadmap', () => {
  it('drops the first quarter’s total by the chatbot’s spend there when its bar moves a quarter later, and the chatbot’s payback moves later in the table', async () => {
    const { t, roadmap, board, value } = await exampleApp();
    await board.open();
    await board.showTable();
    const paybackBefore = await value.tableCell(CHATBOT, 'Payback');

    await roadmap.open();
    await roadmap.closeDetails();
    const horizonStart = await roadmap.horizonStart();
    const start = await roadmap.startOffset(CHATBOT);
    const firstQuarter = quarterLabel(await roadmap.monthAt(start));
    await expect.poll(() => value.spendChart.isVisible()).toBe(true);
    const totalBefore = await value.quarterTotal(firstQuarter);
    const chatbotThere = await value.quarterSpendOf(firstQuarter, ACQUISITION);
    expect(chatbotThere).toBeGreaterThan(0);
    expect(await value.quarterColumn(quarterKey(await roadmap.monthAt(start))).getAttribute('title')).toContain(firstQuarter);

    await roadmap.moveBar(CHATBOT, 3);
    await expect.poll(() => roadmap.startOffset(CHATBOT), { timeout: 5000 }).toBe(start + 3);
    // Its pilot now starts after that quarter: nothing of it is spent there, the other pillars' spend is as it was.
    await expect.poll(() => value.quarterSpendOf(firstQuarter, ACQUISITION)).toBe(0);
    expect(await value.quarterTotal(firstQuarter)).toBe(totalBefore - chatbotThere);

    await value.openTable();
    const paybackAfter = await value.tableCell(CHATBOT, 'Payback');
    expect(monthsInto(horizonStart, paybackBefore)).toBeGreaterThan(0);
    expect(monthsInto(horizonStart, paybackAfter)).toBeGreaterThan(monthsInto(horizonStart, paybackBefore));
    expect(t.pageErrors).toEqual([]);
  });

  it('puts each quarter’s column under its quarter in the timeline at both zooms, also scrolled sideways; folds to one line and opens again', async () => {
    const { t, roadmap, value } = await exampleApp();
    await roadmap.open();
    await roadmap.closeDetails();
    const page = t.page;
    const aligned = async () => {
      const quarters = await page.locator('.timeline__quarter').evaluateAll((els) => els.map((el) => ({ title: el.getAttribute('title'), box: el.getBoundingClientRect().toJSON() as DOMRect })));
      const columns = await value.spendChart.locator('[data-quarter]').evaluateAll((els) => els.map((el) => ({ title: el.getAttribute('title') ?? '', box: el.getBoundingClientRect().toJSON() as DOMRect })));
      expect(columns.length).toBe(quarters.length);
      quarters.forEach((q, i) => {
        expect(columns[i]!.title.startsWith(`${q.title}:`)).toBe(true);
        expect(Math.abs(columns[i]!.box.left - q.box.left)).toBeLessThanOrEqual(1);
        expect(Math.abs(columns[i]!.box.width - q.box.width)).toBeLessThanOrEqual(1);
      });
    };
    await roadmap.setZoom('Quarters');
    await roadmap.settle();
    await aligned();
    await roadmap.setZoom('Months');
    await roadmap.settle();
    await aligned();
    await page.locator('.roadmap__scroller').evaluate((el) => (el.scrollLeft = 420));
    await roadmap.frames();
    await aligned();

    const height = (await value.spendChart.boundingBox())!.height;
    await value.foldSpendChart();
    expect(await value.spendChartToggle.getAttribute('aria-expanded')).toBe('false');
    expect(await value.spendTable.count()).toBe(0);
    expect(await value.spendChart.getByTestId('spend-horizon-total').innerText()).toMatch(/over the horizon$/);
    expect((await value.spendChart.boundingBox())!.height).toBeLessThan(height / 2);
    await value.foldSpendChart();
    expect(await value.spendChartToggle.getAttribute('aria-expanded')).toBe('true');
    await value.spendTable.waitFor({ state: 'attached' });
    expect(t.pageErrors).toEqual([]);
  });
});

describe('the 2×2 sized by net value', () => {
  it('grows the cards that return most over three years on a toggle; a card with no estimate keeps the normal size and says so', async () => {
    const { t, board, value } = await exampleApp();
    await board.open();
    await board.quickAdd(t.page.locator('.tray'), 'Add idea', ['Try an AI meeting summariser']);
    await t.page.getByRole('tab', { name: /^Priorities/ }).click();
    await value.sizeByValue.waitFor();
    expect(await value.sizeByValue.getAttribute('aria-pressed')).toBe('false');
    expect(await value.cardSize(RPA)).toBeNull();
    expect(await value.priorityCard(RPA).getByTestId('card-net').count()).toBe(0);

    await value.sizeByValue.click();
    expect(await value.sizeByValue.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => value.cardSize(RPA)).toBe(3);
    // The chatbot returns less than the automation over three years, the trend analysis less than it costs.
    expect(await value.cardSize(CHATBOT)).toBeGreaterThanOrEqual(1);
    expect(await value.cardSize(CHATBOT)).toBeLessThan(3);
    expect(await value.cardSize(ML)).toBeNull();
    expect(await value.cardNet(ML)).toMatch(/^Net -/);
    expect(await value.cardNet(RPA)).toMatch(/^Net €\d+K? in 3 years$/i);
    const summariser = 'Try an AI meeting summariser';
    expect(await value.cardSize(summariser)).toBeNull();
    expect(await value.cardNet(summariser)).toBe('Net value not estimated');
    const [big, normal] = await Promise.all([value.priorityCard(RPA).boundingBox(), value.priorityCard(summariser).boundingBox()]);
    expect(big!.height).toBeGreaterThan(normal!.height);

    // A view option: it stays while the app runs, across views.
    await board.open();
    await t.page.getByRole('tab', { name: /^Priorities/ }).click();
    expect(await value.sizeByValue.getAttribute('aria-pressed')).toBe('true');
    expect(await value.cardSize(SERVICE)).toBeGreaterThanOrEqual(1);
    const room = new RoomPage(t.app);
    await room.settle();
    expect(reportProblems('Priorities sized by net value', await room.problems())).toEqual([]);
    expect(t.pageErrors).toEqual([]);
  });
});

describe('the board’s table and filters', () => {
  it('shows each application’s cost over the horizon and payback month, and filters by payback and by cost', async () => {
    const { t, board, value } = await exampleApp();
    await board.open();
    await board.showTable();
    for (const title of [CHATBOT, RPA, ML, SERVICE]) {
      expect(await value.tableCell(title, 'Cost over the horizon')).toMatch(/^€[\d,]+$/);
      expect(await value.tableCell(title, 'Payback')).toMatch(/^[A-Z][a-z]{2} \d{4}/);
    }
    // The trend analysis pays back years after the horizon ends; the range of the estimate shows on hover.
    expect(await value.tableCell(ML, 'Payback')).toMatch(/after the horizon$/);

    await value.filterByPayback('Within the horizon');
    await expect.poll(() => value.undimmedApplications()).toEqual(expect.arrayContaining([CHATBOT, RPA]));
    const within = await value.undimmedApplications();
    expect(within).not.toContain(ML);
    expect(await board.filterCount()).toMatch(new RegExp(`^${within.length} of 4`));

    await value.filterByPayback('Not within the horizon');
    await expect.poll(() => value.undimmedApplications()).toContain(ML);
    expect(await value.undimmedApplications()).not.toContain(CHATBOT);

    await value.filterByPayback('Any');
    const options = await value.costOptions();
    expect(options[0]).toBe('Any');
    expect(options.at(-1)).toBe('No cost estimate');
    const above = options.filter((o) => o.startsWith('Above '));
    expect(above.length).toBeGreaterThan(0);
    await value.filterByCost(above.at(-1)!);
    const costly = await value.undimmedApplications();
    expect(costly.length).toBeGreaterThan(0);
    expect(costly.length).toBeLessThan(4);
    await value.filterByCost('No cost estimate');
    await expect.poll(() => value.undimmedApplications()).toEqual([]);

    // On the board the same filter dims the cards that do not match.
    await value.filterByCost('Any');
    await value.filterByPayback('Not within the horizon');
    await board.showBoard();
    await expect.poll(() => board.item('application', CHATBOT).locator('.application-card').getAttribute('data-dimmed')).toBe('true');
    expect(await board.item('application', ML).locator('.application-card').getAttribute('data-dimmed')).toBeNull();

    // Hidden again, the filters' line leaves the row on one line, and its button says one of them is on.
    await value.moreFilters.click();
    expect(await value.moreFilters.getAttribute('aria-expanded')).toBe('false');
    expect((await value.moreFilters.innerText()).trim()).toBe('More filters (1)');
    expect(await board.filterRowLines()).toBe(1);
    expect(await board.item('application', CHATBOT).locator('.application-card').getAttribute('data-dimmed')).toBe('true');
    // From the keyboard: Enter on the button shows them, and Tab goes on to the cost filter.
    await value.moreFilters.focus();
    await t.page.keyboard.press('Enter');
    await t.page.keyboard.press('Tab');
    expect(await t.page.evaluate(() => document.activeElement?.closest('label')?.textContent?.startsWith('Cost'))).toBe(true);
    expect(t.pageErrors).toEqual([]);
  });
});

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

describe('the roadmap with its spend chart in a room', () => {
  for (const size of SIZES) {
    it(`at ${size.width}×${size.height}: every text 13 px or more, nothing covered or cut, and so are the board’s filters and table with cost and payback, with the detail panel shut and open`, async () => {
      const { t, value } = await exampleApp(size);
      const room = new RoomPage(t.app);
      const name = `${size.width}x${size.height}`;
      const found: string[] = [];
      await room.showView('Roadmap');
      await value.spendChart.waitFor();
      await room.screenshot(screenshotPath(`value-roadmap-${name}.png`));
      found.push(...reportProblems('Roadmap with the spend chart, panel shut', await room.problems()));
      // The board's filter row with cost and payback, and the table with their columns.
      await room.showView('Board');
      await value.showMoreFilters();
      found.push(...reportProblems('Board with the cost and payback filters, panel shut', await room.problems()));
      await room.showBoardAs('Table');
      await room.screenshot(screenshotPath(`value-table-${name}.png`));
      found.push(...reportProblems('Table with cost and payback, panel shut', await room.problems()));
      await room.showBoardAs('Board');

      await room.openDetailsOfFirstApplication();
      await room.showView('Roadmap');
      await room.screenshot(screenshotPath(`value-roadmap-${name}-panel.png`));
      found.push(...reportProblems('Roadmap with the spend chart, panel open', await room.problems()));
      if ((await room.selectionInSight()) === false) found.push('panel open: the selected bar is out of sight');
      await value.foldSpendChart();
      await room.settle();
      await room.screenshot(screenshotPath(`value-roadmap-${fileSlug(name)}-folded.png`));
      found.push(...reportProblems('Roadmap with the spend chart folded, panel open', await room.problems()));
      expect(found).toEqual([]);
      expect(t.pageErrors).toEqual([]);
    });
  }
});
