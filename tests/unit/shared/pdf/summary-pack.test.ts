import { afterAll, describe, expect, it } from 'vitest';
import { alignmentFindings } from '../../../../shared/checks/alignment-checks';
import { renderPlanPdf } from '../../../../shared/pdf';
import { generatePlan } from '../../../fixtures/generate-plan';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { flatText, pdfInfo, pdfText, pdfWorkspace, shippedFonts } from './pdf-tools';

/* #18 §5: the summary pack stays within twelve pages for any plan; the full pack keeps every row. */

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());
const DATE = '2026-12-02';

describe('the summary pack', () => {
  const big = generatePlan({ pillars: 100, objectivesPerPillar: 2, applicationsPerObjective: 5, kpisPerApplication: 1, scheduled: true, startMonth: '2027-01' });
  const bigFindings = alignmentFindings(big, { today: DATE });

  it('is at most 12 pages for 1,000 applications: summary, roadmap by pillar, top 20, findings by rule with their first items', () => {
    const path = workspace.write('big-summary.pdf', renderPlanPdf(big, { fonts, date: DATE, summary: true, findings: bigFindings }));
    const pages = Number(pdfInfo(path).Pages);
    expect(pages).toBeLessThanOrEqual(12);
    const text = flatText(path);
    for (const heading of ['Executive summary', 'Roadmap by pillar', 'Top applications by priority', 'Alignment findings']) expect(text).toContain(heading);
    expect(text).toMatch(/The first 20 of [\d,]+ AI applications/);
    expect(text).toMatch(/\d+ more pillars/);
    expect(text).toMatch(/and \d+ more/);
    // The roadmap roll-up is one page.
    const rollupPages = Array.from({ length: pages }, (_, i) => i + 1).filter((p) => pdfText(path, { first: p, last: p }).includes('Roadmap by pillar'));
    expect(rollupPages).toHaveLength(1);
  });

  it('names the starters among the top applications and leaves the full matrix out', () => {
    const plan = examplePlan();
    const text = flatText(workspace.write('example-summary.pdf', renderPlanPdf(plan, { fonts, date: DATE, summary: true, findings: alignmentFindings(plan, { today: DATE }) })));
    for (const app of plan.applications) expect(text).toContain(app.title);
    expect(text).toContain(`★ ${plan.applications.find((a) => a.starter)!.title}`);
    expect(text).not.toContain('Strategic alignment matrix Every AI application traces up');
  });

  it('leaves the full pack as it was: every application in the matrix', () => {
    const hundred = generatePlan({ pillars: 5, objectivesPerPillar: 4, applicationsPerObjective: 5, kpisPerApplication: 1, scheduled: true, startMonth: '2027-01' });
    const text = flatText(workspace.write('hundred-full.pdf', renderPlanPdf(hundred, { fonts, date: DATE, sections: ['matrix'] })));
    expect(hundred.applications.filter((a) => !text.includes(a.title))).toEqual([]);
  });
});
