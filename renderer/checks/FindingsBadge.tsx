import type { ViewId } from '../../shared/commands/command-catalogue';
import { usePlanner, plannerStore } from '../store/store';
import { openCount, selectFindingCounts } from './findings-selector';
import '../styles/insight.css';

export const FINDINGS_VIEW_ID: ViewId = 'checks';

/** "3 findings" in the status line; opens the findings view. Severity shows as text, not only colour. */
export function FindingsBadge() {
  const counts = usePlanner(selectFindingCounts);
  const hasPlan = usePlanner((s) => s.plan !== null);
  if (!hasPlan) return null;
  const open = openCount(counts);
  const detail = [counts.high && `${counts.high} high`, counts.medium && `${counts.medium} medium`, counts.low && `${counts.low} low`].filter(Boolean).join(', ');
  const tone = counts.high > 0 ? 'high' : open > 0 ? 'open' : 'none';
  return (
    <button
      type="button"
      className={`findings-badge findings-badge--${tone}`}
      data-testid="findings-badge"
      data-count={open}
      title={open ? `Alignment findings: ${detail}. Show the findings.` : 'No open alignment findings. Show the checks.'}
      onClick={() => plannerStore.getState().setActiveView(FINDINGS_VIEW_ID)}
    >
      <span aria-hidden="true">{counts.high > 0 ? '▲' : open > 0 ? '■' : '✓'}</span> {open === 0 ? 'No findings' : `${open} ${open === 1 ? 'finding' : 'findings'}`}
    </button>
  );
}
