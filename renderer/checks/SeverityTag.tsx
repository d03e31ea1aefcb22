import type { Severity } from '../../shared/checks/alignment-checks';
import type { MessageKey } from '../../shared/i18n/translator';
import { useT } from '../i18n/use-t';

export const SEVERITY_KEYS: Record<Severity, MessageKey> = { high: 'findings.severity.high', medium: 'findings.severity.medium', low: 'findings.severity.low' };
/** A shape per severity, so the level reads without colour (and in grey on a projector). */
const SEVERITY_SYMBOLS: Record<Severity, string> = { high: '▲', medium: '■', low: '●' };

export function SeverityTag({ severity }: { severity: Severity }) {
  const t = useT();
  return (
    <span className={`severity severity--${severity}`}>
      <span aria-hidden="true">{SEVERITY_SYMBOLS[severity]}</span> {t(SEVERITY_KEYS[severity])}
    </span>
  );
}
