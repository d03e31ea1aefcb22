import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPlanFile, savePlanFile } from '../../electron/files/plan-file';
import { updateApplication, updateKpi, updatePillar } from '../../shared/operations/matrix';
import { openApp, useFileSession, type TestApp } from './harness/app-session';
import { keepForReadme, screenshotPath } from './harness/screenshots';
import { AxePage } from './pages/axe-page';
import { PlanHistoryPage } from './pages/plan-history-page';
import { reportProblems } from './pages/room-page';

/*
 * The snapshot list, What changed and Merge at the window sizes a room uses (1024×768, 1280×720,
 * 1920×1080): nothing cut off, covered or under 13 px, read as a person looking would (RoomPage's
 * audit of the open dialog), and a screenshot of each for people to look at.
 */

const files = useFileSession();
let t: TestApp;

afterEach(async (context) => {
  expect(t.pageErrors).toEqual([]);
  await t.close(context.task);
});

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

const PILLAR = 'Customer Acquisition';
const CHATBOT = 'AI-powered chatbot for website engagement';

/** A colleague's copy of the saved plan with a conflicting retitle and a KPI target and pillar changed on both sides. */
async function colleagueCopy(basePath: string, dir: string): Promise<string> {
  const opened = await openPlanFile(basePath);
  if (opened.status !== 'opened') throw new Error('the saved plan did not open');
  const plan = opened.plan;
  const chatbot = plan.applications.find((a) => a.title === CHATBOT)!.id;
  const pillar = plan.pillars.find((p) => p.title === PILLAR)!.id;
  let theirs = updateApplication(plan, chatbot, { title: 'Website chatbot (CFO)', owner: 'Chief Financial Officer' });
  theirs = updatePillar(theirs, pillar, { title: 'New customers' });
  theirs = updateKpi(theirs, plan.kpis[0]!.id, { target: 75 });
  const path = join(dir, 'colleague.aiplan');
  await savePlanFile(path, theirs);
  return path;
}

describe('plan history dialogs in the room', () => {
  for (const size of SIZES) {
    it(`snapshot list, What changed and Merge at ${size.width}×${size.height}`, async () => {
      t = await openApp(files.session, { viewport: size });
      const history = new PlanHistoryPage(t.app);
      const room = history.room;
      await t.app.startFromExample();
      await history.takeSnapshot('Off-site v1 approved by the steering group', 'Agreed at the off-site in the Hamburg office; owners refine their parts before the quarterly review.');
      const basePath = join(t.dir, 'plan.aiplan');
      await t.app.save(basePath);
      const theirs = await colleagueCopy(basePath, t.dir);
      await t.app.renamePillar(PILLAR, 'Growth');
      await history.takeSnapshot('Quarterly review Q1');

      const found: string[] = [];
      const audit = async (name: string, readme?: string) => {
        await room.settle();
        const path = screenshotPath(`plan-history-${name}-${size.width}.png`);
        await room.screenshot(path);
        if (readme && size.width === 1280) await keepForReadme(path, readme);
        found.push(...reportProblems(`${name} at ${size.width}`, await room.dialogProblems()));
        // axe-core once, at the projector size: names, roles and contrast of each dialog.
        if (size.width === 1280) found.push(...(await new AxePage(t.app.page).seriousFindings()).map((f) => `${name}: ${f}`));
      };

      await history.openList();
      await audit('snapshots');
      await history.compareWithNow('Off-site v1 approved by the steering group');
      await audit('what-changed');
      await t.page.keyboard.press('Escape');
      await history.listDialog.waitFor();
      await t.page.keyboard.press('Escape');
      await history.listDialog.waitFor({ state: 'hidden' });

      await history.openMerge();
      await history.chooseTheirCopy(theirs);
      await history.conflictItem('Growth').waitFor();
      await audit('merge', 'merge.png');
      expect(found).toEqual([]);
    }, 90_000);
  }
});
