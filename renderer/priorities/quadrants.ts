/*
 * The 2×2 on a 1–5 grid. The "start here" quadrant is exactly DOMAIN.md's advice (and
 * isStarterMaterial): high impact (4–5) with medium or high feasibility (3–5).
 */

import type { MessageKey } from '../../shared/i18n/translator';

export const SCORES = [1, 2, 3, 4, 5] as const;

export type QuadrantId = 'start-here' | 'plan-carefully' | 'quick-wins' | 'avoid-for-now';

export interface Quadrant {
  id: QuadrantId;
  /** Message keys of the quadrant's name and its advice. */
  label: MessageKey;
  hint: MessageKey;
  impact: readonly [number, number];
  feasibility: readonly [number, number];
}

export const QUADRANTS: readonly Quadrant[] = [
  { id: 'plan-carefully', label: 'priorities.quadrant.planCarefully', hint: 'priorities.quadrant.planCarefully.hint', impact: [4, 5], feasibility: [1, 2] },
  { id: 'start-here', label: 'priorities.quadrant.startHere', hint: 'priorities.quadrant.startHere.hint', impact: [4, 5], feasibility: [3, 5] },
  { id: 'avoid-for-now', label: 'priorities.quadrant.avoidForNow', hint: 'priorities.quadrant.avoidForNow.hint', impact: [1, 3], feasibility: [1, 2] },
  { id: 'quick-wins', label: 'priorities.quadrant.quickWins', hint: 'priorities.quadrant.quickWins.hint', impact: [1, 3], feasibility: [3, 5] },
];

export function quadrantOf(impact: number, feasibility: number): Quadrant {
  return QUADRANTS.find((q) => impact >= q.impact[0] && impact <= q.impact[1] && feasibility >= q.feasibility[0] && feasibility <= q.feasibility[1])!;
}

export const cellId = (impact: number, feasibility: number) => `cell:${impact}:${feasibility}`;

/** The scores of a drop target id, or null for anything that is not a cell of the grid. */
export function parseCellId(id: string | number): { impact: number; feasibility: number } | null {
  const match = /^cell:([1-5]):([1-5])$/.exec(String(id));
  return match ? { impact: Number(match[1]), feasibility: Number(match[2]) } : null;
}

const clampScore = (n: number) => Math.max(1, Math.min(5, n));

/** Arrow keys on a card: up/down change impact, left/right feasibility; null for other keys. */
export function scoresAfterKey(key: string, impact: number, feasibility: number): { impact: number; feasibility: number } | null {
  switch (key) {
    case 'ArrowUp':
      return { impact: clampScore(impact + 1), feasibility };
    case 'ArrowDown':
      return { impact: clampScore(impact - 1), feasibility };
    case 'ArrowRight':
      return { impact, feasibility: clampScore(feasibility + 1) };
    case 'ArrowLeft':
      return { impact, feasibility: clampScore(feasibility - 1) };
    default:
      return null;
  }
}
