import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/model';
import { loadPlanFromText, serialisePlan } from '../../../../shared/plan-load';
import { deleteSnapshot, snapshotPlan, takeSnapshot } from '../../../../shared/history/snapshots';
import { examplePlanForTest } from '../plan-fixtures';
import { editsArb, planFromEdits } from './plan-edits';

const withoutHistory = ({ history: _history, ...rest }: Plan) => rest;

describe('snapshots of any sequence of edits', () => {
  it('read back as the states they were taken of, after saving and opening, and after deleting any one of them', () => {
    fc.assert(
      fc.property(fc.array(editsArb, { minLength: 1, maxLength: 5 }), fc.nat(), (rounds, pick) => {
        let plan = examplePlanForTest();
        const states: Plan[] = [];
        rounds.forEach((edits, i) => {
          plan = planFromEdits(plan, edits, `r${i}-`);
          states.push(plan);
          plan = takeSnapshot(plan, { id: `s${i}`, name: `Round ${i}`, takenAt: '2027-01-01T00:00:00.000Z' });
        });
        const text = serialisePlan(plan);
        const loaded = loadPlanFromText(text);
        if (!loaded.ok) throw new Error(loaded.error.message);
        expect(serialisePlan(loaded.plan)).toBe(text);
        const read = (from: Plan, id: string) => {
          const result = snapshotPlan(from, id);
          if (result.status !== 'ok') throw new Error(result.message);
          return withoutHistory(result.plan);
        };
        states.forEach((state, i) => expect(read(loaded.plan, `s${i}`)).toEqual(withoutHistory(state)));
        const gone = pick % states.length;
        const fewer = deleteSnapshot(loaded.plan, `s${gone}`);
        states.forEach((state, i) => {
          if (i !== gone) expect(read(fewer, `s${i}`)).toEqual(withoutHistory(state));
        });
      }),
      { numRuns: 40, seed: 41 },
    );
  });
});
