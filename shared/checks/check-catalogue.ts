import { t as activeT } from '../i18n/active-locale';
import type { MessageKey, Translate } from '../i18n/translator';

/*
 * What the alignment checks are: each check's id, severity, the view that fixes it and its title and
 * description as catalogue keys. The findings panel, the README and the PDF list what is checked from
 * here; alignment-checks.ts runs them.
 */

export type Severity = 'high' | 'medium' | 'low';
/** Where the UI should go to fix a finding of this check. */
export type CheckView = 'matrix' | 'roadmap' | 'priorities' | 'dimensions' | 'kpis' | 'governance' | 'value' | 'workshop';

interface CheckDefinition {
  id: string;
  /** In the active language, read when shown; `checkTitle(id, t)` for another. */
  readonly title: string;
  readonly description: string;
  severity: Severity;
  view: CheckView;
}

/** The catalogue keys of each check's title and description. */
const CHECK_TEXT = {
  'unaligned-application': ['domain.check.unaligned-application.title', 'domain.check.unaligned-application.description'],
  'application-without-kpi': ['domain.check.application-without-kpi.title', 'domain.check.application-without-kpi.description'],
  'personal-data-ethics': ['domain.check.personal-data-ethics.title', 'domain.check.personal-data-ethics.description'],
  'scale-before-pilot': ['domain.check.scale-before-pilot.title', 'domain.check.scale-before-pilot.description'],
  'dependency-backwards': ['domain.check.dependency-backwards.title', 'domain.check.dependency-backwards.description'],
  'pillar-without-objective': ['domain.check.pillar-without-objective.title', 'domain.check.pillar-without-objective.description'],
  'objective-without-application': ['domain.check.objective-without-application.title', 'domain.check.objective-without-application.description'],
  'kpi-missing-baseline-or-target': ['domain.check.kpi-missing-baseline-or-target.title', 'domain.check.kpi-missing-baseline-or-target.description'],
  'application-without-owner': ['domain.check.application-without-owner.title', 'domain.check.application-without-owner.description'],
  'kpi-without-owner': ['domain.check.kpi-without-owner.title', 'domain.check.kpi-without-owner.description'],
  'duplicate-application': ['domain.check.duplicate-application.title', 'domain.check.duplicate-application.description'],
  'crowded-quarter': ['domain.check.crowded-quarter.title', 'domain.check.crowded-quarter.description'],
  'item-outside-horizon': ['domain.check.item-outside-horizon.title', 'domain.check.item-outside-horizon.description'],
  'no-starter': ['domain.check.no-starter.title', 'domain.check.no-starter.description'],
  'too-many-starters': ['domain.check.too-many-starters.title', 'domain.check.too-many-starters.description'],
  'kpi-drifting': ['domain.check.kpi-drifting.title', 'domain.check.kpi-drifting.description'],
  'kpi-checkin-overdue': ['domain.check.kpi-checkin-overdue.title', 'domain.check.kpi-checkin-overdue.description'],
  'prohibited-practice': ['governance.check.prohibited-practice.title', 'governance.check.prohibited-practice.description'],
  'high-risk-scale-unplanned': ['governance.check.high-risk-scale-unplanned.title', 'governance.check.high-risk-scale-unplanned.description'],
  'shadow-ai': ['governance.check.shadow-ai.title', 'governance.check.shadow-ai.description'],
  'transparency-step-missing': ['governance.check.transparency-step-missing.title', 'governance.check.transparency-step-missing.description'],
  'untriaged-application': ['governance.check.untriaged-application.title', 'governance.check.untriaged-application.description'],
  'high-risk-unmitigated': ['governance.check.high-risk-unmitigated.title', 'governance.check.high-risk-unmitigated.description'],
  'no-literacy-step': ['governance.check.no-literacy-step.title', 'governance.check.no-literacy-step.description'],
  'tool-review-overdue': ['governance.check.tool-review-overdue.title', 'governance.check.tool-review-overdue.description'],
  'year-over-budget': ['value.check.year-over-budget.title', 'value.check.year-over-budget.description'],
  'cost-without-benefit': ['value.check.cost-without-benefit.title', 'value.check.cost-without-benefit.description'],
  'payback-past-horizon': ['value.check.payback-past-horizon.title', 'value.check.payback-past-horizon.description'],
  'expensive-starter': ['value.check.expensive-starter.title', 'value.check.expensive-starter.description'],
  'effort-without-day-rate': ['value.check.effort-without-day-rate.title', 'value.check.effort-without-day-rate.description'],
  'decision-overdue': ['workshop.check.decision-overdue.title', 'workshop.check.decision-overdue.description'],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>;

/** A check whose title and description are read in the active language each time they are shown. */
function check<const Id extends keyof typeof CHECK_TEXT, const S extends Severity, const V extends CheckView>(id: Id, severity: S, view: V) {
  return {
    id,
    severity,
    view,
    get title(): string {
      return activeT(CHECK_TEXT[id][0]);
    },
    get description(): string {
      return activeT(CHECK_TEXT[id][1]);
    },
  };
}

/** Every check, in the order findings of equal severity are listed. */
export const CHECKS = [
  check('unaligned-application', 'high', 'matrix'),
  check('application-without-kpi', 'high', 'matrix'),
  check('personal-data-ethics', 'high', 'dimensions'),
  check('scale-before-pilot', 'high', 'roadmap'),
  check('dependency-backwards', 'high', 'roadmap'),
  check('pillar-without-objective', 'medium', 'matrix'),
  check('objective-without-application', 'medium', 'matrix'),
  check('kpi-missing-baseline-or-target', 'medium', 'kpis'),
  check('application-without-owner', 'medium', 'matrix'),
  check('kpi-without-owner', 'medium', 'kpis'),
  check('duplicate-application', 'medium', 'matrix'),
  check('crowded-quarter', 'medium', 'roadmap'),
  check('item-outside-horizon', 'medium', 'roadmap'),
  check('no-starter', 'medium', 'priorities'),
  check('too-many-starters', 'low', 'priorities'),
  check('kpi-drifting', 'medium', 'kpis'),
  check('kpi-checkin-overdue', 'low', 'kpis'),
  // Governance of the AI itself (#16), run by governance-checks.ts.
  check('prohibited-practice', 'high', 'governance'),
  check('high-risk-scale-unplanned', 'high', 'governance'),
  check('shadow-ai', 'high', 'governance'),
  check('transparency-step-missing', 'medium', 'governance'),
  check('untriaged-application', 'medium', 'governance'),
  check('high-risk-unmitigated', 'medium', 'governance'),
  check('no-literacy-step', 'medium', 'governance'),
  check('tool-review-overdue', 'low', 'governance'),
  // What it costs and returns (#15), run by value-checks.ts.
  check('year-over-budget', 'medium', 'value'),
  check('cost-without-benefit', 'medium', 'value'),
  check('payback-past-horizon', 'low', 'value'),
  check('expensive-starter', 'low', 'value'),
  check('effort-without-day-rate', 'low', 'value'),
  // The off-site's decisions (#17), run by workshop-checks.ts.
  check('decision-overdue', 'medium', 'workshop'),
] as const satisfies readonly CheckDefinition[];

export type CheckId = (typeof CHECKS)[number]['id'];
export type CheckInfo = (typeof CHECKS)[number];

/** A check's title in t's language ("AI application with no KPI"). */
export const checkTitle = (id: CheckId, t: Translate = activeT): string => t(CHECK_TEXT[id][0]);
/** A check's one-sentence description in t's language. */
export const checkDescription = (id: CheckId, t: Translate = activeT): string => t(CHECK_TEXT[id][1]);
