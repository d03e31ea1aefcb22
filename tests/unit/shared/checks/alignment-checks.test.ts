import { describe, expect, it } from 'vitest';
import { CHECKS, alignmentFindings, findingCounts, normaliseName, type CheckId, type Finding } from '../../../../shared/checks/alignment-checks';
import { acknowledgeFinding } from '../../../../shared/checks/acknowledge';
import { addActual } from '../../../../shared/checks/kpi-checkins';
import { addApplication, addKpi, addObjective, addPillar, updateApplication, updateKpi } from '../../../../shared/operations/matrix';
import { addDependency, addMilestone, scheduleApplication, setHorizon, setPhaseStart } from '../../../../shared/roadmap/schedule-ops';
import { createPlan } from '../../../../shared/templates/templates';
import { sequentialIds } from '../../../../shared/ids';
import type { Plan } from '../../../../shared/model';
import { NOW, TODAY, emptyPlan, healthyPlan, withApplication } from './plan-builder';

const findingsOf = (plan: Plan, checkId: CheckId, today = TODAY): Finding[] =>
  alignmentFindings(plan, { today }).filter((f) => f.checkId === checkId);

/** The healthy plan with a second pillar, objective and application (b), all complete. */
function twoPillars(): Plan {
  let plan = addPillar(healthyPlan(), { id: 'p2', title: 'Customer Acquisition' });
  plan = addObjective(plan, { id: 'o2', pillarId: 'p2', title: 'Increase lead generation' });
  return withApplication(plan, { id: 'b', objectiveId: 'o2', title: 'Website chatbot' });
}

describe('the healthy baseline', () => {
  it('has no findings at all, so each test below isolates one check', () => {
    expect(alignmentFindings(healthyPlan(), { today: TODAY })).toEqual([]);
    expect(alignmentFindings(twoPillars(), { today: TODAY })).toEqual([]);
  });

  it('an empty plan has no findings either: there is nothing to misalign yet', () => {
    expect(alignmentFindings(emptyPlan(), { today: TODAY })).toEqual([]);
  });
});

describe('the CHECKS registry', () => {
  it('lists every check once, each with a title, a description and a severity', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of CHECKS) {
      expect(check.title.length).toBeGreaterThan(5);
      expect(check.description).toMatch(/\.$/);
      expect(['high', 'medium', 'low']).toContain(check.severity);
    }
  });
});

describe('unaligned-application', () => {
  it('flags an application with no objective as tool-first thinking', () => {
    const plan = withApplication(healthyPlan(), { id: 'x', objectiveId: null, title: 'ChatGPT for everyone' });
    const [finding, ...rest] = findingsOf(plan, 'unaligned-application');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      key: 'unaligned-application:x',
      severity: 'high',
      item: { kind: 'application', id: 'x' },
      itemTitle: 'ChatGPT for everyone',
      acknowledged: false,
    });
    expect(finding!.message).toMatch(/objective/);
  });

  it('does not flag aligned applications, nor a retired unaligned one', () => {
    expect(findingsOf(healthyPlan(), 'unaligned-application')).toEqual([]);
    const plan = withApplication(healthyPlan(), { id: 'x', objectiveId: null, title: 'Old idea', status: 'retired' });
    expect(findingsOf(plan, 'unaligned-application')).toEqual([]);
  });
});

describe('objective-without-application', () => {
  it('flags an objective nothing serves', () => {
    const plan = addObjective(healthyPlan(), { id: 'o9', pillarId: 'p1', title: 'Cut returns' });
    expect(findingsOf(plan, 'objective-without-application')).toMatchObject([{ key: 'objective-without-application:o9', item: { kind: 'objective', id: 'o9' }, itemTitle: 'Cut returns' }]);
  });

  it('flags an objective whose only application is retired, but not one with an active application', () => {
    expect(findingsOf(healthyPlan(), 'objective-without-application')).toEqual([]);
    const plan = updateApplication(healthyPlan(), 'a1', { status: 'retired' });
    expect(findingsOf(plan, 'objective-without-application').map((f) => f.key)).toEqual(['objective-without-application:o1']);
  });
});

describe('pillar-without-objective', () => {
  it('flags a pillar with no objective', () => {
    const plan = addPillar(healthyPlan(), { id: 'p9', title: 'Product Innovation' });
    expect(findingsOf(plan, 'pillar-without-objective')).toMatchObject([{ key: 'pillar-without-objective:p9', item: { kind: 'pillar', id: 'p9' } }]);
  });

  it('does not flag a pillar with an objective', () => {
    expect(findingsOf(healthyPlan(), 'pillar-without-objective')).toEqual([]);
  });
});

describe('application-without-kpi', () => {
  it('flags an application nothing measures', () => {
    const plan = addApplication(healthyPlan(), { id: 'x', objectiveId: 'o1', title: 'Invoice OCR', owner: 'CFO' });
    expect(findingsOf(plan, 'application-without-kpi')).toMatchObject([{ key: 'application-without-kpi:x', severity: 'high' }]);
  });

  it('does not flag an application with a KPI', () => {
    expect(findingsOf(healthyPlan(), 'application-without-kpi')).toEqual([]);
  });
});

describe('kpi-missing-baseline-or-target', () => {
  it('flags a KPI without a baseline, without a target, or without both, with a message for each', () => {
    let plan = updateKpi(healthyPlan(), 'k1', { baseline: null });
    plan = addKpi(plan, { id: 'k2', applicationId: 'a1', name: 'Errors', owner: 'Ops', baseline: 5 });
    plan = addKpi(plan, { id: 'k3', applicationId: 'a1', name: 'Feedback', owner: 'Ops' });
    const findings = findingsOf(plan, 'kpi-missing-baseline-or-target');
    expect(findings.map((f) => f.key)).toEqual(['kpi-missing-baseline-or-target:k1', 'kpi-missing-baseline-or-target:k2', 'kpi-missing-baseline-or-target:k3']);
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/no baseline/), expect.stringMatching(/no target/), expect.stringMatching(/neither/)]);
    expect(findings[0]!.item).toEqual({ kind: 'kpi', id: 'k1' });
  });

  it('accepts a baseline or target of zero', () => {
    const plan = updateKpi(healthyPlan(), 'k1', { baseline: 0, target: 0 });
    expect(findingsOf(plan, 'kpi-missing-baseline-or-target')).toEqual([]);
  });
});

describe('application-without-owner and kpi-without-owner', () => {
  it('flag an application and a KPI with no owner (blank counts as none)', () => {
    let plan = updateApplication(healthyPlan(), 'a1', { owner: '   ' });
    plan = updateKpi(plan, 'k1', { owner: '' });
    expect(findingsOf(plan, 'application-without-owner').map((f) => f.key)).toEqual(['application-without-owner:a1']);
    expect(findingsOf(plan, 'kpi-without-owner').map((f) => f.key)).toEqual(['kpi-without-owner:k1']);
  });

  it('do not flag owned items', () => {
    expect(findingsOf(healthyPlan(), 'application-without-owner')).toEqual([]);
    expect(findingsOf(healthyPlan(), 'kpi-without-owner')).toEqual([]);
  });
});

describe('crowded-quarter', () => {
  function threePilots(thirdStart: string): Plan {
    let plan = withApplication(healthyPlan(), { id: 'b', objectiveId: 'o1', title: 'B' });
    plan = withApplication(plan, { id: 'c', objectiveId: 'o1', title: 'C' });
    plan = scheduleApplication(plan, 'b', '2027-02');
    return scheduleApplication(plan, 'c', thirdStart);
  }

  it('flags three pilots starting in the first quarter as one big bet', () => {
    const [finding] = findingsOf(threePilots('2027-03'), 'crowded-quarter');
    expect(finding).toMatchObject({
      key: 'crowded-quarter:2027-Q1',
      item: { kind: 'application', id: 'a1' },
      itemTitle: 'Pilots starting in Q1 2027',
      related: [
        { kind: 'application', id: 'a1' },
        { kind: 'application', id: 'b' },
        { kind: 'application', id: 'c' },
      ],
    });
    expect(finding!.message).toMatch(/^3 pilots start in Q1 2027/);
  });

  it('does not flag the same pilots spread over two quarters', () => {
    expect(findingsOf(threePilots('2027-04'), 'crowded-quarter')).toEqual([]);
  });
});

describe('scale-before-pilot', () => {
  it('flags a scale phase that starts before the pilot ends', () => {
    const plan = setPhaseStart(healthyPlan(), 'a1', 'scale', '2027-02');
    const [finding] = findingsOf(plan, 'scale-before-pilot');
    expect(finding).toMatchObject({ key: 'scale-before-pilot:a1', severity: 'high', item: { kind: 'application', id: 'a1' } });
    expect(finding!.message).toContain('Feb 2027');
    expect(finding!.message).toContain('Mar 2027');
  });

  it('does not flag scale after the pilot', () => {
    expect(findingsOf(healthyPlan(), 'scale-before-pilot')).toEqual([]);
  });
});

describe('item-outside-horizon', () => {
  it('flags a schedule and a milestone left outside after the horizon shrinks', () => {
    let plan = addMilestone(healthyPlan(), { id: 'm1', title: 'Year-two review', month: '2028-03' });
    plan = setHorizon(plan, { months: 12 });
    const findings = findingsOf(plan, 'item-outside-horizon');
    expect(findings.map((f) => [f.key, f.item?.kind, f.itemTitle])).toEqual([['item-outside-horizon:m1', 'milestone', 'Year-two review']]);
    expect(findings[0]!.message).toContain('Jan 2027–Dec 2027');
    plan = setHorizon(plan, { start: '2027-03' });
    expect(findingsOf(plan, 'item-outside-horizon').map((f) => f.key)).toEqual(['item-outside-horizon:a1', 'item-outside-horizon:m1']);
  });

  it('does not flag items inside the horizon', () => {
    const plan = addMilestone(healthyPlan(), { id: 'm1', title: 'Review', month: '2028-06' });
    expect(findingsOf(plan, 'item-outside-horizon')).toEqual([]);
  });
});

describe('dependency-backwards', () => {
  it('flags the dependent application when it starts before its predecessor finishes', () => {
    let plan = scheduleApplication(twoPillars(), 'b', '2027-06');
    plan = addDependency(plan, { id: 'd1', fromId: 'a1', toId: 'b' });
    const [finding] = findingsOf(plan, 'dependency-backwards');
    expect(finding).toMatchObject({
      key: 'dependency-backwards:d1',
      item: { kind: 'application', id: 'b' },
      itemTitle: 'Website chatbot',
      related: [
        { kind: 'application', id: 'a1' },
        { kind: 'application', id: 'b' },
      ],
    });
    expect(finding!.message).toContain('“RPA for order entry”');
  });

  it('does not flag a dependent that starts after', () => {
    let plan = scheduleApplication(twoPillars(), 'b', '2027-11');
    plan = addDependency(plan, { id: 'd1', fromId: 'a1', toId: 'b' });
    expect(findingsOf(plan, 'dependency-backwards')).toEqual([]);
  });
});

describe('duplicate-application', () => {
  it('flags the same name (ignoring case and spacing) under two pillars as silos', () => {
    const plan = withApplication(twoPillars(), { id: 'x', objectiveId: 'o2', title: '  rpa  FOR order\tentry ' });
    const findings = findingsOf(plan, 'duplicate-application');
    expect(findings.map((f) => f.key)).toEqual(['duplicate-application:a1', 'duplicate-application:x']);
    expect(findings[0]!.message).toMatch(/1 other pillar:/);
    expect(findings[0]!.related).toEqual([
      { kind: 'application', id: 'a1' },
      { kind: 'application', id: 'x' },
    ]);
  });

  it('names another objective of the same pillar, and a copy under the same objective', () => {
    let plan = addObjective(healthyPlan(), { id: 'o9', pillarId: 'p1', title: 'Cut errors' });
    plan = withApplication(plan, { id: 'x', objectiveId: 'o9', title: 'RPA for order entry' });
    expect(findingsOf(plan, 'duplicate-application')[0]!.message).toMatch(/1 other objective:/);
    const same = withApplication(healthyPlan(), { id: 'y', objectiveId: 'o1', title: 'RPA for Order Entry' });
    expect(findingsOf(same, 'duplicate-application')[0]!.message).toMatch(/more than once under this objective/);
  });

  it('does not flag different names', () => {
    expect(findingsOf(twoPillars(), 'duplicate-application')).toEqual([]);
    expect(normaliseName(' Łódź  Chatbot ')).toBe('łódź chatbot');
  });
});

describe('personal-data-ethics', () => {
  it('flags an application using personal data whose ethical dimension is not addressed', () => {
    const plan = updateApplication(healthyPlan(), 'a1', { governance: { ...healthyPlan().applications[0]!.governance, dataClasses: ['staff-personal'] } });
    expect(findingsOf(plan, 'personal-data-ethics')).toMatchObject([{ key: 'personal-data-ethics:a1', severity: 'high', message: expect.stringMatching(/nobody has reviewed/) }]);
    const partly = updateApplication(plan, 'a1', { dimensions: { ...plan.applications[0]!.dimensions, ethical: { level: 'partly', note: '' } } });
    expect(findingsOf(partly, 'personal-data-ethics')[0]!.message).toMatch(/only partly/);
  });

  it('does not flag it once the ethical dimension is addressed, nor an application without personal data', () => {
    const plan = updateApplication(healthyPlan(), 'a1', { governance: { ...healthyPlan().applications[0]!.governance, dataClasses: ['staff-personal'] } });
    const addressed = updateApplication(plan, 'a1', { dimensions: { ...plan.applications[0]!.dimensions, ethical: { level: 'addressed', note: 'DPIA done' } } });
    expect(findingsOf(addressed, 'personal-data-ethics')).toEqual([]);
    expect(findingsOf(healthyPlan(), 'personal-data-ethics')).toEqual([]);
  });
});

describe('no-starter and too-many-starters', () => {
  it('flags a plan with applications but no starter, naming a good candidate', () => {
    const plan = updateApplication(healthyPlan(), 'a1', { starter: false });
    expect(findingsOf(plan, 'no-starter')).toMatchObject([{ key: 'no-starter:plan', item: null, itemTitle: 'Untitled AI plan', message: expect.stringContaining('“RPA for order entry”') }]);
  });

  it('flags more than two starters, more softly', () => {
    let plan = twoPillars();
    plan = updateApplication(plan, 'b', { starter: true });
    expect(findingsOf(plan, 'too-many-starters')).toEqual([]);
    plan = withApplication(plan, { id: 'c', objectiveId: 'o2', title: 'Lead scoring', starter: true });
    expect(findingsOf(plan, 'too-many-starters')).toMatchObject([{ key: 'too-many-starters:plan', severity: 'low' }]);
    expect(findingsOf(plan, 'no-starter')).toEqual([]);
  });

  it('does not flag one or two starters', () => {
    expect(findingsOf(healthyPlan(), 'no-starter')).toEqual([]);
    expect(findingsOf(healthyPlan(), 'too-many-starters')).toEqual([]);
  });
});

describe('kpi-drifting', () => {
  it('flags a KPI whose last two check-ins each moved further from target', () => {
    // Processing time (down is good): baseline 18, then 15 (better), 16 and 17 (worse twice).
    let plan = addActual(healthyPlan(), 'k1', { date: '2027-02-01', value: 15 });
    plan = addActual(plan, 'k1', { date: '2027-03-01', value: 16 });
    expect(findingsOf(plan, 'kpi-drifting')).toEqual([]);
    plan = addActual(plan, 'k1', { date: '2027-04-01', value: 17 });
    expect(findingsOf(plan, 'kpi-drifting')).toMatchObject([{ key: 'kpi-drifting:k1:2027-04-01', item: { kind: 'kpi', id: 'k1' }, itemTitle: 'Order processing time' }]);
  });

  it('does not flag a KPI that recovers, or one past its target moving within the good side', () => {
    let plan = addActual(healthyPlan(), 'k1', { date: '2027-02-01', value: 16 });
    plan = addActual(plan, 'k1', { date: '2027-03-01', value: 17 });
    plan = addActual(plan, 'k1', { date: '2027-04-01', value: 12 });
    expect(findingsOf(plan, 'kpi-drifting')).toEqual([]);
    let beaten = addActual(healthyPlan(), 'k1', { date: '2027-02-01', value: 5 });
    beaten = addActual(beaten, 'k1', { date: '2027-03-01', value: 6 });
    beaten = addActual(beaten, 'k1', { date: '2027-04-01', value: 7 });
    expect(findingsOf(beaten, 'kpi-drifting')).toEqual([]);
  });
});

describe('kpi-checkin-overdue', () => {
  const running = (plan: Plan) => updateApplication(plan, 'a1', { status: 'pilot' });

  it('flags a monthly KPI of a running application with no check-in for more than 45 days', () => {
    const plan = addActual(running(healthyPlan()), 'k1', { date: '2027-03-01', value: 15 });
    const k1Monthly = updateKpi(plan, 'k1', { cadence: 'monthly' });
    expect(findingsOf(k1Monthly, 'kpi-checkin-overdue', '2027-04-15')).toEqual([]);
    expect(findingsOf(k1Monthly, 'kpi-checkin-overdue', '2027-04-16')).toMatchObject([
      { key: 'kpi-checkin-overdue:k1:2027-03-01', severity: 'low', message: expect.stringContaining('2027-03-01') },
    ]);
  });

  it('uses 14 days for weekly and 120 days for quarterly KPIs', () => {
    const plan = addActual(running(healthyPlan()), 'k1', { date: '2027-03-01', value: 15 });
    expect(findingsOf(updateKpi(plan, 'k1', { cadence: 'weekly' }), 'kpi-checkin-overdue', '2027-03-15')).toEqual([]);
    expect(findingsOf(updateKpi(plan, 'k1', { cadence: 'weekly' }), 'kpi-checkin-overdue', '2027-03-16')).toHaveLength(1);
    expect(findingsOf(updateKpi(plan, 'k1', { cadence: 'quarterly' }), 'kpi-checkin-overdue', '2027-06-29')).toEqual([]);
    expect(findingsOf(updateKpi(plan, 'k1', { cadence: 'quarterly' }), 'kpi-checkin-overdue', '2027-06-30')).toHaveLength(1);
  });

  it('does not flag ideas, KPIs never checked in, or a malformed today', () => {
    const withActual = addActual(healthyPlan(), 'k1', { date: '2027-03-01', value: 15 });
    expect(findingsOf(withActual, 'kpi-checkin-overdue', '2028-01-01')).toEqual([]);
    expect(findingsOf(running(healthyPlan()), 'kpi-checkin-overdue', '2028-01-01')).toEqual([]);
    expect(findingsOf(running(withActual), 'kpi-checkin-overdue', 'someday')).toEqual([]);
  });
});

describe('acknowledged findings', () => {
  it('are still returned, flagged with their note, and leave the counts', () => {
    let plan = addPillar(healthyPlan(), { id: 'p9', title: 'Later' });
    plan = acknowledgeFinding(plan, 'pillar-without-objective:p9', 'Objectives come after the board meeting.', NOW);
    const findings = alignmentFindings(plan, { today: TODAY });
    expect(findings).toMatchObject([{ key: 'pillar-without-objective:p9', acknowledged: true, acknowledgementNote: 'Objectives come after the board meeting.' }]);
    expect(findingCounts(findings)).toEqual({ high: 0, medium: 0, low: 0, acknowledged: 1 });
  });
});

describe('ordering and keys', () => {
  it('lists high severity first and keeps keys stable across runs', () => {
    let plan = addPillar(healthyPlan(), { id: 'p9', title: 'Later' });
    plan = addApplication(plan, { id: 'x', objectiveId: null, title: 'Tool first', owner: 'Me' });
    const first = alignmentFindings(plan, { today: TODAY });
    expect(first.map((f) => f.severity)).toEqual(['high', 'high', 'medium']);
    expect(first.map((f) => f.key)).toEqual(['unaligned-application:x', 'application-without-kpi:x', 'pillar-without-objective:p9']);
    expect(alignmentFindings(plan, { today: TODAY })).toEqual(first);
    expect(findingCounts(first)).toEqual({ high: 2, medium: 1, low: 0, acknowledged: 0 });
  });
});

describe('the example template', () => {
  const example = createPlan('example', { now: NOW, newId: sequentialIds(), startMonth: '2027-01' });

  it('raises only the deserved findings: the two customer-data applications whose privacy review is still pending, and the two that pay back after the horizon', () => {
    const findings = alignmentFindings(example, { today: TODAY });
    expect(findings.map((f) => [f.checkId, f.itemTitle])).toEqual([
      ['personal-data-ethics', 'AI-powered chatbot for website engagement'],
      ['personal-data-ethics', 'AI-driven personalised customer service'],
      ['payback-past-horizon', 'Machine learning for market trend analysis'],
      ['payback-past-horizon', 'AI-driven personalised customer service'],
    ]);
    expect(findings.filter((f) => f.checkId === 'personal-data-ethics').every((f) => /only partly/.test(f.message))).toBe(true);
  });
});
