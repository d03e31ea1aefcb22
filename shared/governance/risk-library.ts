import type { OpContext, Plan, Risk } from '../model';
import type { MessageKey, Translate } from '../i18n/translator';

/*
 * The built-in library of common AI risks (#16): a team seeds an application's risk register from
 * it and then edits each risk as its own. Default scores are a starting point for the conversation,
 * not an assessment.
 */

export interface LibraryRisk {
  key: string;
  title: MessageKey;
  mitigation: MessageKey;
  likelihood: number;
  impact: number;
}

export const RISK_LIBRARY: readonly LibraryRisk[] = [
  { key: 'wrong-output', title: 'governance.risk.wrong-output.title', mitigation: 'governance.risk.wrong-output.mitigation', likelihood: 4, impact: 3 },
  { key: 'bias', title: 'governance.risk.bias.title', mitigation: 'governance.risk.bias.mitigation', likelihood: 3, impact: 4 },
  { key: 'data-leak', title: 'governance.risk.data-leak.title', mitigation: 'governance.risk.data-leak.mitigation', likelihood: 3, impact: 4 },
  { key: 'prompt-injection', title: 'governance.risk.prompt-injection.title', mitigation: 'governance.risk.prompt-injection.mitigation', likelihood: 2, impact: 4 },
  { key: 'lock-in', title: 'governance.risk.lock-in.title', mitigation: 'governance.risk.lock-in.mitigation', likelihood: 3, impact: 3 },
  { key: 'drift', title: 'governance.risk.drift.title', mitigation: 'governance.risk.drift.mitigation', likelihood: 3, impact: 3 },
  { key: 'over-reliance', title: 'governance.risk.over-reliance.title', mitigation: 'governance.risk.over-reliance.mitigation', likelihood: 3, impact: 3 },
  { key: 'accountability', title: 'governance.risk.accountability.title', mitigation: 'governance.risk.accountability.mitigation', likelihood: 3, impact: 3 },
];

export const RISK_LIBRARY_KEYS: readonly string[] = RISK_LIBRARY.map((r) => r.key);

/** A risk's score: likelihood × impact, 1–25. */
export const riskScore = (risk: Pick<Risk, 'likelihood' | 'impact'>): number => risk.likelihood * risk.impact;

/** The score from which a risk counts as high (and needs a mitigation and an owner). */
export const HIGH_RISK_SCORE = 15;

/**
 * Adds the library's risks named by `keys` (or all of them) to the application's register, in t's
 * language, owned by the application's owner; risks already seeded (same library key) are skipped.
 * The same plan when nothing is added or the application does not exist.
 */
export function seedRisks(plan: Plan, applicationId: string, keys: readonly string[] | 'all', ctx: OpContext, t: Translate): Plan {
  const app = plan.applications.find((a) => a.id === applicationId);
  if (!app) return plan;
  const present = new Set(app.governance.risks.map((r) => r.libraryKey).filter((k) => k !== null));
  const wanted = RISK_LIBRARY.filter((entry) => (keys === 'all' || keys.includes(entry.key)) && !present.has(entry.key));
  if (!wanted.length) return plan;
  const added: Risk[] = wanted.map((entry) => ({
    id: ctx.newId(),
    title: t(entry.title),
    likelihood: entry.likelihood,
    impact: entry.impact,
    mitigation: t(entry.mitigation),
    owner: app.owner,
    reviewDate: null,
    status: 'open',
    libraryKey: entry.key,
  }));
  const applications = plan.applications.map((a) => (a === app ? { ...a, governance: { ...a.governance, risks: [...a.governance.risks, ...added] } } : a));
  return { ...plan, applications };
}
