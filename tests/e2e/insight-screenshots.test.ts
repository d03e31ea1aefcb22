import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startFileSession, type FileSession } from './harness/app-session';
import { InsightPage } from './pages/insight-page';
import { keepForReadme, screenshotPath } from './harness/screenshots';

/* Projector-size screenshots of the insight views with the example plan, for people to look at. */
let session: FileSession;
beforeAll(async () => {
  session = await startFileSession();
});
afterAll(async () => {
  await session?.close();
});

describe('insight screenshots', () => {
  it('draws every insight view of the example plan at 1280×720', async () => {
    const t = await openApp(session);
    try {
      await t.app.startFromExample();
      const insight = new InsightPage(t.page);
      const views = [
        ['Priorities', 'insight-priorities.png'],
        ['Findings', 'insight-findings.png'],
        ['Dimensions', 'insight-dimensions.png'],
        ['Readiness', 'insight-readiness.png'],
      ] as const;
      for (const [label, file] of views) {
        if ((await t.page.getByRole('tab', { name: label, exact: true }).count()) === 0) continue;
        await insight.showView(label);
        await insight.nextFrames();
        await insight.screenshot(screenshotPath(file));
      }
      if ((await t.page.getByRole('tab', { name: 'Board', exact: true }).count()) > 0) {
        await insight.selectKpi('Qualified leads per month');
        if (await insight.checkins.count()) {
          await insight.addCheckin('2027-01-31', '45');
          await insight.addCheckin('2027-02-28', '52');
          await insight.checkins.scrollIntoViewIfNeeded();
          await insight.nextFrames();
          await insight.screenshot(screenshotPath('insight-kpi-checkins.png'));
        }
      }
      expect(t.pageErrors).toEqual([]);
      await keepForReadme(screenshotPath('insight-priorities.png'), 'priorities.png');
      await keepForReadme(screenshotPath('insight-findings.png'), 'findings.png');
    } finally {
      await t.close();
    }
  });
});
