import { describe, expect, it } from 'vitest';
import { useAppPerTest, type TestApp } from './harness/app-session';
import { screenshotPath } from './harness/screenshots';
import { DisplayPage } from './pages/display-page';
import { RoadmapPage } from './pages/roadmap-page';

/*
 * Issue 13 on the roadmap: the dependency handle is a control a room can hit and a keyboard can
 * reach, arrows never run over a bar's title, and rows grow with the room size as their text does.
 * Screenshots at 1280×720 go to tests/.output/roadmap-room-*.png for people to look at.
 */
let t: TestApp;
let roadmap: RoadmapPage;
let display: DisplayPage;

useAppPerTest(async (opened) => {
  t = opened;
  roadmap = new RoadmapPage(t.app);
  display = new DisplayPage(t.app);
});

const RPA = 'Robotic process automation for order entry';
const SERVICE = 'AI-driven personalised customer service';

/** Every dependency arrow's runs that cross a bar's title line, as "arrow → title" lines. */
async function arrowsOverTitles(): Promise<string[]> {
  return t.page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('.timeline__arrows');
    if (!svg) return ['no arrows drawn'];
    const origin = svg.getBoundingClientRect();
    const titles = [...document.querySelectorAll<HTMLElement>('.timeline [data-bar] .bar__title')].map((el) => ({
      name: el.textContent ?? '',
      box: el.getBoundingClientRect(),
    }));
    const found: string[] = [];
    for (const path of svg.querySelectorAll<SVGPathElement>('path[data-dependency]')) {
      // The path is made of M, H and V steps (timeline-layout.ts); walk them in client coordinates.
      const steps = (path.getAttribute('d') ?? '').match(/[MHV][^MHV]*/g) ?? [];
      let x = 0;
      let y = 0;
      const points: [number, number][] = [];
      for (const step of steps) {
        const numbers = step.slice(1).trim().split(/[\s,]+/).map(Number);
        if (step[0] === 'M') [x, y] = numbers as [number, number];
        else if (step[0] === 'H') x = numbers[0]!;
        else y = numbers[0]!;
        points.push([origin.left + x, origin.top + y]);
      }
      for (let i = 1; i < points.length; i++) {
        const [ax, ay] = points[i - 1]!;
        const [bx, by] = points[i]!;
        for (const { name, box } of titles) {
          const crossesX = Math.max(ax, bx) > box.left + 1 && Math.min(ax, bx) < box.right - 1;
          const crossesY = Math.max(ay, by) > box.top + 1 && Math.min(ay, by) < box.bottom - 1;
          if (crossesX && crossesY) found.push(`${path.dataset.dependency} → ${name}`);
        }
      }
    }
    return found;
  });
}

/** Bars whose title is cut (ellipsis, or clipped by the title line or against the track). */
async function cutBarTitles(): Promise<string[]> {
  return t.page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.timeline [data-bar]')].flatMap((bar) => {
      const name = bar.querySelector<HTMLElement>('.bar__name')!;
      const line = bar.querySelector<HTMLElement>('.bar__title')!.getBoundingClientRect();
      const track = bar.querySelector<HTMLElement>('.bar__track')!.getBoundingClientRect();
      const text = name.getBoundingClientRect();
      const problems: string[] = [];
      if (name.scrollWidth > name.clientWidth + 1) problems.push('ellipsis');
      if (name.scrollHeight > name.clientHeight + 1) problems.push('clipped vertically');
      if (text.top < line.top - 1 || text.bottom > line.bottom + 1) problems.push('taller than its line');
      if (line.bottom > track.top + 0.5) problems.push('runs into the track');
      return problems.length ? [`${name.textContent}: ${problems.join(', ')}`] : [];
    }),
  );
}

async function laneHeights(): Promise<number[]> {
  return t.page.locator('.timeline__lanes-body .lane').evaluateAll((lanes) => lanes.map((l) => l.getBoundingClientRect().height));
}

describe('the roadmap in a room', () => {
  it('gives each bar a dependency handle of at least 24 px, named, shown on a focused bar, that leads the keyboard to the dependency picker', async () => {
    await t.app.startFromExample();
    await roadmap.open();
    await roadmap.settle();
    await roadmap.bar(RPA).focus();
    const handle = t.page.getByRole('button', { name: `Link “${RPA}” to an application that builds on it` });
    const box = (await handle.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(await handle.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');

    // Tab from the bar reaches its handle, which shows a focus ring.
    await t.page.keyboard.press('Tab');
    expect(await handle.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await handle.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await t.app.screenshot(screenshotPath('roadmap-room-handle-focused.png'));
    await t.page.keyboard.press('Enter');
    await expect
      .poll(() => t.page.evaluate(() => !!document.activeElement?.closest('[data-testid="dependency-section"]') && document.activeElement?.tagName))
      .toBe('SELECT');
    expect(t.pageErrors).toEqual([]);
  });

  it('still draws a dependency by dragging the handle, and no arrow runs over a bar’s title, at Normal and Extra large, by month and by quarter', async () => {
    await t.app.startFromExample();
    await roadmap.open();
    await roadmap.linkBars(RPA, SERVICE);
    await expect.poll(() => t.page.locator('[data-dependency]').count()).toBe(2);
    for (const room of ['normal', 'extra-large'] as const) {
      await display.fromMenu(`room-size:${room}`);
      for (const zoom of ['Months', 'Quarters'] as const) {
        await roadmap.setZoom(zoom);
        await roadmap.settle();
        expect(await arrowsOverTitles(), `${room}, ${zoom}`).toEqual([]);
        if (zoom === 'Quarters') await t.app.screenshot(screenshotPath(`roadmap-room-arrows-${room}.png`));
      }
    }
    expect(t.pageErrors).toEqual([]);
  });

  it('grows lanes and bars with the room size, so that at Extra large no bar title is cut', async () => {
    await t.app.startFromExample();
    await roadmap.open();
    await roadmap.setZoom('Months');
    await roadmap.settle();
    const normal = await laneHeights();
    expect(await cutBarTitles()).toEqual([]);
    await t.app.screenshot(screenshotPath('roadmap-room-normal.png'));

    await display.fromMenu('room-size:extra-large');
    await roadmap.settle();
    const extraLarge = await laneHeights();
    expect(extraLarge).toHaveLength(normal.length);
    extraLarge.forEach((height, i) => expect(height).toBeGreaterThan(normal[i]! * 1.3));
    expect(await cutBarTitles()).toEqual([]);
    // The lane labels (pillar and count) fit their grown lanes.
    const crowdedLabels = await t.page
      .locator('.lane-label')
      .evaluateAll((labels) => labels.filter((l) => l.scrollHeight > l.clientHeight + 1).map((l) => l.textContent));
    expect(crowdedLabels).toEqual([]);
    await t.app.screenshot(screenshotPath('roadmap-room-extra-large.png'));

    await roadmap.setZoom('Quarters');
    await roadmap.settle();
    expect(await cutBarTitles()).toEqual([]);
    await t.app.screenshot(screenshotPath('roadmap-room-extra-large-quarter.png'));
    expect(t.pageErrors).toEqual([]);
  });
});
