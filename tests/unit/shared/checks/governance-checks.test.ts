import { describe, expect, it } from 'vitest';
import { alignmentFindings, CHECKS, type CheckId, type Finding } from '../../../../shared/checks/alignment-checks';
import { addRisk, addTool, setApplicationTools, setDataClasses, setLiteracyMonth, setTierOverride, setTriageAnswer, updateTool } from '../../../../shared/governance/governance-ops';
import { updateApplication } from '../../../../shared/operations/matrix';
import { scheduleApplication } from '../../../../shared/roadmap/schedule-ops';
import { translator } from '../../../../shared/i18n/translator';
import type { Plan } from '../../../../shared/model';
import { NOW, TODAY, healthyPlan } from './plan-builder';

const findingsOf = (plan: Plan, checkId: CheckId, today = TODAY): Finding[] => alignmentFindings(plan, { today }).filter((f) => f.checkId === checkId);
const ids = (prefix: string) => {
  let n = 0;
  return { now: NOW, newId: () => `${prefix}${++n}` };
};

const chatbot = (plan: Plan, answers = {}) =>
  setTriageAnswer(plan, 'a1', { prohibited: 'no', annexArea: 'none', interactsWithPeople: 'yes', generatesContent: 'no', role: 'deployer', ...answers });
const minimal = (plan: Plan) => setTriageAnswer(plan, 'a1', { prohibited: 'no', annexArea: 'none', interactsWithPeople: 'no', generatesContent: 'no', role: 'deployer' });
const hrScreening = (plan: Plan) => setTriageAnswer(plan, 'a1', { prohibited: 'no', annexArea: 'employment', role: 'deployer' });

describe('governance checks in the registry', () => {
  it('registers every governance check under the Governance view', () => {
    const governance = CHECKS.filter((c) => c.view === 'governance').map((c) => [c.id, c.severity]);
    expect(governance).toEqual([
      ['prohibited-practice', 'high'],
      ['high-risk-scale-unplanned', 'high'],
      ['shadow-ai', 'high'],
      ['transparency-step-missing', 'medium'],
      ['untriaged-application', 'medium'],
      ['high-risk-unmitigated', 'medium'],
      ['no-literacy-step', 'medium'],
      ['tool-review-overdue', 'low'],
    ]);
  });
});

describe('prohibited-practice', () => {
  it('flags an application triaged as prohibited, and not one that is not', () => {
    const plan = setTriageAnswer(healthyPlan(), 'a1', { prohibited: 'yes' });
    expect(findingsOf(plan, 'prohibited-practice')).toMatchObject([{ key: 'prohibited-practice:a1', severity: 'high', item: { kind: 'application', id: 'a1' } }]);
    expect(findingsOf(minimal(healthyPlan()), 'prohibited-practice')).toEqual([]);
  });

  it('follows an override to prohibited', () => {
    const plan = setTierOverride(minimal(healthyPlan()), 'a1', { tier: 'prohibited', note: 'Emotion recognition at work' });
    expect(findingsOf(plan, 'prohibited-practice')).toHaveLength(1);
  });
});

describe('high-risk-scale-unplanned', () => {
  it('flags a high-risk application with a scale phase on the roadmap while its duties are not planned, naming the month', () => {
    const [finding, ...rest] = findingsOf(hrScreening(healthyPlan()), 'high-risk-scale-unplanned');
    expect(rest).toEqual([]);
    // scheduleApplication's default phases: pilot 3, refine 2, standardise 2, scale from month 8.
    expect(finding!.message).toContain('Aug 2027');
  });

  it('stays quiet once the duties are planned, or when nothing is scheduled to scale', () => {
    expect(findingsOf(hrScreening(setTriageAnswer(healthyPlan(), 'a1', { dutiesPlanned: true })), 'high-risk-scale-unplanned')).toEqual([]);
    const noSchedule = { ...hrScreening(healthyPlan()), roadmap: { schedules: [], milestones: [], dependencies: [] } };
    expect(findingsOf(noSchedule, 'high-risk-scale-unplanned')).toEqual([]);
  });

  it('flags a high-risk application that is already live without a schedule', () => {
    const live = updateApplication({ ...hrScreening(healthyPlan()), roadmap: { schedules: [], milestones: [], dependencies: [] } }, 'a1', { status: 'live' });
    expect(findingsOf(live, 'high-risk-scale-unplanned')).toHaveLength(1);
  });
});

describe('transparency-step-missing', () => {
  it('flags a limited-risk chatbot with no transparency step, and not once it has one', () => {
    expect(findingsOf(chatbot(healthyPlan()), 'transparency-step-missing')).toMatchObject([{ key: 'transparency-step-missing:a1', severity: 'medium' }]);
    expect(findingsOf(chatbot(healthyPlan(), { transparencyStep: true }), 'transparency-step-missing')).toEqual([]);
  });

  it('does not flag a minimal-risk application', () => {
    expect(findingsOf(minimal(healthyPlan()), 'transparency-step-missing')).toEqual([]);
  });
});

describe('shadow-ai', () => {
  function withTool(status: 'approved' | 'under-review' | 'banned', toolClasses: ('public' | 'internal' | 'customer-personal')[]) {
    const added = addTool(minimal(healthyPlan()), ids('t'), { name: 'ChatDesk', status, dataClasses: toolClasses });
    return setApplicationTools(added.plan, 'a1', [added.id]);
  }

  it('flags an application on a banned tool or one still under review', () => {
    expect(findingsOf(withTool('banned', ['public']), 'shadow-ai')).toMatchObject([{ key: 'shadow-ai:a1:t1', severity: 'high' }]);
    expect(findingsOf(withTool('banned', ['public']), 'shadow-ai')[0]!.message).toContain('ChatDesk');
    expect(findingsOf(withTool('under-review', ['public']), 'shadow-ai')[0]!.message).toMatch(/under review/);
  });

  it('flags data classes the tool is not approved for, naming them', () => {
    const plan = setDataClasses(withTool('approved', ['public', 'internal']), 'a1', ['internal', 'customer-personal']);
    const [finding] = findingsOf(plan, 'shadow-ai');
    expect(finding!.message).toContain('Customer personal data');
    expect(finding!.message).not.toContain('Internal');
  });

  it('is quiet for an approved tool that covers every data class, and when the app names no tool', () => {
    expect(findingsOf(setDataClasses(withTool('approved', ['public', 'customer-personal']), 'a1', ['customer-personal']), 'shadow-ai')).toEqual([]);
    expect(findingsOf(setDataClasses(healthyPlan(), 'a1', ['customer-personal']), 'shadow-ai')).toEqual([]);
  });

  it('follows a tool being banned later', () => {
    const plan = withTool('approved', ['public']);
    expect(findingsOf(plan, 'shadow-ai')).toEqual([]);
    expect(findingsOf(updateTool(plan, 't1', { status: 'banned' }), 'shadow-ai')).toHaveLength(1);
  });
});

describe('tool-review-overdue', () => {
  it('flags a tool whose review date has passed by the injected today, keyed by that date', () => {
    const { plan } = addTool(healthyPlan(), ids('t'), { name: 'ChatDesk', status: 'approved', reviewDate: '2026-11-30' });
    expect(findingsOf(plan, 'tool-review-overdue')).toMatchObject([{ key: 'tool-review-overdue:t1:2026-11-30', item: null, itemTitle: 'ChatDesk', severity: 'low' }]);
    expect(findingsOf(plan, 'tool-review-overdue', '2026-11-30')).toEqual([]);
  });

  it('does not flag a banned tool or one with no review date', () => {
    expect(findingsOf(addTool(healthyPlan(), ids('t'), { status: 'banned', reviewDate: '2026-01-01' }).plan, 'tool-review-overdue')).toEqual([]);
    expect(findingsOf(addTool(healthyPlan(), ids('t'), { status: 'approved' }).plan, 'tool-review-overdue')).toEqual([]);
  });
});

describe('untriaged-application', () => {
  it('flags an untriaged application in pilot or later', () => {
    expect(findingsOf(updateApplication(healthyPlan(), 'a1', { status: 'pilot' }), 'untriaged-application')).toMatchObject([{ key: 'untriaged-application:a1' }]);
  });

  it('flags an untriaged idea whose scheduled pilot has started by today', () => {
    expect(findingsOf(healthyPlan(), 'untriaged-application', '2027-01-15')).toHaveLength(1);
  });

  it('does not flag an idea whose pilot is still ahead, nor a triaged pilot', () => {
    expect(findingsOf(healthyPlan(), 'untriaged-application')).toEqual([]);
    expect(findingsOf(updateApplication(minimal(healthyPlan()), 'a1', { status: 'pilot' }), 'untriaged-application')).toEqual([]);
  });
});

describe('high-risk-unmitigated', () => {
  it('flags a risk scoring 15 or more without a mitigation or an owner, saying which', () => {
    const { plan } = addRisk(healthyPlan(), 'a1', ids('r'), { title: 'Leaks to vendor', likelihood: 3, impact: 5, owner: 'Ops' });
    const [finding] = findingsOf(plan, 'high-risk-unmitigated');
    expect(finding).toMatchObject({ key: 'high-risk-unmitigated:a1:r1', item: { kind: 'application', id: 'a1' } });
    expect(finding!.message).toBe('“Leaks to vendor” scores 15 of 25 and has no mitigation.');
    const neither = addRisk(healthyPlan(), 'a1', ids('r'), { title: 'Bias', likelihood: 5, impact: 5 }).plan;
    expect(findingsOf(neither, 'high-risk-unmitigated')[0]!.message).toContain('no mitigation and no owner');
  });

  it('does not flag a lower score, a mitigated and owned risk, or a closed one', () => {
    expect(findingsOf(addRisk(healthyPlan(), 'a1', ids('r'), { likelihood: 2, impact: 5 }).plan, 'high-risk-unmitigated')).toEqual([]);
    expect(findingsOf(addRisk(healthyPlan(), 'a1', ids('r'), { likelihood: 5, impact: 5, mitigation: 'Review', owner: 'Ops' }).plan, 'high-risk-unmitigated')).toEqual([]);
    expect(findingsOf(addRisk(healthyPlan(), 'a1', ids('r'), { likelihood: 5, impact: 5, status: 'closed' }).plan, 'high-risk-unmitigated')).toEqual([]);
  });
});

describe('no-literacy-step', () => {
  it('flags a plan with a scheduled pilot and no literacy step, naming the first pilot month', () => {
    const [finding] = findingsOf(setLiteracyMonth(healthyPlan(), null), 'no-literacy-step');
    expect(finding).toMatchObject({ key: 'no-literacy-step:plan', item: null });
    expect(finding!.message).toContain('Jan 2027');
  });

  it('flags a literacy step after the first pilot starts, and not one in or before its month', () => {
    expect(findingsOf(setLiteracyMonth(healthyPlan(), '2027-02'), 'no-literacy-step')).toHaveLength(1);
    expect(findingsOf(setLiteracyMonth(healthyPlan(), '2027-01'), 'no-literacy-step')).toEqual([]);
    expect(findingsOf(healthyPlan(), 'no-literacy-step')).toEqual([]);
  });

  it('takes the earliest pilot of several, and says nothing while nothing pilots', () => {
    let plan = scheduleApplication(setLiteracyMonth(healthyPlan(), '2027-02'), 'a1', '2027-03');
    expect(findingsOf(plan, 'no-literacy-step')).toEqual([]);
    plan = { ...setLiteracyMonth(healthyPlan(), null), roadmap: { schedules: [], milestones: [], dependencies: [] } };
    expect(findingsOf(plan, 'no-literacy-step')).toEqual([]);
    expect(findingsOf(updateApplication(plan, 'a1', { status: 'live' }), 'no-literacy-step')).toHaveLength(1);
  });
});

describe('governance findings in other languages', () => {
  it('writes them in the language asked for', () => {
    const plan = chatbot(healthyPlan());
    const [finding] = alignmentFindings(plan, { today: TODAY }, translator('de')).filter((f) => f.checkId === 'transparency-step-missing');
    expect(finding!.message).toMatch(/KI/);
  });
});
