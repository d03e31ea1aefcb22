import { afterAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/model';
import { renderPlanPdf } from '../../../../shared/pdf';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { flatText, pdfWords, pdfWorkspace, shippedFonts } from './pdf-tools';

/* #18 §2: the KPI table shows where each KPI stands: latest check-in against the target, its trend and a status. */

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const DATE = '2028-06-01';
const render = (plan: Plan, date = DATE) => workspace.write(`kpis-${date}-${plan.kpis.map((k) => k.actuals.length).join('')}.pdf`, renderPlanPdf(plan, { fonts, date, sections: ['kpis'] }));

/** The example's leads KPI (40 → 60, higher is better) met and passed; its order-time KPI (18 → 8 minutes) going the wrong way. */
function checkedInPlan(): Plan {
  const plan = examplePlan();
  const [leads, orderTime] = plan.kpis;
  return {
    ...plan,
    kpis: plan.kpis.map((k) => {
      if (k.id === leads!.id) return { ...k, actuals: [{ date: '2028-01-01', value: 50, note: '' }, { date: '2028-05-01', value: 64, note: '' }] };
      if (k.id === orderTime!.id) return { ...k, actuals: [{ date: '2028-02-01', value: 17, note: '' }, { date: '2028-05-01', value: 19, note: '' }] };
      return k;
    }),
  };
}

describe('the board pack’s KPI table', () => {
  it('prints the latest check-in, which way it moved and how far the target is, with a status', () => {
    const plan = checkedInPlan();
    const [leads, orderTime, ideas] = plan.kpis;
    const text = flatText(render(plan));
    expect(text).toContain('Latest check-in Status');
    expect(text).toContain(`${leads!.name} 40 leads → 60 leads ↑ Higher is better 64 leads (1 May 2028) ↑ target met ● On track`);
    expect(text).toContain(`${orderTime!.name} 18 minutes → 8 minutes ↓ Lower is better 19 minutes (1 May 2028) ↑ 11 minutes to target ■ Off track`);
    expect(text).toContain(`${ideas!.name} 2 ideas → 5 ideas ↑ Higher is better — ○ No check-ins`);
    expect(text).toContain('The status sets the latest check-in against what the roadmap expects by 1 June 2028');
  });

  it('reads only the check-ins up to the pack’s date', () => {
    const text = flatText(render(checkedInPlan(), '2028-03-01'));
    expect(text).toContain('50 leads (1 January 2028) ↑ 10 leads to target');
    expect(text).not.toContain('64 leads');
  });

  it('keeps "↑ Higher is better" and "↓ Lower is better" on one line each', () => {
    let seen = 0;
    for (const page of pdfWords(render(checkedInPlan()))) {
      for (const [i, word] of page.words.entries()) {
        if (word.text !== 'Higher' && word.text !== 'Lower') continue;
        seen++;
        const better = page.words[i + 2]!;
        expect(page.words[i + 1]!.text).toBe('is');
        expect(better.text).toBe('better');
        expect(Math.abs(better.yMin - word.yMin)).toBeLessThan(1);
      }
    }
    expect(seen).toBe(checkedInPlan().kpis.length);
  });
});
