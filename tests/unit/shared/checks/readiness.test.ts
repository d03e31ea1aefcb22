import { describe, expect, it } from 'vitest';
import { READINESS_GROUPS, READINESS_LABELS, readinessScore } from '../../../../shared/checks/readiness';
import { updateReadiness, updateReadinessItem } from '../../../../shared/operations/document';
import { READINESS_KEYS } from '../../../../shared/schema/plan-schema';
import type { Plan } from '../../../../shared/model';
import { emptyPlan } from './plan-builder';

function allYes(): Plan {
  let plan = updateReadiness(emptyPlan(), { vision: 'Remove repetitive work.', usesToAvoid: 'No automated hiring.', aiLead: 'Søren' });
  for (const key of READINESS_KEYS) plan = updateReadinessItem(plan, key, { answer: 'yes' });
  return plan;
}

describe('readinessScore', () => {
  it('scores an untouched checklist 0 with every item a gap', () => {
    const result = readinessScore(emptyPlan());
    expect(result).toMatchObject({ score: 0, answered: 0, total: 19 });
    expect(result.gaps).toHaveLength(19);
    expect(result.gaps[0]).toEqual({ key: 'vision', label: 'Vision and boundaries', advice: expect.any(String), answer: 'empty' });
  });

  it('scores a complete checklist 100 with no gaps', () => {
    expect(readinessScore(allYes())).toEqual({ score: 100, answered: 19, total: 19, gaps: [] });
  });

  it('counts yes as 1, partly as ½, no and unanswered as 0, and the three text fields as 1 each', () => {
    let plan = updateReadiness(emptyPlan(), { aiLead: 'Ana', vision: '   ' });
    plan = updateReadinessItem(plan, 'govPrivacyReview', { answer: 'yes' });
    plan = updateReadinessItem(plan, 'dataCleanup', { answer: 'partly' });
    plan = updateReadinessItem(plan, 'cultureSafeToFlag', { answer: 'no' });
    const result = readinessScore(plan);
    // (1 + 1 + 0.5 + 0) / 19 = 13.2 %, rounded.
    expect(result.score).toBe(13);
    expect(result.answered).toBe(4);
    expect(result.gaps.find((g) => g.key === 'dataCleanup')).toMatchObject({ answer: 'partly', label: 'Do we clean up our data regularly?' });
    expect(result.gaps.find((g) => g.key === 'cultureSafeToFlag')).toMatchObject({ answer: 'no' });
    expect(result.gaps.some((g) => g.key === 'govPrivacyReview' || g.key === 'aiLead')).toBe(false);
    expect(result.gaps.some((g) => g.key === 'vision')).toBe(true);
  });
});

describe('READINESS_LABELS and READINESS_GROUPS', () => {
  it('give every checklist key a question and advice, grouped as DOMAIN.md lists them', () => {
    for (const key of READINESS_KEYS) {
      expect(READINESS_LABELS[key].question).toMatch(/\?$/);
      expect(READINESS_LABELS[key].advice).toMatch(/\.$/);
    }
    expect(READINESS_GROUPS.map((g) => [g.title, g.keys.length])).toEqual([
      ['Vision and lead', 2],
      ['Culture', 3],
      ['Data practices', 5],
      ['Governance', 3],
      ['Leadership', 3],
    ]);
    expect(READINESS_GROUPS.flatMap((g) => g.keys)).toEqual([...READINESS_KEYS]);
  });
});
