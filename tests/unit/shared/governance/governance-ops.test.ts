import { describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/i18n/translator';
import {
  addRisk,
  addTool,
  removeRisk,
  removeTool,
  resetObligations,
  setApplicationTools,
  setDataClasses,
  setLiteracyMonth,
  setObligations,
  setTierOverride,
  setTriageAnswer,
  updateRisk,
  updateTool,
} from '../../../../shared/governance/governance-ops';
import { RISK_LIBRARY, riskScore, seedRisks } from '../../../../shared/governance/risk-library';
import { sequentialIds } from '../../../../shared';
import { healthyPlan, NOW, withApplication } from '../checks/plan-builder';
import type { OpContext } from '../../../../shared/model';

const ctx = (): OpContext => ({ now: NOW, newId: sequentialIds('g') });
const en = translator('en');
const appOf = (plan: ReturnType<typeof healthyPlan>, id = 'a1') => plan.applications.find((a) => a.id === id)!;

describe('triage operations', () => {
  it('answers questions one patch at a time and returns the same plan when nothing changes', () => {
    const plan = healthyPlan();
    const answered = setTriageAnswer(plan, 'a1', { prohibited: 'no', interactsWithPeople: 'yes' });
    expect(appOf(answered).governance.triage).toMatchObject({ prohibited: 'no', interactsWithPeople: 'yes', annexArea: 'unanswered' });
    expect(appOf(plan).governance.triage.prohibited).toBe('unanswered');
    expect(setTriageAnswer(answered, 'a1', { prohibited: 'no' })).toBe(answered);
    expect(setTriageAnswer(plan, 'nope', { prohibited: 'no' })).toBe(plan);
  });

  it('sets and clears an override with its note', () => {
    const plan = healthyPlan();
    const overridden = setTierOverride(plan, 'a1', { tier: 'minimal', note: 'Internal only' });
    expect(appOf(overridden).governance.triage.override).toEqual({ tier: 'minimal', note: 'Internal only' });
    expect(setTierOverride(overridden, 'a1', { tier: 'minimal', note: 'Internal only' })).toBe(overridden);
    expect(appOf(setTierOverride(overridden, 'a1', null)).governance.triage.override).toBeNull();
    expect(setTierOverride(plan, 'a1', null)).toBe(plan);
  });
});

describe('tools register', () => {
  it('adds a tool with defaults and the given fields, data classes in schema order', () => {
    const { plan, id } = addTool(healthyPlan(), ctx(), { name: 'ChatDesk', status: 'approved', dataClasses: ['customer-personal', 'public'] });
    expect(id).toBe('g1');
    expect(plan.governance.tools).toEqual([{ id: 'g1', name: 'ChatDesk', vendor: '', owner: '', status: 'approved', dataClasses: ['public', 'customer-personal'], reviewDate: null, notes: '' }]);
  });

  it('updates a tool, and returns the same plan for an unknown id or unchanged values', () => {
    const { plan } = addTool(healthyPlan(), ctx(), { name: 'ChatDesk', dataClasses: ['public'] });
    const banned = updateTool(plan, 'g1', { status: 'banned', dataClasses: ['internal', 'public'] });
    expect(banned.governance.tools[0]).toMatchObject({ status: 'banned', dataClasses: ['public', 'internal'] });
    expect(updateTool(banned, 'g1', { status: 'banned', dataClasses: ['public', 'internal'] })).toBe(banned);
    expect(updateTool(plan, 'nope', { status: 'banned' })).toBe(plan);
  });

  it('links only known tools to an application, once each, and removing a tool unlinks it everywhere', () => {
    let plan = withApplication(healthyPlan(), { id: 'a2', objectiveId: 'o1', title: 'Second' });
    plan = addTool(plan, ctx(), { name: 'One' }).plan;
    plan = addTool(plan, { now: NOW, newId: () => 't2' }, { name: 'Two' }).plan;
    plan = setApplicationTools(plan, 'a1', ['g1', 't2', 'g1', 'ghost']);
    plan = setApplicationTools(plan, 'a2', ['g1']);
    expect(appOf(plan).governance.toolIds).toEqual(['g1', 't2']);
    expect(setApplicationTools(plan, 'a1', ['g1', 't2'])).toBe(plan);
    const removed = removeTool(plan, 'g1');
    expect(removed.governance.tools.map((t) => t.id)).toEqual(['t2']);
    expect(appOf(removed).governance.toolIds).toEqual(['t2']);
    expect(appOf(removed, 'a2').governance.toolIds).toEqual([]);
    expect(removeTool(removed, 'g1')).toBe(removed);
  });
});

describe('data classes', () => {
  it('keeps each class once in schema order, and the same plan when unchanged', () => {
    const plan = setDataClasses(healthyPlan(), 'a1', ['confidential', 'public', 'public']);
    expect(appOf(plan).governance.dataClasses).toEqual(['public', 'confidential']);
    expect(setDataClasses(plan, 'a1', ['public', 'confidential'])).toBe(plan);
  });
});

describe('risk register', () => {
  it('adds, updates (clamping scores to 1–5) and removes a risk', () => {
    const { plan, id } = addRisk(healthyPlan(), 'a1', ctx(), { title: 'Leaks', likelihood: 4, impact: 9 });
    expect(appOf(plan).governance.risks).toEqual([{ id, title: 'Leaks', likelihood: 4, impact: 5, mitigation: '', owner: '', reviewDate: null, status: 'open', libraryKey: null }]);
    const updated = updateRisk(plan, 'a1', id, { likelihood: 0, mitigation: 'Contract', status: 'mitigating' });
    expect(appOf(updated).governance.risks[0]).toMatchObject({ likelihood: 1, mitigation: 'Contract', status: 'mitigating' });
    expect(updateRisk(updated, 'a1', id, { mitigation: 'Contract' })).toBe(updated);
    expect(removeRisk(updated, 'a1', id).applications[0]!.governance.risks).toEqual([]);
    expect(removeRisk(updated, 'a1', 'ghost')).toBe(updated);
  });

  it('adds nothing to an application that does not exist', () => {
    const plan = healthyPlan();
    expect(addRisk(plan, 'ghost', ctx(), {})).toEqual({ plan, id: '' });
  });

  it('seeds the whole library once, in the language given, owned by the application owner', () => {
    const seeded = seedRisks(healthyPlan(), 'a1', 'all', ctx(), en);
    const risks = appOf(seeded).governance.risks;
    expect(risks.map((r) => r.libraryKey)).toEqual(RISK_LIBRARY.map((r) => r.key));
    expect(risks[0]).toMatchObject({ title: 'Wrong or invented output', owner: 'Operations Manager', status: 'open', likelihood: 4, impact: 3 });
    expect(risks.every((r) => r.mitigation.length > 20)).toBe(true);
    expect(seedRisks(seeded, 'a1', 'all', ctx(), en)).toBe(seeded);
  });

  it('seeds only the keys asked for and skips those already present', () => {
    const once = seedRisks(healthyPlan(), 'a1', ['bias'], ctx(), translator('de'));
    expect(appOf(once).governance.risks.map((r) => [r.libraryKey, r.title])).toEqual([['bias', 'Benachteiligung bestimmter Gruppen']]);
    const twice = seedRisks(once, 'a1', ['bias', 'drift'], ctx(), en);
    expect(appOf(twice).governance.risks.map((r) => r.libraryKey)).toEqual(['bias', 'drift']);
  });

  it('scores a risk as likelihood times impact', () => {
    expect(riskScore({ likelihood: 3, impact: 5 })).toBe(15);
  });
});

describe('plan-wide governance', () => {
  it('sets and clears the literacy month', () => {
    const plan = setLiteracyMonth(healthyPlan(), '2026-12');
    expect(plan.governance.literacyMonth).toBe('2026-12');
    expect(setLiteracyMonth(plan, '2026-12')).toBe(plan);
    expect(setLiteracyMonth(plan, null).governance.literacyMonth).toBeNull();
  });

  it("keeps the plan's own duties table and drops it again", () => {
    const rows = [{ id: 'x', tier: 'all', role: 'both', duty: 'Train staff', applies: '2025-02-02', source: 'Art. 4' }] as const;
    const own = setObligations(healthyPlan(), [...rows], '2027-01-01');
    expect(own.governance.obligations).toEqual(rows);
    expect(own.governance.obligationsAsOf).toBe('2027-01-01');
    const reset = resetObligations(own);
    expect(reset.governance.obligations).toBeNull();
    expect(reset.governance.obligationsAsOf).toBeNull();
    expect(resetObligations(reset)).toBe(reset);
  });
});
