import { describe, expect, it } from 'vitest';
import { acknowledgeFinding, unacknowledgeFinding } from '../../../../shared/checks/acknowledge';
import { NOW, healthyPlan } from './plan-builder';

const LATER = '2026-12-02T10:00:00.000Z';

describe('acknowledgeFinding', () => {
  it('saves the finding key with a note and the time', () => {
    const plan = acknowledgeFinding(healthyPlan(), 'no-starter:plan', 'We pick starters in January.', NOW);
    expect(plan.acknowledgements).toEqual([{ findingKey: 'no-starter:plan', note: 'We pick starters in January.', at: NOW }]);
  });

  it('updates the note of an existing acknowledgement instead of adding another', () => {
    let plan = acknowledgeFinding(healthyPlan(), 'no-starter:plan', 'first', NOW);
    plan = acknowledgeFinding(plan, 'no-starter:plan', 'second', LATER);
    expect(plan.acknowledgements).toEqual([{ findingKey: 'no-starter:plan', note: 'second', at: LATER }]);
  });

  it('returns the same plan for the same note, an empty key or an over-long key', () => {
    const plan = acknowledgeFinding(healthyPlan(), 'no-starter:plan', 'note', NOW);
    expect(acknowledgeFinding(plan, 'no-starter:plan', 'note', LATER)).toBe(plan);
    expect(acknowledgeFinding(plan, '', 'note', LATER)).toBe(plan);
    expect(acknowledgeFinding(plan, 'x'.repeat(201), 'note', LATER)).toBe(plan);
  });
});

describe('unacknowledgeFinding', () => {
  it('withdraws an acknowledgement, and changes nothing for an unknown key', () => {
    const plan = acknowledgeFinding(healthyPlan(), 'no-starter:plan', 'note', NOW);
    expect(unacknowledgeFinding(plan, 'no-starter:plan').acknowledgements).toEqual([]);
    expect(unacknowledgeFinding(plan, 'other')).toBe(plan);
  });
});
