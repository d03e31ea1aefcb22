import { afterAll, describe, expect, it } from 'vitest';
import { addActual } from '../../../../shared/checks/kpi-checkins';
import type { Plan } from '../../../../shared/model';
import { renderPlanPdf, type PdfOptions } from '../../../../shared/pdf';
import { setBudget, setKpiValue } from '../../../../shared/value/value-ops';
import { examplePlan, internationalPlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { flatText, pdfWorkspace, shippedFonts } from './pdf-tools';

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

/** The "Investment and return" section alone, as pdftotext reads it. */
function valueText(name: string, plan: Plan, options: Partial<PdfOptions> = {}): string {
  return flatText(workspace.write(name, renderPlanPdf(plan, { fonts, date: '2027-09-15', sections: ['value'], ...options })));
}

const chatbotKpi = (plan: Plan) => plan.kpis.find((k) => k.name === 'Qualified leads per month')!;

/** The example with the chatbot's leads checked in at 50 (10 above the baseline of 40) on 1 May 2027. */
function exampleWithCheckin(): Plan {
  const plan = examplePlan();
  return addActual(plan, chatbotKpi(plan).id, { date: '2027-05-01', value: 50 });
}

describe('the board pack’s Investment and return section', () => {
  const text = valueText('value-en.pdf', exampleWithCheckin());

  it('prints each application’s cost, yearly benefit, payback, net value and ROI, middle estimate first, then the range', () => {
    expect(text).toContain('Investment and return');
    expect(text).toContain('in EUR, over the horizon, Jan 2027 – Dec 2028 (24 months), and over three years');
    // The chatbot: 8,500 € one-off + 25 days × 480 € + 22 months × 350 €; 20 leads a month × 120 € a year, ±25 %.
    expect(text).toContain('€28,200');
    expect(text).toContain('€28,800 €21,600 – €36,000');
    expect(text).toContain('May 2028 Feb 2028 – Sep 2028');
    expect(text).toContain('55% 17% – 94%');
    // Market trends pays back only after five years at the low estimate.
    expect(text).toContain('Apr 2030 – after 5 years');
  });

  it('totals the plan, and sets each calendar year against its budget', () => {
    expect(text).toContain('Plan total');
    expect(text).toContain('€212,000');
    expect(text).toContain('Per calendar year');
    expect(text).toContain('2027 €86,600');
    expect(text).toContain('€90,000 €3,400 under');
    expect(text).toContain('€130,000 €4,600 under');
    const tight = valueText('value-over.pdf', setBudget(exampleWithCheckin(), 2027, 80_000_00));
    expect(tight).toContain('€80,000 €6,600 over');
  });

  it('sets realised benefit against plan to the pack’s date', () => {
    expect(text).toContain('Planned against realised, to 15 September 2027');
    // 10 leads × 120 € a month × 12 / 365 a day, from 1 May to 15 September (137 days): 5,404.93 €.
    expect(text).toMatch(/AI-powered chatbot for website engagement €[\d,]+ €5,405 /);
    expect(valueText('value-unchecked.pdf', examplePlan())).toContain('No check-in of a KPI with a value per unit yet');
  });

  it('says how the figures are computed', () => {
    expect(text).toContain('Confidence widens benefits by ±10% (high), ±25% (medium) or ±50% (low)');
    expect(text).toContain('Payback is the first month in which cumulative benefit covers cumulative cost; ROI is net value ÷ cost');
  });

  it('writes "not estimated" where nothing was estimated, never a zero', () => {
    const unvalued = setKpiValue(examplePlan(), chatbotKpi(examplePlan()).id, { perUnit: null });
    const row = /AI-powered chatbot for website engagement(.*?)Operational Efficiency/.exec(valueText('value-unvalued.pdf', unvalued))?.[1] ?? '';
    expect(row).toContain('€28,200');
    expect(row.match(/not estimated/g)).toHaveLength(6);
    expect(row).not.toMatch(/€0\b/);
    const none = valueText('value-none.pdf', internationalPlan());
    expect(none).toContain('No costs or benefits are estimated yet');
    expect(none).not.toMatch(/€0\b/);
  });

  it('writes money the German way in a German pack: "28.200 €", "3.400 € darunter"', () => {
    const german = valueText('value-de.pdf', exampleWithCheckin(), { locale: 'de' });
    expect(german).toContain('Investition und Ertrag');
    expect(german).toContain('28.200 €');
    expect(german).toContain('90.000 € 3.400 € darunter');
    expect(german).toContain('Geplant und erreicht, bis 15. September 2027');
  });
});
