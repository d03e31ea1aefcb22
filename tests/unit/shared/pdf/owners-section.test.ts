import { afterAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/model';
import { renderPlanPdf } from '../../../../shared/pdf';
import { accountabilities } from '../../../../shared/pdf/owners-section';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { flatText, pdfWorkspace, shippedFonts } from './pdf-tools';

/* #18 §2: owners' accountabilities, who owns what. */

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const of = (item: string, parent: string) => `${item} (${parent})`;

/** The example with owners spelt two ways, an unowned KPI, the AI lead named and a decision done. */
function ownedPlan(): Plan {
  const plan = examplePlan();
  const [chatbot, automation] = plan.applications;
  return {
    ...plan,
    readiness: { ...plan.readiness, aiLead: 'Zoë Adler' },
    applications: plan.applications.map((a) => (a.id === automation!.id ? { ...a, owner: '  head of marketing ' } : a)),
    kpis: plan.kpis.map((k) => (k.applicationId === chatbot!.id ? { ...k, owner: '' } : k)),
    workshop: { ...plan.workshop, decisions: [...plan.workshop.decisions, { ...plan.workshop.decisions[0]!, id: 'd-done', text: 'Settled long ago', done: true }] },
  };
}

describe('who owns what', () => {
  it('gathers each person’s applications, KPIs, risks, tools and open decisions, one person however their name is spaced or cased', () => {
    const plan = ownedPlan();
    const [chatbot, automation] = plan.applications;
    const { owners } = accountabilities(plan, of, 'en');
    const marketing = owners.filter((o) => o.name.toLowerCase() === 'head of marketing');
    expect(marketing).toHaveLength(1);
    expect(marketing[0]!.items.applications).toEqual([chatbot!.title, automation!.title]);
    expect(marketing[0]!.items.decisions).toEqual(plan.workshop.decisions.filter((d) => !d.done && d.owner === 'Head of Marketing').map((d) => d.text));
    const risks = plan.applications.flatMap((a) => a.governance.risks.filter((r) => r.owner === 'Head of Marketing').map((r) => of(r.title, a.title)));
    expect(marketing[0]!.items.risks).toEqual(risks);
    expect(owners.flatMap((o) => o.items.decisions)).not.toContain('Settled long ago');
  });

  it('sorts people by name and marks the AI lead', () => {
    const { owners } = accountabilities(ownedPlan(), of, 'en');
    const names = owners.map((o) => o.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(owners.find((o) => o.name === 'Zoë Adler')!.aiLead).toBe(true);
  });

  it('collects what nobody owns', () => {
    const plan = ownedPlan();
    const chatbot = plan.applications[0]!;
    const { unowned } = accountabilities(plan, of, 'en');
    expect(unowned!.kpis).toEqual(plan.kpis.filter((k) => k.applicationId === chatbot.id).map((k) => of(k.name, chatbot.title)));
    expect(unowned!.tools).toEqual(plan.governance.tools.filter((t) => !t.owner.trim()).map((t) => t.name));
  });

  it('prints a row per person by name, the AI lead marked, and "No owner" last', () => {
    const plan = ownedPlan();
    const text = flatText(workspace.write('owners.pdf', renderPlanPdf(plan, { fonts, date: '2026-12-02', sections: ['owners'] })));
    expect(text).toContain('Who owns what');
    expect(text).toContain('Zoë Adler AI lead');
    const { owners } = accountabilities(plan, of, 'en');
    const at = owners.map((o) => text.indexOf(o.name));
    expect(at.every((position, i) => position >= 0 && (i === 0 || position > at[i - 1]!))).toBe(true);
    expect(text.lastIndexOf('No owner')).toBeGreaterThan(at[at.length - 1]!);
    expect(text).toContain(`• ${plan.applications[1]!.title}`);
  });

  it('leaves out a column nobody owns anything in', () => {
    const plan = examplePlan();
    const bare: Plan = { ...plan, governance: { ...plan.governance, tools: [] }, workshop: { ...plan.workshop, decisions: [] } };
    const text = flatText(workspace.write('owners-bare.pdf', renderPlanPdf(bare, { fonts, date: '2026-12-02', sections: ['owners'] })));
    expect(text).toContain('Owner AI applications KPIs');
    expect(text).not.toContain('Tools');
    expect(text).not.toContain('Decisions');
  });
});
