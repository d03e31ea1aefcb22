import type { Finding } from '../../shared/checks/alignment-checks';
import { plannerStore } from '../store/store';
import { openGovernanceSection } from './open-governance';

const nextFrames = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));

/** Which part of an application's Governance section fixes a finding of each check. */
function targetOf(checkId: string): 'triage' | 'tools' | 'risks' {
  if (checkId === 'shadow-ai') return 'tools';
  if (checkId === 'high-risk-unmitigated') return 'risks';
  return 'triage';
}

function bringIntoSight(element: Element | null, focus: HTMLElement | null = element as HTMLElement | null): void {
  if (!element) return;
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  focus?.focus({ preventScroll: true });
}

/**
 * Reveals a governance finding where it is fixed: an application's finding opens its Governance
 * section in the detail panel (at its triage, tools or risks) beside the Governance view; a tool past
 * its review shows that tool in the register; a missing literacy step focuses the literacy month.
 */
export function revealGovernanceFinding(finding: Finding): void {
  const state = plannerStore.getState();
  state.setActiveView('governance');
  if (finding.item?.kind === 'application') {
    const id = finding.item.id;
    openGovernanceSection(id, targetOf(finding.checkId));
    nextFrames(() => document.querySelector(`.governance [data-item-kind="application"][data-item-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' }));
    return;
  }
  state.select(null);
  nextFrames(() => {
    if (finding.checkId === 'tool-review-overdue') {
      // The finding's key is "tool-review-overdue:<tool id>:<review date>".
      const toolId = finding.key.split(':')[1] ?? '';
      const card = document.querySelector(`[data-item-kind="tool"][data-item-id="${CSS.escape(toolId)}"]`);
      bringIntoSight(card, card?.querySelector<HTMLElement>('input[type="date"]') ?? null);
    } else if (finding.checkId === 'no-literacy-step') {
      const select = document.querySelector<HTMLElement>('[data-testid="literacy-month"]');
      bringIntoSight(select);
    }
  });
}
