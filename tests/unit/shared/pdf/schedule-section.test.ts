import { afterAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/model';
import { renderPlanPdf } from '../../../../shared/pdf';
import { defaultPhases } from '../../../../shared/roadmap/phases';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { flatText, pdfWorkspace, shippedFonts } from './pdf-tools';

/* #18 §2: the roadmap's dates as a table, milestones by month and each dependency with its months. */

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const sectionText = (name: string, plan: Plan) => flatText(workspace.write(name, renderPlanPdf(plan, { fonts, date: '2026-12-02', sections: ['schedule'] })));

/** The example with the chatbot's successor moved to start before the chatbot finishes, and an unscheduled one depending on it. */
function planWithBackwardsDependency(): Plan {
  const plan = examplePlan();
  const [chatbot, automation, trends] = plan.applications;
  const schedules = plan.roadmap.schedules.map((s) => (s.applicationId === automation!.id ? { ...s, phases: defaultPhases('2027-02') } : s));
  return {
    ...plan,
    roadmap: {
      ...plan.roadmap,
      schedules: [...schedules.filter((s) => s.applicationId !== trends!.id)],
      dependencies: [
        { id: 'dep-back', fromId: chatbot!.id, toId: automation!.id },
        { id: 'dep-none', fromId: chatbot!.id, toId: trends!.id },
      ],
    },
  };
}

describe('the board pack’s Milestones and dependencies section', () => {
  it('lists the milestones by month, earliest first, whatever order they were added in', () => {
    const plan = examplePlan();
    const shuffled: Plan = { ...plan, roadmap: { ...plan.roadmap, milestones: [...plan.roadmap.milestones].reverse() } };
    const text = sectionText('schedule-milestones.pdf', shuffled);
    expect(text).toContain(`Milestones · ${plan.roadmap.milestones.length} Month Milestone`);
    const sorted = [...plan.roadmap.milestones].sort((a, b) => a.month.localeCompare(b.month));
    expect(text).toContain(`Jan 2027 ${sorted[0]!.title}`);
    const at = sorted.map((m) => text.indexOf(m.title));
    expect(at.every((position, i) => position >= 0 && (i === 0 || position >= at[i - 1]!))).toBe(true);
  });

  it('prints each dependency "A → B" with the month A finishes and the month B’s pilot starts', () => {
    const plan = examplePlan();
    const dep = plan.roadmap.dependencies[0]!;
    const title = (id: string) => plan.applications.find((a) => a.id === id)!.title;
    const text = sectionText('schedule-example.pdf', plan);
    expect(text).toContain(`${title(dep.fromId)} → ${title(dep.toId)} Dec 2027 Jan 2028 In order`);
  });

  it('marks a dependency whose dependent starts before its predecessor finishes as backwards, and says which end is not scheduled', () => {
    const plan = planWithBackwardsDependency();
    const [chatbot, automation, trends] = plan.applications;
    const text = sectionText('schedule-backwards.pdf', plan);
    expect(text).toContain(`${chatbot!.title} → ${automation!.title} Dec 2027 Feb 2027 ▲ Backwards`);
    expect(text).toContain(`${chatbot!.title} → ${trends!.title} Dec 2027 Not scheduled`);
    // Work that begins first is listed first; what is not scheduled comes last.
    expect(text.indexOf('▲ Backwards')).toBeLessThan(text.indexOf('Not scheduled'));
  });

  it('says when there are no milestones or dependencies', () => {
    const plan = examplePlan();
    const text = sectionText('schedule-none.pdf', { ...plan, roadmap: { ...plan.roadmap, milestones: [], dependencies: [] } });
    expect(text).toContain('No milestones yet.');
    expect(text).toContain('No dependencies between AI applications yet.');
  });

  it('writes the months and words in German', () => {
    const text = flatText(workspace.write('schedule-de.pdf', renderPlanPdf(planWithBackwardsDependency(), { fonts, date: '2026-12-02', sections: ['schedule'], locale: 'de' })));
    expect(text).toContain('Meilensteine und Abhängigkeiten');
    expect(text).toContain('▲ Rückwärts');
    expect(text).toMatch(/Dez\.? 2027/);
  });
});
