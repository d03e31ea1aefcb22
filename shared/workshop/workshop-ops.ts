import type { Decision, OpContext, ParkedQuestion, Plan, Voting, Workshop, WorkshopStep } from '../model';
import { WORKSHOP_CAPS } from '../schema/workshop-schema';
import { patchObject, updateById } from '../operations/ordered';
import { defaultAgendaSteps } from './default-agenda';

/*
 * Pure edits of the workshop (#17): agenda, participants, votes, parking lot and decisions. Each
 * returns the next plan, or the same plan object when nothing changes (unknown id, same value, a cap
 * reached), so a no-op never becomes an undo step.
 */

/** The context of the verbs that create: the day as YYYY-MM-DD and an id maker. */
export interface WorkshopContext extends OpContext {
  today: string;
}

function withWorkshop(plan: Plan, update: (w: Workshop) => Workshop): Plan {
  const workshop = update(plan.workshop);
  return workshop === plan.workshop ? plan : { ...plan, workshop };
}

const clampMinutes = (minutes: number): number => Math.min(WORKSHOP_CAPS.stepMinutes, Math.max(1, Math.round(minutes)));

// Agenda

/** Replaces an empty agenda with the default one; an agenda with steps is left alone. */
export function withDefaultAgenda(plan: Plan, newId: () => string): Plan {
  if (plan.workshop.steps.length > 0) return plan;
  return withWorkshop(plan, (w) => ({ ...w, steps: defaultAgendaSteps(newId) }));
}

/** Adds a step after `afterId` (at the end when null or unknown). */
export function addStep(plan: Plan, ctx: Pick<OpContext, 'newId'>, partial: Partial<Omit<WorkshopStep, 'id'>> = {}, afterId: string | null = null): { plan: Plan; id: string | null } {
  if (plan.workshop.steps.length >= WORKSHOP_CAPS.steps) return { plan, id: null };
  const id = ctx.newId();
  const step: WorkshopStep = {
    id,
    kind: partial.kind ?? 'custom',
    title: partial.title ?? '',
    ask: partial.ask ?? '',
    opens: partial.opens ?? 'workshop-agenda',
    minutes: clampMinutes(partial.minutes ?? 15),
  };
  return {
    plan: withWorkshop(plan, (w) => {
      const at = afterId === null ? -1 : w.steps.findIndex((s) => s.id === afterId);
      const steps = at < 0 ? [...w.steps, step] : [...w.steps.slice(0, at + 1), step, ...w.steps.slice(at + 1)];
      return { ...w, steps };
    }),
    id,
  };
}

export function updateStep(plan: Plan, id: string, patch: Partial<Omit<WorkshopStep, 'id'>>): Plan {
  const normalised = patch.minutes === undefined ? patch : { ...patch, minutes: clampMinutes(patch.minutes) };
  return withWorkshop(plan, (w) => {
    const steps = updateById(w.steps, id, (s) => patchObject(s, normalised));
    return steps === w.steps ? w : { ...w, steps };
  });
}

/** Moves a step to `toIndex` among the steps (clamped). */
export function moveStep(plan: Plan, id: string, toIndex: number): Plan {
  return withWorkshop(plan, (w) => {
    const from = w.steps.findIndex((s) => s.id === id);
    if (from < 0) return w;
    const to = Math.min(w.steps.length - 1, Math.max(0, toIndex));
    if (to === from) return w;
    const steps = [...w.steps];
    const [moved] = steps.splice(from, 1);
    steps.splice(to, 0, moved!);
    return { ...w, steps };
  });
}

export function removeStep(plan: Plan, id: string): Plan {
  return withWorkshop(plan, (w) => (w.steps.some((s) => s.id === id) ? { ...w, steps: w.steps.filter((s) => s.id !== id) } : w));
}

// Participants

export function addParticipant(plan: Plan, ctx: Pick<OpContext, 'newId'>, name: string): { plan: Plan; id: string | null } {
  const trimmed = name.trim();
  if (trimmed === '' || plan.workshop.participants.length >= WORKSHOP_CAPS.participants) return { plan, id: null };
  const id = ctx.newId();
  return { plan: withWorkshop(plan, (w) => ({ ...w, participants: [...w.participants, { id, name: trimmed }] })), id };
}

export function renameParticipant(plan: Plan, id: string, name: string): Plan {
  return withWorkshop(plan, (w) => {
    const participants = updateById(w.participants, id, (p) => patchObject(p, { name }));
    return participants === w.participants ? w : { ...w, participants };
  });
}

/** Removes a participant with their votes. */
export function removeParticipant(plan: Plan, id: string): Plan {
  return withWorkshop(plan, (w) =>
    w.participants.some((p) => p.id === id)
      ? {
          ...w,
          participants: w.participants.filter((p) => p.id !== id),
          dots: w.dots.filter((v) => v.participantId !== id),
          scores: w.scores.filter((v) => v.participantId !== id),
          voting: { ...w.voting, ballotsDone: w.voting.ballotsDone.filter((p) => p !== id) },
        }
      : w,
  );
}

// Voting

/**
 * Mode, dots per person and secrecy; votes already cast stay (a lower dot count trims nobody's dots).
 * A switch between dots and scores starts a new round: the "has voted" ticks were for the other
 * kind of ballot, so they clear, and the results hide again so a secret round stays secret. The
 * votes of both kinds are kept, and switching back shows the dots as they were.
 */
export function setVotingOptions(plan: Plan, patch: Partial<Pick<Voting, 'mode' | 'dotsPerPerson' | 'secret'>>): Plan {
  const normalised =
    patch.dotsPerPerson === undefined ? patch : { ...patch, dotsPerPerson: Math.min(WORKSHOP_CAPS.dotsPerPerson, Math.max(1, Math.round(patch.dotsPerPerson))) };
  return withWorkshop(plan, (w) => {
    const patched = patchObject(w.voting, normalised);
    if (patched === w.voting) return w;
    const newRound = patched.mode !== w.voting.mode;
    return { ...w, voting: newRound ? { ...patched, ballotsDone: [], revealed: false } : patched };
  });
}

const knows = (plan: Plan, participantId: string, applicationId: string) =>
  plan.workshop.participants.some((p) => p.id === participantId) && plan.applications.some((a) => a.id === applicationId);

/**
 * Sets how many dots a participant gives an application (0 takes them back). Never more than the
 * dots the participant has left.
 */
export function setDots(plan: Plan, participantId: string, applicationId: string, count: number): Plan {
  if (!knows(plan, participantId, applicationId)) return plan;
  return withWorkshop(plan, (w) => {
    const current = w.dots.find((v) => v.participantId === participantId && v.applicationId === applicationId);
    const usedElsewhere = w.dots.reduce((sum, v) => (v.participantId === participantId && v !== current ? sum + v.count : sum), 0);
    const next = Math.max(0, Math.min(Math.round(count), w.voting.dotsPerPerson - usedElsewhere));
    if ((current?.count ?? 0) === next) return w;
    if (!current && w.dots.length >= WORKSHOP_CAPS.votes) return w;
    const dots =
      next === 0
        ? w.dots.filter((v) => v !== current)
        : current
          ? w.dots.map((v) => (v === current ? { ...v, count: next } : v))
          : [...w.dots, { participantId, applicationId, count: next }];
    return { ...w, dots };
  });
}

/** Sets a participant's impact or feasibility score (1–5, or null to take it back) for an application. */
export function setScore(plan: Plan, participantId: string, applicationId: string, patch: { impact?: number | null; feasibility?: number | null }): Plan {
  if (!knows(plan, participantId, applicationId)) return plan;
  const clean = (n: number | null | undefined) => (n === undefined ? undefined : n === null ? null : Math.min(5, Math.max(1, Math.round(n))));
  return withWorkshop(plan, (w) => {
    const current = w.scores.find((v) => v.participantId === participantId && v.applicationId === applicationId);
    const impact = clean(patch.impact);
    const feasibility = clean(patch.feasibility);
    const next = {
      participantId,
      applicationId,
      impact: impact === undefined ? (current?.impact ?? null) : impact,
      feasibility: feasibility === undefined ? (current?.feasibility ?? null) : feasibility,
    };
    if (current && current.impact === next.impact && current.feasibility === next.feasibility) return w;
    if (!current && next.impact === null && next.feasibility === null) return w;
    if (!current && w.scores.length >= WORKSHOP_CAPS.votes) return w;
    const scores =
      next.impact === null && next.feasibility === null
        ? w.scores.filter((v) => v !== current)
        : current
          ? w.scores.map((v) => (v === current ? next : v))
          : [...w.scores, next];
    return { ...w, scores };
  });
}

/** The participant has voted and handed the laptop on (or, with false, takes their ballot back). */
export function setBallotDone(plan: Plan, participantId: string, done: boolean): Plan {
  if (!plan.workshop.participants.some((p) => p.id === participantId)) return plan;
  return withWorkshop(plan, (w) => {
    const has = w.voting.ballotsDone.includes(participantId);
    if (has === done) return w;
    const ballotsDone = done ? [...w.voting.ballotsDone, participantId] : w.voting.ballotsDone.filter((p) => p !== participantId);
    return { ...w, voting: { ...w.voting, ballotsDone } };
  });
}

export function setRevealed(plan: Plan, revealed: boolean): Plan {
  return withWorkshop(plan, (w) => (w.voting.revealed === revealed ? w : { ...w, voting: { ...w.voting, revealed } }));
}

/** Clears every vote and ballot and hides the results again; participants and options stay. */
export function clearVotes(plan: Plan): Plan {
  return withWorkshop(plan, (w) =>
    w.dots.length === 0 && w.scores.length === 0 && w.voting.ballotsDone.length === 0 && !w.voting.revealed
      ? w
      : { ...w, dots: [], scores: [], voting: { ...w.voting, revealed: false, ballotsDone: [] } },
  );
}

// Parking lot

export function addParked(plan: Plan, ctx: WorkshopContext, text: string): { plan: Plan; id: string | null } {
  const trimmed = text.trim();
  if (trimmed === '' || plan.workshop.parked.length >= WORKSHOP_CAPS.parked) return { plan, id: null };
  const id = ctx.newId();
  const parked: ParkedQuestion = { id, text: trimmed, at: ctx.today };
  return { plan: withWorkshop(plan, (w) => ({ ...w, parked: [...w.parked, parked] })), id };
}

export function updateParked(plan: Plan, id: string, text: string): Plan {
  return withWorkshop(plan, (w) => {
    const parked = updateById(w.parked, id, (q) => patchObject(q, { text }));
    return parked === w.parked ? w : { ...w, parked };
  });
}

export function removeParked(plan: Plan, id: string): Plan {
  return withWorkshop(plan, (w) => (w.parked.some((q) => q.id === id) ? { ...w, parked: w.parked.filter((q) => q.id !== id) } : w));
}

// Decisions

export function addDecision(plan: Plan, ctx: WorkshopContext, partial: Partial<Omit<Decision, 'id' | 'at'>> & { text: string }): { plan: Plan; id: string | null } {
  const text = partial.text.trim();
  if (text === '' || plan.workshop.decisions.length >= WORKSHOP_CAPS.decisions) return { plan, id: null };
  const id = ctx.newId();
  const decision: Decision = { id, text, owner: partial.owner ?? '', due: partial.due ?? null, link: partial.link ?? null, done: partial.done ?? false, at: ctx.today };
  return { plan: withWorkshop(plan, (w) => ({ ...w, decisions: [...w.decisions, decision] })), id };
}

export function updateDecision(plan: Plan, id: string, patch: Partial<Omit<Decision, 'id' | 'at'>>): Plan {
  return withWorkshop(plan, (w) => {
    const decisions = updateById(w.decisions, id, (d) => {
      const { link, ...rest } = patch;
      const patched = patchObject(d, rest);
      if (link === undefined || (link?.kind === d.link?.kind && link?.id === d.link?.id)) return patched;
      return { ...patched, link };
    });
    return decisions === w.decisions ? w : { ...w, decisions };
  });
}

export function removeDecision(plan: Plan, id: string): Plan {
  return withWorkshop(plan, (w) => (w.decisions.some((d) => d.id === id) ? { ...w, decisions: w.decisions.filter((d) => d.id !== id) } : w));
}

/** A parked question the room has settled becomes a decision (same text), in one step. */
export function parkedToDecision(plan: Plan, ctx: WorkshopContext, parkedId: string): { plan: Plan; id: string | null } {
  const parked = plan.workshop.parked.find((q) => q.id === parkedId);
  if (!parked) return { plan, id: null };
  const added = addDecision(removeParked(plan, parkedId), ctx, { text: parked.text });
  return added.id === null ? { plan, id: null } : added;
}

/** Open decisions whose due date is before today. */
export const overdueDecisions = (plan: Pick<Plan, 'workshop'>, today: string): Decision[] =>
  plan.workshop.decisions.filter((d) => !d.done && d.due !== null && d.due < today);
