import { acknowledgeFinding, unacknowledgeFinding } from '../../shared/checks/acknowledge';
import { addActual, removeActual } from '../../shared/checks/kpi-checkins';
import { setScores, setStarter } from '../../shared/checks/starters';
import type { Dimension, DimensionLevel, GuidingQuestions, Plan, ReadinessAnswer, ReadinessKey } from '../../shared/model';
import { updateGuidingQuestions, updateReadiness, updateReadinessItem } from '../../shared/operations/document';
import { updateApplication } from '../../shared/operations/matrix';
import type { ReadinessTextKey } from '../../shared/checks/readiness';
import { nowIso } from '../clock';
import { commit } from './plan-actions';
import { withPersonalData } from '../../shared/governance/data-classes';

/*
 * Verbs of the insight views (priorities, findings, dimensions, readiness, KPI check-ins). Each is
 * one undo step; typing in a text field passes a coalesceKey per field so a sentence is one step.
 */

export const setApplicationScores = (id: string, impact: number, feasibility: number) => commit((p) => setScores(p, id, impact, feasibility));

export const markStarter = (id: string, starter: boolean) => commit((p) => setStarter(p, id, starter));

/** `now` is an ISO timestamp from the renderer's clock (the domain never reads it). */
export const acknowledge = (findingKey: string, note: string, now: string = nowIso()) =>
  commit((p) => acknowledgeFinding(p, findingKey, note, now));

export const unacknowledge = (findingKey: string) => commit((p) => unacknowledgeFinding(p, findingKey));

function patchDimension(plan: Plan, applicationId: string, dimension: Dimension, patch: { level?: DimensionLevel; note?: string }): Plan {
  const app = plan.applications.find((a) => a.id === applicationId);
  if (!app) return plan;
  const current = app.dimensions[dimension];
  const next = { ...current, ...patch };
  if (next.level === current.level && next.note === current.note) return plan;
  return updateApplication(plan, applicationId, { dimensions: { ...app.dimensions, [dimension]: next } });
}

export const setDimensionLevel = (applicationId: string, dimension: Dimension, level: DimensionLevel) =>
  commit((p) => patchDimension(p, applicationId, dimension, { level }));

export const setDimensionNote = (applicationId: string, dimension: Dimension, note: string) =>
  commit((p) => patchDimension(p, applicationId, dimension, { note }), { coalesceKey: `dimension-note:${applicationId}:${dimension}` });

export const setGuidingQuestion = (key: keyof GuidingQuestions, text: string) =>
  commit((p) => updateGuidingQuestions(p, { [key]: text }), { coalesceKey: `guiding:${key}` });

export const setReadinessText = (key: ReadinessTextKey, text: string) =>
  commit((p) => updateReadiness(p, { [key]: text }), { coalesceKey: `readiness:${key}` });

export const setReadinessAnswer = (key: ReadinessKey, answer: ReadinessAnswer) => commit((p) => updateReadinessItem(p, key, { answer }));

export const setReadinessNote = (key: ReadinessKey, note: string) =>
  commit((p) => updateReadinessItem(p, key, { note }), { coalesceKey: `readiness-note:${key}` });

export const addKpiCheckin = (kpiId: string, checkin: { date: string; value: number; note?: string }) => commit((p) => addActual(p, kpiId, checkin));

export const removeKpiCheckin = (kpiId: string, date: string) => commit((p) => removeActual(p, kpiId, date));

export const setUsesPersonalData = (applicationId: string, usesPersonalData: boolean) =>
  commit((p) => {
    const app = p.applications.find((a) => a.id === applicationId);
    if (!app) return p;
    const dataClasses = withPersonalData(app.governance.dataClasses, usesPersonalData);
    return updateApplication(p, applicationId, { governance: { ...app.governance, dataClasses } });
  });
