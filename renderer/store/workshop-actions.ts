import type { Decision, Voting, WorkshopStep } from '../../shared/model';
import { applyVoteResults } from '../../shared/workshop/tally';
import {
  addDecision as addDecisionOp,
  addParked as addParkedOp,
  addParticipant as addParticipantOp,
  addStep as addStepOp,
  clearVotes as clearVotesOp,
  moveStep as moveStepOp,
  parkedToDecision as parkedToDecisionOp,
  removeDecision as removeDecisionOp,
  removeParked as removeParkedOp,
  removeParticipant as removeParticipantOp,
  removeStep as removeStepOp,
  renameParticipant as renameParticipantOp,
  setBallotDone,
  setDots,
  setRevealed,
  setScore,
  setVotingOptions,
  updateDecision,
  updateParked,
  updateStep,
  withDefaultAgenda as withDefaultAgendaOp,
} from '../../shared/workshop/workshop-ops';
import { t } from '../../shared/i18n/active-locale';
import { addApplication as addApplicationOp, updateApplication as updateApplicationOp } from '../../shared/operations/matrix';
import { insertUseCase as insertUseCaseOp } from '../../shared/workshop/insert-use-case';
import { nowIso, today } from '../clock';
import { newId } from './ids';
import { commit } from './plan-actions';

/*
 * Verbs of the Workshop view (#17). Each is one undo step, autosaved and recovered like every other
 * edit; typing in a text field passes a coalesceKey per item and field, so a sentence is one step.
 */

/** The context the domain's add verbs take: one id made here, so the recipe gives the same plan each time it runs. */
const context = (id = newId()) => ({ now: nowIso(), today: today(), newId: () => id });
const typing = (kind: string, id: string, patch: object) => ({ coalesceKey: `workshop-${kind}:${id}:${Object.keys(patch).sort().join(',')}` });

// Agenda

/** Fills an empty agenda with the default one; the ids are made once, so a re-run recipe gives the same steps. */
export function startDefaultAgenda(): boolean {
  const ids: string[] = [];
  let next = 0;
  const make = () => (ids[next++] ??= newId());
  return commit((p) => {
    next = 0;
    return withDefaultAgendaOp(p, make);
  });
}

export function addStep(partial: Partial<Omit<WorkshopStep, 'id'>> = {}, afterId: string | null = null): string | null {
  const id = newId();
  return commit((p) => addStepOp(p, context(id), partial, afterId).plan) ? id : null;
}

export const editStep = (id: string, patch: Partial<Omit<WorkshopStep, 'id'>>, isTyping = false) =>
  commit((p) => updateStep(p, id, patch), isTyping ? typing('step', id, patch) : undefined);

export const moveStep = (id: string, toIndex: number) => commit((p) => moveStepOp(p, id, toIndex));

export const removeStep = (id: string) => commit((p) => removeStepOp(p, id));

// Participants and votes

export function addParticipant(name: string): string | null {
  const id = newId();
  return commit((p) => addParticipantOp(p, context(id), name).plan) ? id : null;
}

export const renameParticipant = (id: string, name: string) => commit((p) => renameParticipantOp(p, id, name), typing('participant', id, { name }));

export const removeParticipant = (id: string) => commit((p) => removeParticipantOp(p, id));

export const setVoting = (patch: Partial<Pick<Voting, 'mode' | 'dotsPerPerson' | 'secret'>>) => commit((p) => setVotingOptions(p, patch));

export const giveDots = (participantId: string, applicationId: string, count: number) => commit((p) => setDots(p, participantId, applicationId, count));

export const scoreApplication = (participantId: string, applicationId: string, patch: { impact?: number | null; feasibility?: number | null }) =>
  commit((p) => setScore(p, participantId, applicationId, patch));

export const finishBallot = (participantId: string, done = true) => commit((p) => setBallotDone(p, participantId, done));

export const revealVotes = (revealed = true) => commit((p) => setRevealed(p, revealed));

export const clearVotes = () => commit((p) => clearVotesOp(p));

/** Medians become the applications' scores and the most voted become starters: one undo step. */
export const applyVotes = () => commit((p) => applyVoteResults(p));

// Parking lot and decisions

export function parkQuestion(text: string): string | null {
  const id = newId();
  return commit((p) => addParkedOp(p, context(id), text).plan) ? id : null;
}

export const editParked = (id: string, text: string) => commit((p) => updateParked(p, id, text), typing('parked', id, { text }));

export const removeParked = (id: string) => commit((p) => removeParkedOp(p, id));

export function recordDecision(partial: Partial<Omit<Decision, 'id' | 'at'>> & { text: string }): string | null {
  const id = newId();
  return commit((p) => addDecisionOp(p, context(id), partial).plan) ? id : null;
}

export const editDecision = (id: string, patch: Partial<Omit<Decision, 'id' | 'at'>>, isTyping = false) =>
  commit((p) => updateDecision(p, id, patch), isTyping ? typing('decision', id, patch) : undefined);

export const removeDecision = (id: string) => commit((p) => removeDecisionOp(p, id));

export function decideParked(parkedId: string): string | null {
  const id = newId();
  return commit((p) => parkedToDecisionOp(p, context(id), parkedId).plan) ? id : null;
}

// Ideas, problem first, and the use-case library (#17 §2)

/** A one-line idea lands in the unaligned ideas tray, with the business problem it solves when one is named. */
export function captureIdea(title: string, problem = ''): string | null {
  const text = title.trim();
  if (!text) return null;
  const id = newId();
  return commit((p) => addApplicationOp(p, { id, objectiveId: null, title: text, problem: problem.trim() })) ? id : null;
}

/** Typing the business problem an application solves: one undo step per sentence. */
export const setProblem = (id: string, problem: string) => commit((p) => updateApplicationOp(p, id, { problem }), typing('problem', id, { problem }));

/** Inserts a library use case with its KPIs (into the tray with null), in the language the app shows; the ids are made once, so a re-run recipe gives the same plan. */
export function insertUseCase(key: string, objectiveId: string | null = null): string | null {
  const ids: string[] = [];
  let next = 0;
  const make = () => (ids[next++] ??= newId());
  let inserted: string | null = null;
  const changed = commit((p) => {
    next = 0;
    const result = insertUseCaseOp(p, key, { now: nowIso(), newId: make }, t, objectiveId);
    inserted = result.id;
    return result.plan;
  });
  return changed ? inserted : null;
}
