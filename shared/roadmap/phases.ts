import { t as activeT } from '../i18n/active-locale';
import type { MessageKey, Translate } from '../i18n/translator';
import { PHASE_KINDS } from '../schema/plan-schema';
import type { Phase, PhaseKind } from '../model';
import { addMonths, monthIndex } from './months';

/** Default lengths in months: a short measured pilot, then refine, standardise and scale. */
export const DEFAULT_PHASE_MONTHS: Record<PhaseKind, number> = { pilot: 3, refine: 2, standardise: 2, scale: 3 };

/** The English phase names, for the PDF until it writes in its export language; anything a person reads in the app uses phaseLabel. */
export const PHASE_LABELS: Record<PhaseKind, string> = {
  pilot: 'Pilot',
  refine: 'Refine',
  standardise: 'Standardise',
  scale: 'Scale',
};

export const PHASE_KEYS: Record<PhaseKind, MessageKey> = {
  pilot: 'roadmap.phase.pilot',
  refine: 'roadmap.phase.refine',
  standardise: 'roadmap.phase.standardise',
  scale: 'roadmap.phase.scale',
};

/** "Pilot", "Standardise": a phase's name in the app's language, or the one `t` writes in. */
export const phaseLabel = (kind: PhaseKind, t: Translate = activeT): string => t(PHASE_KEYS[kind]);

/** The four phases back to back from `start`. */
export function defaultPhases(start: string, lengths: Record<PhaseKind, number> = DEFAULT_PHASE_MONTHS): Phase[] {
  const phases: Phase[] = [];
  let at = start;
  for (const kind of PHASE_KINDS) {
    phases.push({ kind, start: at, months: lengths[kind] });
    at = addMonths(at, lengths[kind]);
  }
  return phases;
}

/** First month of the first phase and the month after the last phase ends (exclusive). */
export function scheduleSpan(phases: readonly Phase[]): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const p of phases) {
    const s = monthIndex(p.start);
    start = Math.min(start, s);
    end = Math.max(end, s + p.months);
  }
  return { start, end };
}
