import { describe, expect, it } from 'vitest';
import { useAppPerTest, type TestApp } from './harness/app-session';
import { RoadmapPage } from './pages/roadmap-page';
import { keepForReadme, screenshotPath } from './harness/screenshots';

/*
 * The roadmap of the example plan at projector size, for people to look at (tests/.output/). With
 * UPDATE_SCREENSHOTS=1 the quarter-zoom shot also replaces the README's assets/screenshots/roadmap.png.
 */
let t: TestApp;

useAppPerTest(async (opened) => {
  t = opened;
});

describe('roadmap screenshots at 1280×720', () => {
  it('quarter zoom fits the whole 24-month horizon in the window', async () => {
    await t.app.startFromExample();
    const roadmap = new RoadmapPage(t.app);
    await roadmap.open();
    await roadmap.setZoom('Quarters');
    await roadmap.settle();
    const scroller = await t.page.locator('.roadmap__scroller').evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
    expect(await t.page.locator('.timeline__month').count()).toBe(24);
    const path = screenshotPath('roadmap-quarter.png');
    await t.app.screenshot(path);
    await keepForReadme(path, 'roadmap.png');
    expect(t.pageErrors).toEqual([]);
  });

  it('month zoom', async () => {
    await t.app.startFromExample();
    const roadmap = new RoadmapPage(t.app);
    await roadmap.open();
    await roadmap.setZoom('Months');
    await roadmap.settle();
    await t.app.screenshot(screenshotPath('roadmap-month.png'));
    expect(t.pageErrors).toEqual([]);
  });
});
