import type { FindingCounts as Counts } from './findings-selector';
import { useT } from '../i18n/use-t';
import { SeverityTag } from './SeverityTag';

/** "▲ High 2 · ■ Medium 5 · ● Low 1 · 1 acknowledged" */
export function FindingCounts({ counts }: { counts: Counts }) {
  const t = useT();
  return (
    <ul className="finding-counts" aria-label={t('findings.counts.label')} data-testid="finding-counts">
      {(['high', 'medium', 'low'] as const).map((severity) => (
        <li key={severity} className={`finding-counts__item finding-counts__item--${severity}`} data-severity={severity} data-count={counts[severity]}>
          <SeverityTag severity={severity} /> <strong className="finding-counts__number">{counts[severity]}</strong>
        </li>
      ))}
      <li className="finding-counts__item finding-counts__item--acknowledged" data-severity="acknowledged" data-count={counts.acknowledged}>
        <strong className="finding-counts__number">{counts.acknowledged}</strong> {t('findings.counts.acknowledged', { count: counts.acknowledged })}
      </li>
    </ul>
  );
}
