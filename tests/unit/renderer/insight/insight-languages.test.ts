import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '../../../../shared/i18n/active-locale';
import { viewLabel } from '../../../../renderer/checks/reveal';
import { createFindingsSelector } from '../../../../renderer/checks/findings-selector';
import { baselineToTarget, directionText, formatNumber } from '../../../../renderer/format/kpi-format';
import { KpiCheckinsSection } from '../../../../renderer/kpi-checkins/KpiCheckinsSection';
import { roadmapIndex } from '../../../../renderer/roadmap/roadmap-derived';
import * as roadmap from '../../../../renderer/store/roadmap-actions';
import { addKpiCheckin } from '../../../../renderer/store/insight-actions';
import { plannerStore, resetPlannerStore } from '../../../../renderer/store/store';
import { examplePlan } from '../fixtures';

const state = () => plannerStore.getState();

beforeEach(() => {
  resetPlannerStore();
  state().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
});
afterEach(() => setActiveLocale('en'));

describe('KPI values', () => {
  it('are written with the separators of the language shown', () => {
    expect(formatNumber(1234.5)).toBe('1,234.5');
    setActiveLocale('de');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(baselineToTarget({ baseline: 0.25, target: null, unit: 'h' })).toBe('0,25 → — h');
    expect(directionText('down')).toBe('niedriger ist besser');
    setActiveLocale('vi');
    expect(formatNumber(1234.5)).toBe('1.234,5');
  });
});

describe('the KPI check-ins section in German', () => {
  const initial = plannerStore.getInitialState;
  beforeEach(() => {
    plannerStore.getInitialState = plannerStore.getState;
  });
  afterEach(() => {
    plannerStore.getInitialState = initial;
  });

  it('summarises the trend and names the cadence in German', () => {
    const id = state().plan!.kpis[0]!.id;
    addKpiCheckin(id, { date: '2027-02-28', value: 1052.5 });
    setActiveLocale('de');
    const html = renderToStaticMarkup(createElement(KpiCheckinsSection, { id }));
    expect(html).toContain('Zuletzt 1.052,5');
    expect(html).toContain('Messung hinzufügen');
  });

  it('invites the first check-in', () => {
    const id = state().plan!.kpis[0]!.id;
    setActiveLocale('de');
    const html = renderToStaticMarkup(createElement(KpiCheckinsSection, { id }));
    expect(html).toMatch(/Noch keine Messungen\. Erfassen Sie den gemessenen Wert nach jeder (wöchentlichen|monatlichen|vierteljährlichen) Überprüfung\./);
  });
});

describe('roadmap warnings', () => {
  it('are written anew when the language changes, with the quarter in that language', () => {
    const start = state().plan!.meta.horizonStart;
    for (const id of state().plan!.applications.slice(0, 3).map((a) => a.id)) roadmap.scheduleApplication(id, start);
    const english = roadmapIndex(state().plan!);
    expect(english.warnings.some((w) => /^3 pilots start in Q\d \d{4}:/.test(w.message))).toBe(true);
    setActiveLocale('de');
    const german = roadmapIndex(state().plan!);
    expect(german).not.toBe(english);
    expect(german.warnings.some((w) => /^3 Pilotprojekte beginnen im \d\. Quartal \d{4}:/.test(w.message))).toBe(true);
    setActiveLocale('vi');
    expect(roadmapIndex(state().plan!).warnings.some((w) => /^3 dự án thí điểm bắt đầu trong Quý \d năm \d{4}:/.test(w.message))).toBe(true);
  });
});

describe('findings', () => {
  it('are computed again when the language changes, not served from the last language', () => {
    const select = createFindingsSelector(() => '2027-01-15');
    const english = select(state());
    expect(select(state())).toBe(english);
    setActiveLocale('de');
    expect(select(state())).not.toBe(english);
  });

  it('name the view they show in, in the language shown', () => {
    expect(viewLabel('roadmap')).toBe('Roadmap');
    setActiveLocale('vi');
    expect(viewLabel('roadmap')).not.toBe('Roadmap');
  });
});
