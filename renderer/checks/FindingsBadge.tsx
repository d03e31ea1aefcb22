import type { ViewId } from '../../shared/commands/command-catalogue';
import { useT } from '../i18n/use-t';
import { usePlanner, plannerStore } from '../store/store';
import { openCount, selectFindingCounts } from './findings-selector';
import '../styles/insight.css';

export const FINDINGS_VIEW_ID: ViewId = 'checks';

/** "3 findings" in the status line; opens the findings view. Severity shows as text, not only colour. */
export function FindingsBadge() {
  const t = useT();
  const counts = usePlanner(selectFindingCounts);
  const hasPlan = usePlanner((s) => s.plan !== null);
  if (!hasPlan) return null;
  const open = openCount(counts);
  const detail = [
    counts.high && t('findings.badge.high', { count: counts.high }),
    counts.medium && t('findings.badge.medium', { count: counts.medium }),
    counts.low && t('findings.badge.low', { count: counts.low }),
  ]
    .filter(Boolean)
    .join(', ');
  const tone = counts.high > 0 ? 'high' : open > 0 ? 'open' : 'none';
  return (
    <button
      type="button"
      className={`findings-badge findings-badge--${tone}`}
      data-testid="findings-badge"
      data-count={open}
      title={open ? t('findings.badge.title', { detail }) : t('findings.badge.title.none')}
      onClick={() => plannerStore.getState().setActiveView(FINDINGS_VIEW_ID)}
    >
      <span aria-hidden="true">{counts.high > 0 ? '▲' : open > 0 ? '■' : '✓'}</span> {open === 0 ? t('findings.badge.none') : t('findings.badge.count', { count: open })}
    </button>
  );
}
