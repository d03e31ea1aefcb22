import { describe, expect, it } from 'vitest';
import { countOfKind, DIMENSION_LABELS, ITEM_KIND_LABELS, kindHeading, kindLabel, UNALIGNED_GROUP_TITLE } from '../../../shared/labels';
import { DIMENSIONS } from '../../../shared/schema/plan-schema';
import { pillarGroups } from '../../../shared/pdf/plan-groups';
import { addApplication } from '../../../shared';
import { examplePlanForTest } from './plan-fixtures';

describe('the labels of item kinds', () => {
  it('names each kind as a sentence says it, and as a line starts with it', () => {
    expect(['pillar', 'objective', 'application', 'kpi', 'milestone'].map(kindLabel)).toEqual(['pillar', 'objective', 'AI application', 'KPI', 'milestone']);
    expect(['pillar', 'objective', 'application', 'kpi', 'milestone'].map(kindHeading)).toEqual(['Pillar', 'Objective', 'AI application', 'KPI', 'Milestone']);
  });

  it('says a kind it does not know as it is, even one named like an Object.prototype member', () => {
    expect(kindLabel('toString')).toBe('toString');
    expect(kindLabel('__proto__')).toBe('__proto__');
  });

  it('counts in the singular for one and the plural otherwise', () => {
    expect(countOfKind(1, 'application')).toBe('1 AI application');
    expect(countOfKind(0, 'kpi')).toBe('0 KPIs');
    expect(countOfKind(3, 'objective')).toBe('3 objectives');
    expect(Object.keys(ITEM_KIND_LABELS)).toEqual(['pillar', 'objective', 'application', 'kpi', 'milestone']);
  });

  it('has a label and a question for each of the six dimensions', () => {
    expect(Object.keys(DIMENSION_LABELS).sort()).toEqual([...DIMENSIONS].sort());
    for (const d of DIMENSIONS) expect(DIMENSION_LABELS[d].question).toMatch(/\?$/);
  });
});

describe('the group of applications under no objective', () => {
  it('is called "Not yet aligned" in the PDF, as on the roadmap', () => {
    const plan = addApplication(examplePlanForTest(), { id: 'idea', objectiveId: null, title: 'Idea' });
    expect(UNALIGNED_GROUP_TITLE).toBe('Not yet aligned');
    expect(pillarGroups(plan).at(-1)!.title).toBe('Not yet aligned');
  });
});
