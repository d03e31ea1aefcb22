import { describe, expect, it } from 'vitest';
import { countOfKind, dimensionLabel, dimensionQuestion, ITEM_KINDS, kindHeading, kindLabel, unalignedGroupTitle } from '../../../shared/labels';
import { translator } from '../../../shared/i18n/translator';
import { DIMENSIONS } from '../../../shared/schema/plan-schema';
import { pillarGroups } from '../../../shared/pdf/plan-groups';
import { addApplication } from '../../../shared';
import { examplePlanForTest } from './plan-fixtures';

describe('the labels of item kinds', () => {
  it('names each kind as a sentence says it, and as a line starts with it', () => {
    expect(['pillar', 'objective', 'application', 'kpi', 'milestone'].map((k) => kindLabel(k))).toEqual(['pillar', 'objective', 'AI application', 'KPI', 'milestone']);
    expect(['pillar', 'objective', 'application', 'kpi', 'milestone'].map((k) => kindHeading(k))).toEqual(['Pillar', 'Objective', 'AI application', 'KPI', 'Milestone']);
  });

  it('says a kind it does not know as it is, even one named like an Object.prototype member', () => {
    expect(kindLabel('toString')).toBe('toString');
    expect(kindLabel('__proto__')).toBe('__proto__');
  });

  it('counts in the singular for one and the plural otherwise', () => {
    expect(countOfKind(1, 'application')).toBe('1 AI application');
    expect(countOfKind(0, 'kpi')).toBe('0 KPIs');
    expect(countOfKind(3, 'objective')).toBe('3 objectives');
    expect(ITEM_KINDS).toEqual(['pillar', 'objective', 'application', 'kpi', 'milestone']);
  });

  it('has a label and a question for each of the six dimensions', () => {
    for (const d of DIMENSIONS) expect(dimensionLabel(d)).toMatch(/^[A-Z]/);
    for (const d of DIMENSIONS) expect(dimensionQuestion(d)).toMatch(/\?$/);
  });

  it('speaks German and Vietnamese when given their translate function, with their plural rules', () => {
    const de = translator('de');
    const vi = translator('vi');
    expect(countOfKind(1, 'application', de)).toBe('1 KI-Anwendung');
    expect(countOfKind(3, 'objective', de)).toBe('3 Ziele');
    expect(countOfKind(1, 'objective', vi)).toBe('1 mục tiêu');
    expect(countOfKind(5, 'objective', vi)).toBe('5 mục tiêu');
    expect(kindHeading('pillar', de)).toBe('Säule');
    expect(dimensionQuestion('ethical', vi)).toMatch(/\?$/);
    expect(unalignedGroupTitle(de)).toBe('Noch nicht zugeordnet');
  });
});

describe('the group of applications under no objective', () => {
  it('is called "Not yet aligned" in the PDF, as on the roadmap', () => {
    const plan = addApplication(examplePlanForTest(), { id: 'idea', objectiveId: null, title: 'Idea' });
    expect(unalignedGroupTitle()).toBe('Not yet aligned');
    expect(pillarGroups(plan).at(-1)!.title).toBe('Not yet aligned');
  });
});
