import { afterEach, describe, expect, it } from 'vitest';
import { openApp, useFileSession, type TestApp } from './harness/app-session';
import { screenshotPath } from './harness/screenshots';
import { RoadmapPage } from './pages/roadmap-page';

/*
 * The roadmap and the insight views in German and Vietnamese (the system language the page sees):
 * their own words, months and quarters, and the timeline's quarter labels fitting their columns.
 * Screenshots in tests/.output/ for people to look at.
 */
const files = useFileSession();
let t: TestApp | undefined;

afterEach(async ({ task }) => {
  await t?.close(task);
  t = undefined;
});

async function openExampleIn(systemLocale: string): Promise<TestApp> {
  t = await openApp(files.session, { systemLocale });
  // The first choice of the first-run screen starts from the example, whatever its words.
  await t.page.locator('.first-run .choice').first().click();
  await t.app.outline.waitFor();
  return t;
}

const texts = (app: TestApp, selector: string) => app.page.locator(selector).allInnerTexts();

describe('the roadmap in another language', () => {
  for (const { locale, quarter, month, unscheduled } of [
    { locale: 'de-DE', quarter: /^(\d\. Quartal \d{4}|Q\d\/\d\d|Q\d|)$/, month: /^(Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez|[A-Z])$/, unscheduled: 'Nicht eingeplant' },
    { locale: 'vi-VN', quarter: /^(Quý \d năm \d{4}|Q\d\/\d\d|Q\d|)$/, month: /^(Tháng \d{1,2}|\d{1,2})$/, unscheduled: 'Chưa lên lịch' },
  ])
    it(`${locale}: names months, quarters and its parts in that language, at both zooms`, async () => {
      const app = await openExampleIn(locale);
      const roadmap = new RoadmapPage(app.app);
      await roadmap.openWithKeyboard();
      await roadmap.settle();
      expect(await app.page.locator('#unscheduled-title').innerText()).toContain(unscheduled);
      for (const zoom of ['quarter', 'month'] as const) {
        await app.page.locator('.segmented__option').nth(zoom === 'month' ? 0 : 1).click();
        await roadmap.settle();
        const quarters = await texts(app, '.timeline__quarter');
        expect(quarters.length).toBeGreaterThan(0);
        for (const label of quarters) expect(label).toMatch(quarter);
        for (const label of await texts(app, '.timeline__month')) expect(label).toMatch(month);
        // A quarter label never runs past its column.
        const overflowing = await app.page.locator('.timeline__quarter').evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).length);
        expect(overflowing).toBe(0);
        await app.app.screenshot(screenshotPath(`roadmap-${zoom}-${locale}.png`));
      }
      expect(app.pageErrors).toEqual([]);
    });
});

describe('the insight views in another language', () => {
  it('de-DE: Priorities, Alignment findings, Six dimensions and Readiness speak German', async () => {
    const app = await openExampleIn('de-DE');
    const views = [
      { key: 'Control+4', heading: 'Prioritäten' },
      { key: 'Control+5', heading: 'Ausrichtungsbefunde' },
      { key: 'Control+6', heading: 'Sechs Dimensionen' },
      { key: 'Control+7', heading: 'Leitfragen und Bereitschaft' },
    ];
    for (const view of views) {
      await app.page.keyboard.press(view.key);
      await expect.poll(() => app.page.locator('.insight-page__title').first().innerText()).toBe(view.heading);
      await app.app.screenshot(screenshotPath(`insight-${view.heading}-de-DE.png`));
    }
    expect(app.pageErrors).toEqual([]);
  });
});
