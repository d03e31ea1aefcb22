import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialisePlan } from '../../shared/plan-load';
import { generatePlan } from '../fixtures/generate-plan';
import { useAppPerTest, type TestApp } from './harness/app-session';
import { InsightPage } from './pages/insight-page';
import { RoadmapPage } from './pages/roadmap-page';
import { WindowPage } from './pages/window-page';

/*
 * The roadmap, the outline, the Dimensions table, the 2×2 and the findings of a plan big enough to be
 * windowed (300 scheduled applications, one KPI each): only what is near the view is in the page.
 * These tests check that nothing a person reaches is missing, and that a small plan is whole.
 */
const GENERATED = generatePlan({ pillars: 6, objectivesPerPillar: 5, applicationsPerObjective: 10, kpisPerApplication: 1, scheduled: true, startMonth: '2027-01' });
// In each objective, its first application before its last (an arrow over eight rows) and the fifth before the sixth.
const PLAN = {
  ...GENERATED,
  roadmap: {
    ...GENERATED.roadmap,
    dependencies: GENERATED.objectives.flatMap((o, i) => [
      { id: `D${i}a`, fromId: `${o.id}A1`, toId: `${o.id}A10` },
      { id: `D${i}b`, fromId: `${o.id}A5`, toId: `${o.id}A6` },
    ]),
  },
};
const titleOf = (id: string) => PLAN.applications.find((a) => a.id === id)!.title;
const FIRST = PLAN.applications[0]!.id;
const LAST = PLAN.applications.at(-1)!.id;

let t: TestApp;
let windows: WindowPage;
let insight: InsightPage;
let roadmap: RoadmapPage;

describe('a big plan mounts what is near the view', () => {
  useAppPerTest(async (opened) => {
    t = opened;
    windows = new WindowPage(t.page);
    insight = new InsightPage(t.page);
    roadmap = new RoadmapPage(t.app);
    const path = join(t.dir, 'big.aiplan');
    await writeFile(path, serialisePlan(PLAN));
    await t.app.startBlank();
    await t.app.openFile(path);
    await t.page.getByText(PLAN.pillars[0]!.title).first().waitFor();
  });

  it('roadmap: bars near the view only, more as it scrolls, arrows that end at their bars', async () => {
    await roadmap.open();
    await windows.frames();
    const bars = await windows.mounted('[data-bar]');
    expect(bars).toBeGreaterThan(0);
    expect(bars).toBeLessThan(PLAN.roadmap.schedules.length / 3);
    expect(await windows.inSight(roadmap.bar(titleOf(FIRST)))).toBe(true);
    expect(await windows.mounted(`[data-bar][data-item-id="${LAST}"]`)).toBe(0);
    // Lanes keep their full height: the last lane is laid out, with its label.
    await expect.poll(() => roadmap.lane(PLAN.pillars.at(-1)!.title).count()).toBe(1);

    await expect
      .poll(async () => {
        await windows.scrollTo('end', '.roadmap__scroller');
        return windows.inSight(roadmap.bar(titleOf(LAST)));
      })
      .toBe(true);
    expect(await windows.mounted(`[data-bar][data-item-id="${FIRST}"]`)).toBe(0);

    // Each arrow drawn ends at its dependent's start, whether or not its predecessor is in the page.
    const ends = await roadmap.root.evaluate((root, dependencies) => {
      return Array.from(root.querySelectorAll<SVGPathElement>('path[data-dependency]')).flatMap((path) => {
        const dependency = dependencies.find((d) => d.id === path.dataset.dependency);
        const bar = dependency && root.querySelector<HTMLElement>(`[data-bar][data-item-id="${dependency.toId}"]`);
        if (!bar) return [];
        const lastX = Number(/H ([\d.-]+)$/.exec(path.getAttribute('d') ?? '')?.[1]);
        return [{ end: lastX, barLeft: parseFloat(bar.style.left) }];
      });
    }, PLAN.roadmap.dependencies);
    expect(ends.length).toBeGreaterThan(0);
    for (const { end, barLeft } of ends) expect(end).toBeCloseTo(barLeft, 0);
    expect(t.pageErrors).toEqual([]);
  });

  it('outline: applications near the view only, the last one reached by scrolling, no blank in sight', async () => {
    await insight.showView('Plan');
    await windows.frames();
    const applications = await windows.mounted('[data-testid="application"]');
    expect(applications).toBeGreaterThan(0);
    expect(applications).toBeLessThan(PLAN.applications.length / 3);
    expect(await windows.gapsInSight()).toBe(0);

    const last = t.page.locator('[data-testid="application"]').filter({ hasText: titleOf(LAST) });
    await expect
      .poll(async () => {
        await windows.scrollTo('end');
        return windows.inSight(last);
      })
      .toBe(true);
    await expect.poll(() => windows.gapsInSight()).toBe(0);

    // A title far down is edited in place, and Enter opens its next sibling there, as anywhere else.
    await last.getByRole('button', { name: `AI application title: ${titleOf(LAST)}`, exact: true }).dblclick();
    const input = t.page.getByTestId('objective').getByRole('textbox', { name: 'AI application title' });
    await input.fill('Renamed far down');
    await input.press('Enter');
    await expect.poll(() => t.page.getByTestId('objective').getByRole('button', { name: 'AI application title: Renamed far down', exact: true }).count()).toBe(1);
    await expect.poll(() => windows.inSight(t.page.getByTestId('outline-draft'))).toBe(true);
    await t.page.keyboard.press('Escape');
    await expect.poll(() => t.page.getByTestId('outline-draft').count()).toBe(0);
    expect(t.pageErrors).toEqual([]);
  });

  it('dimensions, priorities, findings: a part in the page, and no blank in sight', async () => {
    for (const view of ['Dimensions', 'Priorities'] as const) {
      await insight.showView(view);
      await windows.frames();
      expect(await windows.gaps(), view).toBeGreaterThan(0);
      expect(await windows.gapsInSight(), view).toBe(0);
    }
    // Findings are windowed from 150 in a list, as many as a big board's applications.
    await insight.showView('Findings');
    await windows.frames();
    const open = await insight.badgeCount();
    expect(open).toBeGreaterThanOrEqual(150);
    expect(await insight.findings().count()).toBeLessThan(open / 3);
    expect(await windows.gapsInSight()).toBe(0);
    await insight.showView('Dimensions');
    expect(await insight.dimensionsRows().count()).toBeLessThan(PLAN.applications.length / 3);
    await expect
      .poll(async () => {
        await windows.scrollTo('end');
        return windows.inSight(insight.dimensionsRows().filter({ hasText: titleOf(LAST) }));
      })
      .toBe(true);
    expect(t.pageErrors).toEqual([]);
  });

  it('a finding about an application far down shows it, and the roadmap and 2×2 show it selected too', async () => {
    await insight.showView('Findings');
    // The last finding about personal data whose ethics are not addressed: far down every list.
    // Scrolled to as a person would, until a finding of another check follows it.
    const findings = insight.finding('personal-data-ethics');
    const checkAfterLast = async () => {
      await findings.last().scrollIntoViewIfNeeded();
      await windows.frames();
      return findings.last().evaluate((row) => {
        for (let next = row.nextElementSibling; next; next = next.nextElementSibling) {
          if (next.getAttribute('data-testid') === 'window-gap') return null;
          if (next.getAttribute('data-testid') === 'finding') return next.getAttribute('data-check-id');
        }
        return 'end of list';
      });
    };
    await expect.poll(checkAfterLast, { timeout: 20_000 }).not.toBeNull();
    const finding = findings.last();
    const farTitle = (await finding.locator('.finding__item').innerText()).trim();
    const far = PLAN.applications.find((a) => a.title === farTitle)!.id;
    expect(PLAN.applications.findIndex((a) => a.id === far)).toBeGreaterThan(PLAN.applications.length * 0.8);
    await finding.getByRole('button').first().click();

    const row = t.page.locator(`[data-testid="heat-map"] [data-item-id="${far}"]`);
    await expect.poll(() => windows.inSight(row)).toBe(true);
    expect(await row.getAttribute('data-selected')).not.toBeNull();

    await roadmap.openWithKeyboard();
    const bar = t.page.locator(`.timeline [data-bar][data-item-id="${far}"]`);
    await expect.poll(() => windows.inSight(bar)).toBe(true);
    expect(await bar.getAttribute('data-selected')).not.toBeNull();

    await insight.showView('Priorities');
    const card = t.page.locator(`[data-testid="priority-card"][data-item-id="${far}"]`);
    await expect.poll(() => windows.inSight(card)).toBe(true);
    expect(t.pageErrors).toEqual([]);
  });
});

describe('a small plan is whole', () => {
  useAppPerTest(async (opened) => {
    t = opened;
    windows = new WindowPage(t.page);
    insight = new InsightPage(t.page);
    roadmap = new RoadmapPage(t.app);
    await t.app.startFromExample();
  });

  it('has every item of the example in the page in every view', async () => {
    const applications = await windows.mounted('[data-testid="application"]');
    expect(applications).toBeGreaterThan(0);
    expect(await windows.gaps()).toBe(0);
    await roadmap.open();
    expect(await windows.mounted('[data-bar]')).toBeGreaterThan(0);
    for (const view of ['Dimensions', 'Priorities', 'Findings'] as const) {
      await insight.showView(view);
      await windows.frames();
      expect(await windows.gaps(), view).toBe(0);
    }
    await insight.showView('Dimensions');
    expect(await insight.dimensionsRows().count()).toBe(applications);
    await roadmap.open();
    expect(await windows.gaps()).toBe(0);
  });
});
