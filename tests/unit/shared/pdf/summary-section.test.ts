import { afterAll, describe, expect, it } from 'vitest';
import { alignmentFindings } from '../../../../shared/checks/alignment-checks';
import { renderPlanPdf } from '../../../../shared/pdf';
import type { Plan } from '../../../../shared/model';
import { NO_APPLICATION_VALUE } from '../../../../shared/schema/value-schema';
import { generatePlan } from '../../../fixtures/generate-plan';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { flatText, pdfInfo, pdfText, pdfWorkspace, shippedFonts } from './pdf-tools';

/* #18 §1: the executive summary, one page after the cover. */

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());
const DATE = '2026-12-02';

const summaryOf = (name: string, plan: Plan, withFindings = true) => {
  const findings = withFindings ? alignmentFindings(plan, { today: DATE }) : undefined;
  return workspace.write(name, renderPlanPdf(plan, { fonts, date: DATE, sections: ['summary'], findings }));
};

describe('the executive summary', () => {
  it('comes right after the cover and reads the plan on one page: purpose, starters and why, status, figures, findings, decisions', () => {
    const plan = examplePlan();
    const path = workspace.write('pack.pdf', renderPlanPdf(plan, { fonts, date: DATE, findings: alignmentFindings(plan, { today: DATE }) }));
    const page2 = pdfText(path, { first: 2, last: 2 }).replace(/\s+/g, ' ');
    expect(page2).toContain('Executive summary');
    expect(page2).toContain(`Business goals: ${plan.guidingQuestions.businessGoals}`);
    for (const starter of plan.applications.filter((a) => a.starter)) expect(page2).toContain(`★ ${starter.title}`);
    expect(page2).toContain('High impact with workable feasibility');
    for (const pillar of plan.pillars) expect(page2).toContain(pillar.title);
    expect(page2.split('○ Not started').length - 1).toBe(plan.pillars.length);
    expect(page2).toMatch(/Readiness: \d+ of 100/);
    expect(page2).toContain('Spend over the horizon: €');
    expect(page2).toMatch(/Payback: \w{3} \d{4}/);
    expect(page2).toMatch(/High: .+ \(\d+\)/);
    const decision = plan.workshop.decisions.find((d) => !d.done);
    expect(decision).toBeDefined();
    expect(page2).toContain(decision!.text);
  });

  it('stays one page for 100 pillars and 1,000 applications, counting the pillars it cannot list', () => {
    const plan = generatePlan({ pillars: 100, objectivesPerPillar: 2, applicationsPerObjective: 5, kpisPerApplication: 1, scheduled: true, startMonth: '2027-01' });
    const path = summaryOf('big.pdf', plan);
    expect(Number(pdfInfo(path).Pages)).toBe(1);
    expect(flatText(path)).toContain('100 pillars in all: 0 on track, 0 at risk, 0 off track, 100 not started.');
  });

  it('says nothing of money when nothing is estimated, and leaves out findings when none are given', () => {
    const plan = examplePlan();
    const bare: Plan = { ...plan, applications: plan.applications.map((a) => ({ ...a, value: NO_APPLICATION_VALUE })), kpis: plan.kpis.map((k) => ({ ...k, value: { perUnit: null, per: 'month' } })) };
    const text = flatText(summaryOf('bare.pdf', bare, false));
    expect(text).not.toContain('Spend over the horizon');
    expect(text).not.toContain('Top findings');
    expect(text).toContain('Readiness:');
  });

  it('reads a pillar as on track once its KPI check-ins meet the plan', () => {
    const plan = examplePlan();
    const kpi = plan.kpis[0]!;
    const checked: Plan = { ...plan, kpis: plan.kpis.map((k) => (k.id === kpi.id ? { ...k, actuals: [{ date: '2026-11-30', value: k.target!, note: '' }] } : k)) };
    expect(flatText(summaryOf('unchecked.pdf', plan))).not.toContain('● On track');
    const text = flatText(summaryOf('checked.pdf', checked));
    expect(text.split('● On track').length - 1).toBe(1);
    expect(text.split('○ Not started').length - 1).toBe(plan.pillars.length - 1);
  });
});
