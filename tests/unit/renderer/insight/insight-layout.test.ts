import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kpiTrend } from '../../../../shared/checks/kpi-checkins';
import type { Kpi } from '../../../../shared/model';
import { nextLevel } from '../../../../renderer/dimensions/dimension-labels';
import { KpiCheckinsSection } from '../../../../renderer/kpi-checkins/KpiCheckinsSection';
import { sparklineGeometry } from '../../../../renderer/kpi-checkins/sparkline';
import { cellId, parseCellId, quadrantOf, scoresAfterKey } from '../../../../renderer/priorities/quadrants';
import { addKpiCheckin } from '../../../../renderer/store/insight-actions';
import { plannerStore, resetPlannerStore } from '../../../../renderer/store/store';
import { examplePlan } from '../fixtures';

describe('the 2×2', () => {
  it('puts "start here" exactly where the starter advice points: impact 4–5, feasibility 3–5', () => {
    expect(quadrantOf(4, 3).id).toBe('start-here');
    expect(quadrantOf(5, 5).id).toBe('start-here');
    expect(quadrantOf(5, 2).id).toBe('plan-carefully');
    expect(quadrantOf(3, 5).id).toBe('quick-wins');
    expect(quadrantOf(1, 1).id).toBe('avoid-for-now');
  });

  it('reads drop targets back into scores and ignores anything else', () => {
    expect(parseCellId(cellId(5, 4))).toEqual({ impact: 5, feasibility: 4 });
    expect(parseCellId('cell:6:1')).toBeNull();
    expect(parseCellId('pillar:x')).toBeNull();
  });

  it('moves a card one step per arrow key and stops at the edges', () => {
    expect(scoresAfterKey('ArrowUp', 3, 3)).toEqual({ impact: 4, feasibility: 3 });
    expect(scoresAfterKey('ArrowDown', 1, 3)).toEqual({ impact: 1, feasibility: 3 });
    expect(scoresAfterKey('ArrowRight', 3, 5)).toEqual({ impact: 3, feasibility: 5 });
    expect(scoresAfterKey('ArrowLeft', 3, 3)).toEqual({ impact: 3, feasibility: 2 });
    expect(scoresAfterKey('a', 3, 3)).toBeNull();
  });
});

describe('dimension levels', () => {
  it('step round: not considered → partly → addressed → not considered', () => {
    expect(nextLevel('not-considered')).toBe('partly');
    expect(nextLevel('partly')).toBe('addressed');
    expect(nextLevel('addressed')).toBe('not-considered');
  });
});

const kpi = (patch: Partial<Kpi>): Kpi => ({
  id: 'k',
  applicationId: 'a',
  name: 'Leads',
  unit: 'leads',
  family: 'other',
  baseline: 40,
  target: 60,
  direction: 'up',
  cadence: 'monthly',
  owner: '',
  source: '',
  actuals: [],
  value: { perUnit: null, per: 'month' },
  ...patch,
});

describe('sparkline', () => {
  it('places check-ins by date between baseline and target, higher values higher up', () => {
    const g = sparklineGeometry(
      kpiTrend(kpi({ actuals: [{ date: '2027-01-01', value: 40, note: '' }, { date: '2027-01-31', value: 60, note: '' }] })),
      100,
      50,
      0,
    );
    expect(g.dots.map((d) => [d.x, d.y])).toEqual([
      [0, 50],
      [100, 0],
    ]);
    expect(g.baselineY).toBe(50);
    expect(g.targetY).toBe(0);
    expect(g.points).toBe('0,50 100,0');
  });

  it('centres a single check-in and draws no baseline or target that is missing', () => {
    const g = sparklineGeometry(kpiTrend(kpi({ baseline: null, target: null, actuals: [{ date: '2027-01-01', value: 5, note: '' }] })), 100, 50);
    expect(g.dots[0]!.x).toBe(50);
    expect(g.baselineY).toBeNull();
    expect(g.targetY).toBeNull();
  });
});

describe('KPI check-ins section', () => {
  const initial = plannerStore.getInitialState;
  beforeEach(() => {
    resetPlannerStore();
    plannerStore.getState().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
    // Server rendering reads zustand's initial state; render the current one instead.
    plannerStore.getInitialState = plannerStore.getState;
  });
  afterEach(() => {
    plannerStore.getInitialState = initial;
  });

  it('draws the trend line and lists the check-ins, newest first', () => {
    const id = plannerStore.getState().plan!.kpis[0]!.id;
    addKpiCheckin(id, { date: '2027-01-31', value: 45 });
    addKpiCheckin(id, { date: '2027-02-28', value: 52 });
    const html = renderToStaticMarkup(createElement(KpiCheckinsSection, { id }));
    expect(html).toContain('<polyline');
    expect(html).toContain('data-points="2"');
    expect(html).toContain('Latest 52 leads');
    expect(html.indexOf('data-date="2027-02-28"')).toBeLessThan(html.indexOf('data-date="2027-01-31"'));
  });

  it('invites the first check-in when there is none', () => {
    const id = plannerStore.getState().plan!.kpis[0]!.id;
    const html = renderToStaticMarkup(createElement(KpiCheckinsSection, { id }));
    expect(html).toContain('No check-ins yet');
    expect(html).not.toContain('<polyline');
  });
});
