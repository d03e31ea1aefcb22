import { alignmentFindings, CHECKS, findingCounts, type CheckId, type Finding, type Severity } from '../../shared/checks/alignment-checks';
import { readinessScore, type ReadinessGap } from '../../shared/checks/readiness';
import type { Plan } from '../../shared/model';
import { kindHeading } from '../../shared/labels';
import { t } from '../../shared/i18n/active-locale';
import type { MessageKey } from '../../shared/i18n/translator';
import { formatValueSummary, valueReport, type ValueReport } from './value-report';
import { formatWorkshopSummary, workshopReport, type WorkshopReport } from './workshop-report';
import { historyReport, type HistoryReport } from './history-report';
import { translator } from '../../shared/i18n/translator';
import type { AiActTier, DataClass, RiskStatus, ToolStatus } from '../../shared/model';
import { triageResult } from '../../shared/governance/triage';
import { dutiesWithinHorizon, planObligations } from '../../shared/governance/obligations';
import { HIGH_RISK_SCORE, riskScore } from '../../shared/governance/risk-library';
import { notLegalAdvice } from '../../shared/governance/governance-labels';
import type { TriageQuestion } from '../../shared/governance/governance-labels';

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
  /** AI Act tiers, tools, data classes, risks and duties (#16), added in report version 1 without changing the keys above. */
  governance: CheckReportGovernance;
  /** What it costs and returns (#15), added in report version 1 without changing the keys above. */
  value: ValueReport;
  /** The off-site (#17): agenda, participants, voting, parked questions and decisions, added in report version 1 without changing the keys above. */
  workshop: WorkshopReport;
  /** The document's id and its snapshots (#20), added in report version 1 without changing the keys above. */
  history: HistoryReport;
}

/** Risks not closed, by score (likelihood × impact): high 15–25, medium 8–14, low 1–7. */
export interface RiskCounts {
  total: number;
  closed: number;
  high: number;
  medium: number;
  low: number;
}

export interface CheckReportGovernance {
  /** "Guidance to prepare a conversation with an adviser, not legal advice." */
  guidance: string;
  /** The duties table the plan follows: shipped with the app, or the plan's own copy ("custom"), and its as-of date. */
  obligations: { asOf: string; custom: boolean };
  /** When staff get their AI-literacy step, "YYYY-MM", or null. */
  literacyMonth: string | null;
  applications: {
    id: string;
    title: string;
    tier: { proposed: AiActTier | null; effective: AiActTier | null; overridden: boolean; triaged: boolean; reason: string; missing: TriageQuestion[] };
    /** Ids of tools in `tools`. */
    toolIds: string[];
    dataClasses: DataClass[];
    risks: RiskCounts;
  }[];
  tools: { id: string; name: string; vendor: string; owner: string; status: ToolStatus; dataClasses: DataClass[]; reviewDate: string | null }[];
  /** Duties that start applying inside the horizon for the applications they concern, by date; their text in English. */
  dutiesWithinHorizon: { id: string; month: string; applies: string; tier: string; role: string; duty: string; source: string; applicationIds: string[] }[];
}

/** What `check --json` prints for a file that is not a valid plan (exit code 1). */
export interface InvalidCheckReport {
  report: 'aiplan-check';
  reportVersion: 1;
  file: string;
  valid: false;
  error: { code: string; message: string; details: string[] };
}

/** The rule's title, as the Findings view shows it now (in the active language, once checks are translated). */
const ruleTitle = (id: CheckId): string => CHECKS.find((c) => c.id === id)!.title;

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
      rule: ruleTitle(f.checkId),
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
    governance: governanceReport(plan),
    value: valueReport(plan, options.today),
    workshop: workshopReport(plan, options.today),
    history: historyReport(plan),
  };
}

const riskBand = (score: number): 'high' | 'medium' | 'low' => (score >= HIGH_RISK_SCORE ? 'high' : score >= 8 ? 'medium' : 'low');

function riskCounts(risks: readonly { likelihood: number; impact: number; status: RiskStatus }[]): RiskCounts {
  const counts: RiskCounts = { total: risks.length, closed: 0, high: 0, medium: 0, low: 0 };
  for (const risk of risks) {
    if (risk.status === 'closed') counts.closed += 1;
    else counts[riskBand(riskScore(risk))] += 1;
  }
  return counts;
}

// Keys and the duties' words stay in English, as the rest of the JSON's keys do; reasons follow --lang like messages.
const english = translator('en');

function governanceReport(plan: Plan): CheckReportGovernance {
  const table = planObligations(plan, english);
  return {
    guidance: notLegalAdvice(),
    obligations: { asOf: table.asOf, custom: table.custom },
    literacyMonth: plan.governance.literacyMonth,
    applications: plan.applications
      .filter((a) => a.status !== 'retired')
      .map((a) => {
        const result = triageResult(a);
        return {
          id: a.id,
          title: a.title,
          tier: {
            proposed: result.proposed,
            effective: result.effective,
            overridden: result.overridden,
            triaged: result.effective !== null,
            reason: t(result.reason, result.reasonValues),
            missing: result.missing,
          },
          toolIds: [...a.governance.toolIds],
          dataClasses: [...a.governance.dataClasses],
          risks: riskCounts(a.governance.risks),
        };
      }),
    tools: plan.governance.tools.map((tool) => ({
      id: tool.id,
      name: tool.name,
      vendor: tool.vendor,
      owner: tool.owner,
      status: tool.status,
      dataClasses: [...tool.dataClasses],
      reviewDate: tool.reviewDate,
    })),
    dutiesWithinHorizon: dutiesWithinHorizon(plan, english).map((d) => ({
      id: d.obligation.id,
      month: d.month,
      applies: d.obligation.applies,
      tier: d.obligation.tier,
      role: d.obligation.role,
      duty: d.obligation.duty,
      source: d.obligation.source,
      applicationIds: d.applications,
    })),
  };
}


const SEVERITY_HEADINGS: Record<Severity, MessageKey> = { high: 'cli.check.heading.high', medium: 'cli.check.heading.medium', low: 'cli.check.heading.low' };

/** The report as plain text for a person: a summary line, the findings grouped by severity, readiness. */
export function formatCheckReport(report: CheckReport): string[] {
  const { counts } = report;
  const open = counts.high + counts.medium + counts.low;
  const lines = [
    `${report.plan.title} (${report.file})`,
    t('cli.check.checked', { day: report.today, open, high: counts.high, medium: counts.medium, low: counts.low, acknowledged: counts.acknowledged }),
  ];
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    const acknowledged = group.filter((f) => f.acknowledged).length;
    const heading = t(SEVERITY_HEADINGS[severity]);
    const open = group.length - acknowledged;
    lines.push('', acknowledged ? t('cli.check.groupWithAcknowledged', { heading, open, acknowledged }) : t('cli.check.group', { heading, open }));
    for (const f of group) {
      // The plan as a whole is not one of the item kinds the labels name.
      const kind = f.item.kind === 'plan' ? t('cli.check.planKind') : kindHeading(f.item.kind);
      const where = f.item.id === null ? t('cli.check.item', { kind, title: f.item.title }) : t('cli.check.itemWithId', { kind, title: f.item.title, id: f.item.id });
      lines.push(`  [${f.ruleId}] ${f.acknowledged ? t('cli.check.ruleAcknowledged', { rule: f.rule }) : f.rule}`, `    ${where}`, `    ${f.message}`);
      if (f.acknowledgement)
        lines.push(
          f.acknowledgement.note.trim() === ''
            ? `    ${t('cli.check.acknowledgedWithoutNote')}`
            : `    ${t('cli.check.acknowledgedNote', { note: f.acknowledgement.note.replace(/\r?\n/g, '\n      ') })}`,
        );
    }
  }
  const { readiness, governance } = report;
  lines.push('', t('cli.check.readiness', { score: readiness.score, answered: readiness.answered, total: readiness.total, gaps: readiness.gaps.length }));
  const apps = governance.applications;
  const highRisks = apps.reduce((n, a) => n + a.risks.high, 0);
  lines.push(
    t('governance.cli.summary', {
      triaged: apps.filter((a) => a.tier.triaged).length,
      total: apps.length,
      tools: governance.tools.length,
      risks: apps.reduce((n, a) => n + a.risks.total - a.risks.closed, 0),
      high: highRisks,
      duties: governance.dutiesWithinHorizon.length,
    }),
    governance.guidance,
  );
  lines.push(formatValueSummary(report.value));
  lines.push(...formatWorkshopSummary(report.workshop));
  return lines;
}
