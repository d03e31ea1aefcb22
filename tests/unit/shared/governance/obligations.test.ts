import { describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/i18n/translator';
import { copyShippedObligations, dutiesFor, dutiesWithinHorizon, planObligations, SHIPPED_OBLIGATIONS, SHIPPED_OBLIGATIONS_AS_OF } from '../../../../shared/governance/obligations';
import { setObligations, setTierOverride, setTriageAnswer } from '../../../../shared/governance/governance-ops';
import { updateApplication } from '../../../../shared/operations/matrix';
import { healthyPlan, withApplication } from '../checks/plan-builder';
import type { Plan } from '../../../../shared/model';

const en = translator('en');
const de = translator('de');

function chatbotPlan(): Plan {
  let plan = healthyPlan();
  plan = setTriageAnswer(plan, 'a1', { prohibited: 'no', annexArea: 'none', interactsWithPeople: 'yes', generatesContent: 'no', role: 'deployer' });
  return plan;
}

describe('the duties table', () => {
  it('ships a dated, sourced row for every duty, citing Regulation (EU) 2024/1689', () => {
    const rows = planObligations(healthyPlan(), en);
    expect(rows.custom).toBe(false);
    expect(rows.asOf).toBe(SHIPPED_OBLIGATIONS_AS_OF);
    expect(rows.rows).toHaveLength(SHIPPED_OBLIGATIONS.length);
    for (const row of rows.rows) {
      expect(row.applies).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.source).toContain('2024/1689');
      expect(row.duty.length).toBeGreaterThan(20);
    }
    const literacy = rows.rows.find((r) => r.id === 'ai-literacy')!;
    expect(literacy).toMatchObject({ tier: 'all', applies: '2025-02-02' });
    expect(literacy.source).toContain('Art. 4');
    expect(rows.rows.find((r) => r.id === 'tell-people-ai')).toMatchObject({ tier: 'limited', applies: '2026-08-02' });
    expect(rows.rows.find((r) => r.id === 'high-risk-oversight')).toMatchObject({ tier: 'high-risk', role: 'deployer', applies: '2027-12-02' });
  });

  it('translates the shipped table into the language asked for', () => {
    const german = planObligations(healthyPlan(), de).rows.find((r) => r.id === 'ai-literacy')!;
    expect(german.source).toContain('Verordnung (EU) 2024/1689');
  });

  it("follows the plan's own copy once it has one, with its own as-of date", () => {
    const plan = setObligations(healthyPlan(), [{ id: 'x', tier: 'limited', role: 'both', duty: 'Our own wording', applies: '2027-03-01', source: 'Our adviser' }], '2027-01-15');
    expect(planObligations(plan, en)).toEqual({ asOf: '2027-01-15', custom: true, rows: [{ id: 'x', tier: 'limited', role: 'both', duty: 'Our own wording', applies: '2027-03-01', source: 'Our adviser' }] });
  });

  it('copies the shipped table into the plan once, and not again', () => {
    const copied = copyShippedObligations(healthyPlan(), en, '2026-12-01');
    expect(copied.governance.obligations).toHaveLength(SHIPPED_OBLIGATIONS.length);
    expect(copied.governance.obligationsAsOf).toBe('2026-12-01');
    expect(copyShippedObligations(copied, de, '2027-01-01')).toBe(copied);
  });
});

describe('duties of an application', () => {
  it('gives an untriaged application only the duties of every AI use', () => {
    expect(dutiesFor(healthyPlan().applications[0]!, healthyPlan(), en).map((d) => d.id)).toEqual(['ai-literacy']);
  });

  it("gives a deploying chatbot the literacy duty and the limited tier's deployer and shared duties, not the providers'", () => {
    const plan = chatbotPlan();
    expect(dutiesFor(plan.applications[0]!, plan, en).map((d) => d.id)).toEqual(['ai-literacy', 'tell-people-ai', 'disclose-deep-fakes']);
  });

  it("gives both roles' duties while the role is unanswered, and follows an override", () => {
    let plan = setTriageAnswer(chatbotPlan(), 'a1', { role: 'unanswered' });
    expect(dutiesFor(plan.applications[0]!, plan, en).map((d) => d.id)).toEqual(['ai-literacy', 'tell-people-ai', 'mark-generated-content', 'disclose-deep-fakes']);
    plan = setTierOverride(chatbotPlan(), 'a1', { tier: 'high-risk', note: 'Used to screen applicants too' });
    expect(dutiesFor(plan.applications[0]!, plan, en).map((d) => d.id)).toEqual([
      'ai-literacy', 'high-risk-oversight', 'high-risk-monitoring-logs', 'high-risk-inform-workers', 'high-risk-inform-people', 'high-risk-fria',
    ]);
  });
});

describe('duties within the horizon', () => {
  it('lists the duties that start inside the horizon for the tiers the plan has, with their applications', () => {
    // healthyPlan runs 18 months from 2027-01: the high-risk date (2027-12-02) falls inside, 2026-08-02 does not.
    let plan = withApplication(chatbotPlan(), { id: 'cv', objectiveId: 'o1', title: 'CV screening assistant' });
    plan = setTriageAnswer(plan, 'cv', { prohibited: 'no', annexArea: 'employment', role: 'deployer' });
    const due = dutiesWithinHorizon(plan, en);
    expect(due.map((d) => [d.obligation.id, d.month, d.applications])).toEqual([
      ['high-risk-oversight', '2027-12', ['cv']],
      ['high-risk-monitoring-logs', '2027-12', ['cv']],
      ['high-risk-inform-workers', '2027-12', ['cv']],
      ['high-risk-inform-people', '2027-12', ['cv']],
      ['high-risk-fria', '2027-12', ['cv']],
    ]);
  });

  it('lists the transparency duties when the horizon covers August 2026, and leaves out retired applications', () => {
    let plan = chatbotPlan();
    plan = { ...plan, meta: { ...plan.meta, horizonStart: '2026-01' } };
    expect(dutiesWithinHorizon(plan, en).map((d) => [d.obligation.id, d.month, d.applications])).toEqual([
      ['tell-people-ai', '2026-08', ['a1']],
      ['disclose-deep-fakes', '2026-08', ['a1']],
    ]);
    plan = updateApplication(plan, 'a1', { status: 'retired' });
    expect(dutiesWithinHorizon(plan, en)).toEqual([]);
  });
});
