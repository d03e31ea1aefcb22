import { alignmentFindings, CHECKS, findingCounts, type CheckId, type Finding, type Severity } from '../../shared/checks/alignment-checks';
import { readinessScore, type ReadinessGap } from '../../shared/checks/readiness';
import type { Plan } from '../../shared/model';
import { kindHeading } from '../../shared/labels';
import { plural } from './cli-io';

/*
 * What `aiplan check` reports, built from the same shared/ functions the Findings and Readiness views
 * call. The JSON form is a documented interface (README, "Command line"): keys keep their meaning
 * from one version to the next, and later features add their figures as new top-level sections.
 */

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

export type ItemKind = NonNullable<Finding['item']>['kind'];

export interface CheckReportFinding {
  /** Stable across runs; an acknowledgement in the plan names it. */
  key: string;
  ruleId: CheckId;
  /** The rule's title, as the Findings view shows it. */
  rule: string;
  severity: Severity;
  /** The item concerned; kind "plan" with id null for the plan as a whole. */
  item: { kind: ItemKind; id: string | null; title: string };
  message: string;
  /** Other items involved (both ends of a dependency, every pilot of a crowded quarter). */
  related: { kind: string; id: string }[];
  acknowledged: boolean;
  /** The note and time of the acknowledgement saved in the plan; null when not acknowledged. */
  acknowledgement: { note: string; at: string } | null;
}

export interface CheckReport {
  report: 'aiplan-check';
  reportVersion: 1;
  /** The plan file as named on the command line. */
  file: string;
  valid: true;
  plan: { title: string; organisation: string; migratedFrom: number | null };
  /** The local calendar day the checks were run for (check-in cadences count from it). */
  today: string;
  findings: CheckReportFinding[];
  /** Open (not acknowledged) findings by severity, and how many are acknowledged. */
  counts: Record<Severity, number> & { acknowledged: number };
  readiness: { score: number; answered: number; total: number; gaps: Pick<ReadinessGap, 'key' | 'label' | 'answer'>[] };
  /** The --fail-on severity, or null; `failing` counts the open findings at or above it. */
  failOn: Severity | null;
  failing: number;
}

/** What `check --json` prints for a file that is not a valid plan (exit code 1). */
export interface InvalidCheckReport {
  report: 'aiplan-check';
  reportVersion: 1;
  file: string;
  valid: false;
  error: { code: string; message: string; details: string[] };
}

const RULE_TITLES = new Map<CheckId, string>(CHECKS.map((c) => [c.id, c.title]));

/** Severities at or above `failOn`: high for high, high and medium for medium, all three for low. */
export function severitiesAtOrAbove(failOn: Severity): readonly Severity[] {
  return SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1);
}

export function buildCheckReport(
  plan: Plan,
  options: { file: string; today: string; migratedFrom: number | null; failOn: Severity | null },
): CheckReport {
  const findings = alignmentFindings(plan, { today: options.today });
  const counts = findingCounts(findings);
  const acknowledgedAt = new Map(plan.acknowledgements.map((a) => [a.findingKey, a.at]));
  const readiness = readinessScore(plan);
  return {
    report: 'aiplan-check',
    reportVersion: 1,
    file: options.file,
    valid: true,
    plan: { title: plan.meta.title, organisation: plan.meta.organisation, migratedFrom: options.migratedFrom },
    today: options.today,
    findings: findings.map((f) => ({
      key: f.key,
      ruleId: f.checkId,
      rule: RULE_TITLES.get(f.checkId)!,
      severity: f.severity,
      item: { kind: f.item?.kind ?? 'plan', id: f.item?.id ?? null, title: f.itemTitle },
      message: f.message,
      related: (f.related ?? []).map((r) => ({ kind: r.kind, id: r.id })),
      acknowledged: f.acknowledged,
      acknowledgement: f.acknowledged ? { note: f.acknowledgementNote ?? '', at: acknowledgedAt.get(f.key) ?? '' } : null,
    })),
    counts,
    readiness: {
      score: readiness.score,
      answered: readiness.answered,
      total: readiness.total,
      gaps: readiness.gaps.map((g) => ({ key: g.key, label: g.label, answer: g.answer })),
    },
    failOn: options.failOn,
    failing: options.failOn === null ? 0 : severitiesAtOrAbove(options.failOn).reduce((n, s) => n + counts[s], 0),
  };
}


const SEVERITY_HEADINGS: Record<Severity, string> = { high: 'HIGH', medium: 'MEDIUM', low: 'LOW' };

/** The report as plain text for a person: a summary line, the findings grouped by severity, readiness. */
export function formatCheckReport(report: CheckReport): string[] {
  const { counts } = report;
  const open = counts.high + counts.medium + counts.low;
  const lines = [
    `${report.plan.title} (${report.file})`,
    `Checked on ${report.today}: ${plural(open, 'open finding')} (${counts.high} high, ${counts.medium} medium, ${counts.low} low), ${counts.acknowledged === 0 ? 'none' : counts.acknowledged} acknowledged.`,
  ];
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    const acknowledged = group.filter((f) => f.acknowledged).length;
    lines.push('', `${SEVERITY_HEADINGS[severity]}: ${group.length - acknowledged} open${acknowledged ? `, ${acknowledged} acknowledged` : ''}`);
    for (const f of group) {
      const where = f.item.id === null ? `${kindHeading(f.item.kind)} "${f.item.title}"` : `${kindHeading(f.item.kind)} "${f.item.title}" (id ${f.item.id})`;
      lines.push(`  [${f.ruleId}] ${f.rule}${f.acknowledged ? ' (acknowledged)' : ''}`, `    ${where}`, `    ${f.message}`);
      if (f.acknowledgement)
        lines.push(f.acknowledgement.note.trim() === '' ? '    Acknowledged without a note.' : `    Acknowledged: "${f.acknowledgement.note.replace(/\r?\n/g, '\n      ')}"`);
    }
  }
  const { readiness } = report;
  lines.push('', `Readiness: ${readiness.score} of 100 (${readiness.answered} of ${readiness.total} answered, ${plural(readiness.gaps.length, 'gap')})`);
  return lines;
}
