import type { Severity } from '../../shared/checks/alignment-checks';

export const SEVERITY_LABELS: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low' };
/** A shape per severity, so the level reads without colour (and in grey on a projector). */
const SEVERITY_SYMBOLS: Record<Severity, string> = { high: '▲', medium: '■', low: '●' };

export function SeverityTag({ severity }: { severity: Severity }) {
  return (
    <span className={`severity severity--${severity}`}>
      <span aria-hidden="true">{SEVERITY_SYMBOLS[severity]}</span> {SEVERITY_LABELS[severity]}
    </span>
  );
}
