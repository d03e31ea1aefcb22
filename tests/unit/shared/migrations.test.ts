import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanFromText, MIGRATIONS, PLAN_VERSION } from '../../../shared';

/** The committed version-0 fixture (built by tests/fixtures/fixture-files.ts). */
const v0Text = () => readFileSync(new URL('../../fixtures/v0-nested.aiplan', import.meta.url), 'utf8');

describe('migrations', () => {
  it('cover every version below the current one, in order', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual([...Array(PLAN_VERSION).keys()]);
  });

  it('bring a version-0 nested plan to the flat current format', () => {
    const result = loadPlanFromText(v0Text());
    if (!result.ok) throw new Error(result.error.message + result.error.details.join('\n'));
    expect(result.migratedFrom).toBe(0);
    const { plan } = result;
    expect(plan.version).toBe(PLAN_VERSION);
    expect(plan.meta).toMatchObject({ title: 'Bakery plan', organisation: 'Søren & Co', horizonStart: '2027-02', horizonMonths: 12 });
    expect(plan.pillars[0]!.title).toBe('Operational Efficiency');
    const firstPillarObjectives = plan.objectives.filter((o) => o.pillarId === plan.pillars[0]!.id);
    expect(firstPillarObjectives.map((o) => o.title)).toEqual(['Reduce order processing time', 'Cut waste']);
    expect(plan.applications[0]).toMatchObject({ title: 'RPA for order entry', owner: 'Ops', objectiveId: plan.objectives[0]!.id });
    expect(plan.kpis[0]).toMatchObject({ name: 'Minutes per order', baseline: 18, target: 8, applicationId: plan.applications[0]!.id });
  });

  it('bring a version-1 plan to version 2: personal data becomes a data class, money is not estimated, nothing is triaged', () => {
    const v1 = {
      format: 'ai-alignment-plan',
      version: 1,
      meta: { title: 'Shop', horizonStart: '2027-01', horizonMonths: 12, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' },
      pillars: [{ id: 'p', title: 'Growth' }],
      objectives: [{ id: 'o', pillarId: 'p', title: 'More leads' }],
      applications: [
        { id: 'a1', objectiveId: 'o', title: 'Chatbot', usesPersonalData: true },
        { id: 'a2', objectiveId: 'o', title: 'Forecast', usesPersonalData: false },
      ],
      kpis: [{ id: 'k', applicationId: 'a1', name: 'Leads', baseline: 40, target: 60 }],
      readiness: { items: { govApprovedTools: { answer: 'yes', note: 'List on the intranet' } } },
    };
    const result = loadPlanFromText(JSON.stringify(v1));
    if (!result.ok) throw new Error(result.error.message + result.error.details.join('\n'));
    expect(result.migratedFrom).toBe(1);
    const [chatbot, forecast] = result.plan.applications;
    expect(chatbot!.governance.dataClasses).toEqual(['customer-personal']);
    expect(forecast!.governance.dataClasses).toEqual([]);
    expect(chatbot).not.toHaveProperty('usesPersonalData');
    expect(chatbot!.governance.triage.override).toBeNull();
    expect(chatbot!.value.oneOff).toEqual({ pilot: null, refine: null, standardise: null, scale: null });
    expect(chatbot!.value.monthly).toBeNull();
    expect(result.plan.kpis[0]!.value.perUnit).toBeNull();
    expect(result.plan.finance).toEqual({ currency: 'EUR', dayRate: null, budgets: [] });
    expect(result.plan.governance.notes).toBe('List on the intranet');
    expect(result.plan.governance.obligations).toBeNull();
  });

  it('refuse money that is negative, fractional, too large or in a currency that does not exist, naming the field', () => {
    const base = JSON.parse(readFileSync(new URL('../../fixtures/example.aiplan', import.meta.url), 'utf8'));
    const withApp = (value: object) => ({ ...base, applications: [{ ...base.applications[0], value }, ...base.applications.slice(1)] });
    const cases: [object, RegExp][] = [
      [withApp({ monthly: -5 }), /applications\.0\.value\.monthly: an amount cannot be negative/],
      [withApp({ monthly: 1.5 }), /whole number/],
      [withApp({ oneOff: { pilot: 1e13 } }), /applications\.0\.value\.oneOff\.pilot: an amount can be at most/],
      [{ ...base, finance: { currency: 'EUX' } }, /finance\.currency: not an ISO 4217 currency code/],
    ];
    for (const [doc, message] of cases) {
      const result = loadPlanFromText(JSON.stringify(doc));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.details.join('\n')).toMatch(message);
    }
  });
});
