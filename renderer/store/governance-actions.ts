import type { AiActTier, DataClass, Obligation, Risk, Tool, Triage } from '../../shared/model';
import {
  addRisk as addRiskOp,
  addTool as addToolOp,
  removeRisk as removeRiskOp,
  removeTool as removeToolOp,
  resetObligations as resetObligationsOp,
  setApplicationTools,
  setDataClasses,
  setLiteracyMonth as setLiteracyMonthOp,
  setObligations,
  setTierOverride,
  setTriageAnswer,
  updateRisk,
  updateTool,
} from '../../shared/governance/governance-ops';
import { copyShippedObligations } from '../../shared/governance/obligations';
import { seedRisks } from '../../shared/governance/risk-library';
import { t } from '../../shared/i18n/active-locale';
import { nowIso, today } from '../clock';
import { newId } from './ids';
import { commit } from './plan-actions';
import { plannerStore } from './store';

/*
 * Verbs of the Governance view and the detail panel's Governance section (#16). Each is one undo
 * step; typing in a text field passes a coalesceKey per item and field, so a sentence is one step.
 */

type TriageAnswers = Partial<Omit<Triage, 'override'>>;

const typingKey = (kind: string, id: string, patch: object) => ({ coalesceKey: `${kind}:${id}:${Object.keys(patch).sort().join(',')}` });

/** The context the domain's add verbs take: one id made here, so the recipe gives the same plan each time it runs. */
const context = (id = newId()) => ({ now: nowIso(), newId: () => id });

export const answerTriage = (applicationId: string, patch: TriageAnswers) => commit((p) => setTriageAnswer(p, applicationId, patch));

export const overrideTier = (applicationId: string, tier: AiActTier | null, note = '') =>
  commit((p) => setTierOverride(p, applicationId, tier ? { tier, note } : null));

export const setOverrideNote = (applicationId: string, tier: AiActTier, note: string) =>
  commit((p) => setTierOverride(p, applicationId, { tier, note }), { coalesceKey: `override-note:${applicationId}` });

export const setToolsOfApplication = (applicationId: string, toolIds: readonly string[]) => commit((p) => setApplicationTools(p, applicationId, toolIds));

export const setDataClassesOfApplication = (applicationId: string, classes: readonly DataClass[]) => commit((p) => setDataClasses(p, applicationId, classes));

/** Adds an empty tool to the register; returns its id. */
export function addTool(partial: Partial<Omit<Tool, 'id'>> = {}): string | null {
  const id = newId();
  return commit((p) => addToolOp(p, context(id), partial).plan) ? id : null;
}

export const editTool = (id: string, patch: Partial<Omit<Tool, 'id'>>, typing = false) =>
  commit((p) => updateTool(p, id, patch), typing ? typingKey('tool', id, patch) : undefined);

/** Removes a tool (and its links from applications), undoably, and says so in the status line. */
export function removeTool(id: string, name: string): boolean {
  const removed = commit((p) => removeToolOp(p, id));
  if (removed) plannerStore.getState().setStatusMessage(t('governanceUi.tools.removed', { name }));
  return removed;
}

/** Adds a risk to an application's register; returns its id. */
export function addRisk(applicationId: string, partial: Partial<Omit<Risk, 'id'>> = {}): string | null {
  const id = newId();
  return commit((p) => addRiskOp(p, applicationId, context(id), partial).plan) ? id : null;
}

export const editRisk = (applicationId: string, riskId: string, patch: Partial<Omit<Risk, 'id'>>, typing = false) =>
  commit((p) => updateRisk(p, applicationId, riskId, patch), typing ? typingKey('risk', riskId, patch) : undefined);

export function removeRisk(applicationId: string, riskId: string, title: string): boolean {
  const removed = commit((p) => removeRiskOp(p, applicationId, riskId));
  if (removed) plannerStore.getState().setStatusMessage(t('governanceUi.risk.removed', { title }));
  return removed;
}

/** Adds the library's common risks the application does not have yet, in the language shown, as one step. */
export function seedCommonRisks(applicationId: string): boolean {
  const ids: string[] = [];
  let next = 0;
  // The recipe may run more than once: the n-th id it asks for is always the same.
  const ctx = {
    now: nowIso(),
    newId: () => {
      ids[next] ??= newId();
      return ids[next++]!;
    },
  };
  return commit((p) => {
    next = 0;
    return seedRisks(p, applicationId, 'all', ctx, t);
  });
}

export const setLiteracyMonth = (month: string | null) => commit((p) => setLiteracyMonthOp(p, month));

/** Starts the plan's own copy of the duties table from the shipped one, as of today. */
export const copyDutiesTable = () => commit((p) => copyShippedObligations(p, t, today()));

/** Replaces the plan's own duties table; the table is now as of today. */
export const editDutiesTable = (rows: readonly Obligation[], typingRow?: string) =>
  commit((p) => setObligations(p, rows, today()), typingRow ? { coalesceKey: `obligation:${typingRow}` } : undefined);

export const resetDutiesTable = () => commit((p) => resetObligationsOp(p));
