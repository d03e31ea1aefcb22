import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setActiveLocale } from '../../../../shared/i18n/active-locale';
import { PillarHeader } from '../../../../renderer/board/PillarColumn';
import { ApplicationBody } from '../../../../renderer/board/ApplicationCard';
import { PlanHeader } from '../../../../renderer/outline/PlanHeader';
import { ApplicationOutline } from '../../../../renderer/outline/ApplicationOutline';
import { plannerStore, resetPlannerStore } from '../../../../renderer/store/store';
import { examplePlan } from '../fixtures';

const state = () => plannerStore.getState();
// Markup is rendered as on a server, where zustand reads the store's initial state: make that the loaded one.
const initial = plannerStore.getInitialState;

beforeEach(() => {
  resetPlannerStore();
  state().loadDocument({ plan: { ...examplePlan(), meta: { ...examplePlan().meta, horizonStart: '2027-03', horizonMonths: 12 } }, filePath: null, mtimeMs: null });
  plannerStore.getInitialState = plannerStore.getState;
  // The cards count their renders on window for the board bench; no counter here.
  vi.stubGlobal('window', {});
});
afterEach(() => {
  plannerStore.getInitialState = initial;
  vi.unstubAllGlobals();
  setActiveLocale('en');
});

const render = (element: ReturnType<typeof createElement>) => renderToStaticMarkup(element);

describe('the board and the outline in another language', () => {
  it('head a pillar column with its number and counts, in English as before and in German', () => {
    const id = state().plan!.pillars[0]!.id;
    expect(render(createElement(PillarHeader, { id, index: 0, collapsed: false }))).toContain('Pillar 1');
    expect(render(createElement(PillarHeader, { id, index: 0, collapsed: false }))).toContain('1 objective · 1 application · 1 KPI');
    setActiveLocale('de');
    const html = render(createElement(PillarHeader, { id, index: 0, collapsed: false }));
    expect(html).toContain('Säule 1');
    expect(html).toContain('1 Ziel · 1 Anwendung · 1 KPI');
    expect(html).toContain('Spalte zuklappen');
    expect(html).toContain('aria-label="Titel der Säule: ');
    expect(html).toContain('Zum Bearbeiten doppelklicken oder F2 drücken');
  });

  it('write a card’s facts in Vietnamese', () => {
    const app = state().plan!.applications[0]!;
    setActiveLocale('vi');
    const html = render(createElement(ApplicationBody, { id: app.id, preview: true }));
    expect(html).toContain(`Tác động ${app.impact} · Khả thi ${app.feasibility}`);
    expect(html).toContain('Tác động và tính khả thi, 1–5');
  });

  it('say the planning horizon with the months of the language shown', () => {
    expect(render(createElement(PlanHeader, {}))).toContain('12-month horizon: Mar 2027 – Feb 2028');
    setActiveLocale('de');
    expect(render(createElement(PlanHeader, {}))).toContain('Zeithorizont von 12 Monaten: März 2027 – Feb. 2028');
  });

  it('list an application’s facts in the outline in German', () => {
    const app = state().plan!.applications[0]!;
    setActiveLocale('de');
    const html = render(createElement(ApplicationOutline, { id: app.id }));
    expect(html).toContain(`Wirkung ${app.impact}/5 · Machbarkeit ${app.feasibility}/5`);
    expect(html).toContain('KPI hinzufügen');
  });
});
