import type { Finding } from '../../../shared/checks/alignment-checks';
import { plannerStore } from '../../store/store';
import { workshopUiStore } from '../workshop-ui-store';
import { decisionsUiStore } from './decisions-ui-store';

/** The decision a 'decision-overdue' finding is about: its key is "decision-overdue:<decision id>:<due>". */
export const decisionIdOfFinding = (finding: Pick<Finding, 'key'>): string => finding.key.split(':')[1] ?? '';

/**
 * An overdue decision is fixed where it was recorded: the Workshop view opens on its decisions panel
 * and the decision's row takes the focus once rendered (the row does that itself, so it works however
 * long the view takes to mount).
 */
export function revealDecisionFinding(finding: Finding): void {
  workshopUiStore.getState().setPanel('decisions');
  decisionsUiStore.getState().focusDecision(decisionIdOfFinding(finding));
  plannerStore.getState().setActiveView('workshop');
}
