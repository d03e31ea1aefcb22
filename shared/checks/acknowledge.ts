import type { Acknowledgement, Plan } from '../model';
import { FINDING_KEY_MAX, NOTE_MAX } from '../schema/plan-schema';

/*
 * A finding the team accepts on purpose stops nagging: its key is saved in the plan with a note.
 * The finding is still reported, flagged as acknowledged.
 */

/** Acknowledges a finding with a note (or updates the note of an existing acknowledgement). */
export function acknowledgeFinding(plan: Plan, findingKey: string, note: string, now: string): Plan {
  if (findingKey === '' || findingKey.length > FINDING_KEY_MAX) return plan;
  const trimmed = note.slice(0, NOTE_MAX);
  const existing = plan.acknowledgements.find((a) => a.findingKey === findingKey);
  if (existing && existing.note === trimmed) return plan;
  const created: Acknowledgement = { findingKey, note: trimmed, at: now };
  const acknowledgements = existing
    ? plan.acknowledgements.map((a) => (a === existing ? created : a))
    : [...plan.acknowledgements, created];
  return { ...plan, acknowledgements };
}

/** Withdraws an acknowledgement, so the finding counts again. */
export function unacknowledgeFinding(plan: Plan, findingKey: string): Plan {
  if (!plan.acknowledgements.some((a) => a.findingKey === findingKey)) return plan;
  return { ...plan, acknowledgements: plan.acknowledgements.filter((a) => a.findingKey !== findingKey) };
}
