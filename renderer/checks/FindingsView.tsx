import { CHECKS, checkDescription, checkTitle } from '../../shared/checks/alignment-checks';
import { useT } from '../i18n/use-t';
import { usePlanner } from '../store/store';
import { FindingCounts } from './FindingCounts';
import { FindingRow } from './FindingRow';
import { countsOf, openCount, selectFindings } from './findings-selector';
import { SeverityTag } from './SeverityTag';
import '../styles/insight.css';

/** Every alignment finding, updated live; acknowledged ones listed apart with their notes. */
export function FindingsView() {
  const t = useT();
  const findings = usePlanner(selectFindings);
  const counts = countsOf(findings);
  const open = findings.filter((f) => !f.acknowledged);
  const acknowledged = findings.filter((f) => f.acknowledged);

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
        <ol className="findings__list" aria-label={t('findings.open')}>
          {open.map((f) => (
            <FindingRow key={f.key} finding={f} />
          ))}
        </ol>
      )}

      {acknowledged.length > 0 && (
        <section className="findings__acknowledged" aria-labelledby="acknowledged-title">
          <h3 id="acknowledged-title" className="insight-page__subtitle">
            {t('findings.acknowledged.title', { count: acknowledged.length })}
          </h3>
          <ol className="findings__list" aria-label={t('findings.acknowledged.list')}>
            {acknowledged.map((f) => (
              <FindingRow key={f.key} finding={f} />
            ))}
          </ol>
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
