import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serialisePlan } from '../../shared/plan-load';
import { generatePlan } from '../../tests/fixtures/generate-plan';
import { tmpdir } from 'node:os';
import { startFileSession } from '../../tests/e2e/harness/app-session';
import { newAppPage } from '../../tests/e2e/harness/browser';
import { PlannerBridge } from '../../tests/e2e/harness/planner-bridge';
import { AppPage } from '../../tests/e2e/pages/app-page';
import { RoadmapPage } from '../../tests/e2e/pages/roadmap-page';
import { ms, ratio } from './measure';

const FRAME_MS = 16.7;
const SHAPE = { pillars: 3, objectivesPerPillar: 10, applicationsPerObjective: 10, kpisPerApplication: 1 };

// Page scripts as strings: this bench compiles in the Node project, which has no DOM types.
const IDLE_FRAMES = `new Promise((resolve) => {
  const frames = [];
  const tick = (now) => {
    frames.push(now);
    if (frames.length < 240) requestAnimationFrame(tick);
    else resolve(frames.slice(1).map((f, i) => f - frames[i]));
  };
  requestAnimationFrame(tick);
})`;
const START_RECORDING = `(() => {
  window.__frames = [];
  window.__recording = true;
  const tick = (now) => {
    if (!window.__recording) return;
    window.__frames.push(now);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_RECORDING = `(() => {
  window.__recording = false;
  return window.__frames;
})()`;

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/**
 * Frame intervals in chromium while a bar is dragged back and forth on a roadmap of 300 scheduled
 * applications: the 95th percentile divided by one 60 Hz frame (target ≤ 1.0). Prints, never asserts.
 */
export async function run(): Promise<void> {
  const plan = generatePlan({ ...SHAPE, scheduled: true, startMonth: '2027-01' });
  const session = await startFileSession();
  const ctx = await newAppPage(session.browser);
  // tsx keeps function names with a `__name` helper that the page lacks when the bridge's init script is serialised.
  await ctx.page.addInitScript('globalThis.__name = (fn) => fn;');
  const bridge = new PlannerBridge(ctx.page);
  await bridge.install();
  const app = new AppPage(ctx.page, bridge, session.server.origin);
  await app.goto();
  const dir = await mkdtemp(join(tmpdir(), 'aiplan-bench-'));
  const t = { ...ctx, app, dir };
  try {
    const path = join(t.dir, 'bench.aiplan');
    await writeFile(path, serialisePlan(plan));
    await t.app.openFile(path);
    await t.app.outline.waitFor();
    const roadmap = new RoadmapPage(t.app);
    await roadmap.open();
    const bars = await t.page.locator('.timeline [data-bar]').count();
    console.log(`roadmap: ${plan.roadmap.schedules.length} scheduled applications (${bars} bars), ${plan.roadmap.dependencies.length} dependencies, ${plan.roadmap.milestones.length} milestones`);

    // The same frames with nothing happening, to tell the app's cost from a busy machine's.
    const idle = await t.page.evaluate<number[]>(IDLE_FRAMES);
    console.log(`idle, for comparison: p95 frame interval / 16.7 ms: ${ratio(percentile(idle, 95) / FRAME_MS)}   [p95 ${ms(percentile(idle, 95))}, max ${ms(Math.max(...idle))}]`);

    for (const zoom of ['Quarters', 'Months'] as const) {
      await roadmap.setZoom(zoom);
      await t.page.locator('.roadmap__scroller').evaluate((el) => el.scrollTo(0, 0));
      const track = await t.page.locator('.timeline [data-bar] .phase--pilot').first().boundingBox();
      if (!track) throw new Error('no bar to drag');
      const width = await roadmap.monthWidth();
      const x = track.x + Math.min(track.width / 2, width / 2);
      const y = track.y + track.height / 2;

      await t.page.evaluate(START_RECORDING);
      const mouse = t.page.mouse;
      await mouse.move(x, y);
      await mouse.down();
      for (let round = 0; round < 3; round++) {
        await mouse.move(x + 6 * width, y, { steps: 60 });
        await mouse.move(x, y, { steps: 60 });
      }
      await roadmap.frames();
      await mouse.up();
      const frames = await t.page.evaluate<number[]>(STOP_RECORDING);
      const intervals = frames.slice(1).map((f, i) => f - frames[i]!);
      const p95 = percentile(intervals, 95);
      console.log(
        `drag a bar, ${zoom.toLowerCase()} zoom: p95 frame interval / 16.7 ms: ${ratio(p95 / FRAME_MS)} (target ≤ 1.0)   [p95 ${ms(p95)}, median ${ms(percentile(intervals, 50))}, max ${ms(Math.max(...intervals))}, ${intervals.length} frames]`,
      );
    }
  } finally {
    await ctx.context.close();
    await session.close();
    await rm(dir, { recursive: true, force: true });
  }
}
