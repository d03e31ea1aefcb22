import { CHECKS, checkDescription, checkTitle } from '../../shared/checks/alignment-checks';
import { useT } from '../i18n/use-t';
import { usePlanner } from '../store/store';
import { FindingCounts } from './FindingCounts';
import { useMemo } from 'react';
import { FindingList } from './FindingList';
import { countsOf, openCount, selectFindings } from './findings-selector';
import { SeverityTag } from './SeverityTag';
import '../styles/insight.css';

/** Every alignment finding, updated live; acknowledged ones listed apart with their notes. */
export function FindingsView() {
  const t = useT();
  const findings = usePlanner(selectFindings);
  const counts = countsOf(findings);
  // Memoised so that the windowed lists keep their items while the plan stays the same.
  const open = useMemo(() => findings.filter((f) => !f.acknowledged), [findings]);
  const acknowledged = useMemo(() => findings.filter((f) => f.acknowledged), [findings]);
  // Like every view, this one brings its selection into sight: the first finding of the selected item.
  const selection = usePlanner((s) => s.selection);
  const reveal = useMemo(
    () => (selection ? [...open, ...acknowledged].find((f) => f.item?.kind === selection.kind && f.item.id === selection.id)?.key ?? null : null),
    [open, acknowledged, selection],
  );

  return (
    <div className="findings insight-page">
      <header className="insight-page__header">
        <div>
          <h2 className="insight-page__title">{t('findings.title')}</h2>
          <p className="insight-page__lead">{t('findings.lead')}</p>
        </div>
        <FindingCounts counts={counts} />
      </header>

      {openCount(counts) === 0 ? (
        <p className="findings__none" data-testid="no-findings">
          <span aria-hidden="true">✓</span> {t('findings.none', { acknowledged: acknowledged.length ? 'yes' : 'no' })}
        </p>
      ) : (
        <FindingList findings={open} label={t('findings.open')} reveal={reveal} />
      )}

      {acknowledged.length > 0 && (
        <section className="findings__acknowledged" aria-labelledby="acknowledged-title">
          <h3 id="acknowledged-title" className="insight-page__subtitle">
            {t('findings.acknowledged.title', { count: acknowledged.length })}
          </h3>
          <FindingList findings={acknowledged} label={t('findings.acknowledged.list')} reveal={reveal} />
        </section>
      )}

      <details className="findings__checks">
        <summary>{t('findings.checks.summary', { count: CHECKS.length })}</summary>
        <ul className="check-list" data-testid="check-list">
          {CHECKS.map((check) => (
            <li key={check.id} className="check-list__item" data-check-id={check.id}>
              <SeverityTag severity={check.severity} />
              <span>
                <strong>{checkTitle(check.id, t)}.</strong> {checkDescription(check.id, t)}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
