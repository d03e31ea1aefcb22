import { describe, expect, it } from 'vitest';
import { alignmentFindings, CHECKS, type Finding } from '../../../../shared/checks/alignment-checks';
import { translator } from '../../../../shared/i18n/translator';
import type { Decision, Plan } from '../../../../shared/model';
import { deleteApplication } from '../../../../shared/operations/matrix';
import { addDecision } from '../../../../shared/workshop/workshop-ops';
import { healthyPlan, NOW, TODAY } from './plan-builder';

/* The overdue-decision finding (#17 §4): TODAY is 2026-12-01. */

const overdue = (plan: Plan, today = TODAY): Finding[] => alignmentFindings(plan, { today }).filter((f) => f.checkId === 'decision-overdue');

function withDecision(partial: Partial<Omit<Decision, 'id' | 'at'>>, plan = healthyPlan()): Plan {
  return addDecision(plan, { now: NOW, today: '2026-11-20', newId: () => 'd1' }, { text: 'Pilot the order-entry robot in one branch', ...partial }).plan;
}

describe('decision-overdue', () => {
  it('is registered as a medium finding of the Workshop view', () => {
    expect(CHECKS.find((c) => c.id === 'decision-overdue')).toMatchObject({ severity: 'medium', view: 'workshop' });
  });

  it('flags an open decision due before today, keyed by decision and due date, naming its owner and date', () => {
    const [finding, ...rest] = overdue(withDecision({ owner: 'Operations Manager', due: '2026-11-30' }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      key: 'decision-overdue:d1:2026-11-30',
      severity: 'medium',
      itemTitle: 'Pilot the order-entry robot in one branch',
      message: 'Due 2026-11-30, owner Operations Manager: not marked done.',
      item: null,
    });
  });

  it('says so when nobody owns the decision', () => {
    expect(overdue(withDecision({ due: '2026-10-01' }))[0]!.message).toBe('Due 2026-10-01, no owner named: not marked done.');
  });

  it('stays quiet for a decision done, due today or later, or without a due date', () => {
    expect(overdue(withDecision({ due: '2026-11-30', done: true }))).toEqual([]);
    expect(overdue(withDecision({ due: TODAY }))).toEqual([]);
    expect(overdue(withDecision({ due: '2027-01-15' }))).toEqual([]);
    expect(overdue(withDecision({ due: null }))).toEqual([]);
  });

  it('points at the linked item while it exists, and at the plan once it is deleted', () => {
    const linked = withDecision({ due: '2026-11-01', link: { kind: 'application', id: 'a1' } });
    expect(overdue(linked)[0]!.item).toEqual({ kind: 'application', id: 'a1' });
    const gone = deleteApplication(linked, 'a1');
    expect(gone.workshop.decisions[0]!.link).toEqual({ kind: 'application', id: 'a1' });
    expect(overdue(gone)[0]!.item).toBeNull();
    expect(overdue(withDecision({ due: '2026-11-01', link: { kind: 'pillar', id: 'p1' } }))[0]!.item).toEqual({ kind: 'pillar', id: 'p1' });
  });

  it('gives a new key when the due date moves on, so an acknowledgement of the old date does not hide it', () => {
    const moved = withDecision({ due: '2026-11-25' });
    expect(overdue(moved)[0]!.key).not.toBe(overdue(withDecision({ due: '2026-11-30' }))[0]!.key);
  });

  it('is worded in the findings’ language', () => {
    const [finding] = alignmentFindings(withDecision({ owner: 'Betriebsleitung', due: '2026-11-30' }), { today: TODAY }, translator('de')).filter((f) => f.checkId === 'decision-overdue');
    expect(finding!.message).toContain('Betriebsleitung');
    expect(finding!.message).not.toContain('owner');
  });
});
