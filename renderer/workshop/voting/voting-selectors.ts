import type { Application, Plan, Workshop } from '../../../shared/model';
import { indexPlan } from '../../../shared/plan-index';
import { starterCandidates, tallyVotes, type VoteTally } from '../../../shared/workshop/tally';
import type { PlannerState } from '../../store/types';

/*
 * What the voting panel reads from the plan. The ballot's groups depend on the matrix only, so a
 * vote does not regroup 1,000 applications; a person's own votes and the tally are computed once per
 * version of the votes and shared by every row that asks.
 */

const NONE: readonly never[] = [];

export const selectParticipants = (s: PlannerState) => s.plan?.workshop.participants ?? NONE;
export const selectVoting = (s: PlannerState) => s.plan?.workshop.voting ?? null;
export const selectWorkshop = (s: PlannerState) => s.plan?.workshop ?? null;

/** The applications on a ballot: under their pillar (plan order), then the unaligned ideas; retired ones are not voted on. */
export interface BallotGroup {
  /** The pillar's id, or null for the unaligned ideas. */
  pillarId: string | null;
  ids: readonly string[];
}

const groupsCache = new WeakMap<Plan['applications'], { pillars: Plan['pillars']; objectives: Plan['objectives']; groups: BallotGroup[] }>();

export function ballotGroups(plan: Plan): readonly BallotGroup[] {
  const cached = groupsCache.get(plan.applications);
  if (cached && cached.pillars === plan.pillars && cached.objectives === plan.objectives) return cached.groups;
  const index = indexPlan(plan);
  const votable = (id: string) => index.applications.get(id)?.status !== 'retired';
  const groups: BallotGroup[] = [];
  for (const pillarId of index.pillarIds) {
    const ids = (index.objectivesOf.get(pillarId) ?? NONE).flatMap((objectiveId) => (index.applicationsOf.get(objectiveId) ?? NONE).filter(votable));
    if (ids.length > 0) groups.push({ pillarId, ids });
  }
  const unaligned = (index.applicationsOf.get(null) ?? NONE).filter(votable);
  if (unaligned.length > 0) groups.push({ pillarId: null, ids: unaligned });
  groupsCache.set(plan.applications, { pillars: plan.pillars, objectives: plan.objectives, groups });
  return groups;
}

/** One person's own votes, by application. */
export interface OwnVote {
  dots: number;
  impact: number | null;
  feasibility: number | null;
}

const ownCache = new WeakMap<Workshop, Map<string, Map<string, OwnVote>>>();

/** A participant's votes on each application, and nobody else's: all a ballot may show. */
export function ownVotes(workshop: Workshop, participantId: string): ReadonlyMap<string, OwnVote> {
  let byPerson = ownCache.get(workshop);
  if (!byPerson) ownCache.set(workshop, (byPerson = new Map()));
  let own = byPerson.get(participantId);
  if (own) return own;
  own = new Map();
  const of = (applicationId: string) => {
    let vote = own!.get(applicationId);
    if (!vote) own!.set(applicationId, (vote = { dots: 0, impact: null, feasibility: null }));
    return vote;
  };
  for (const v of workshop.dots) if (v.participantId === participantId) of(v.applicationId).dots = v.count;
  for (const v of workshop.scores)
    if (v.participantId === participantId) {
      const vote = of(v.applicationId);
      vote.impact = v.impact;
      vote.feasibility = v.feasibility;
    }
  byPerson.set(participantId, own);
  return own;
}

const NO_VOTE: OwnVote = { dots: 0, impact: null, feasibility: null };

export const selectOwnVote = (participantId: string, applicationId: string) => (s: PlannerState) =>
  (s.plan ? ownVotes(s.plan.workshop, participantId).get(applicationId) : undefined) ?? NO_VOTE;

/** The reveal's data: the tally and the starter candidates named from it, once per plan version. */
export interface Reveal {
  tally: VoteTally;
  starters: readonly string[];
}

const revealCache = new WeakMap<Plan, Reveal>();

export function revealOf(plan: Plan): Reveal {
  let reveal = revealCache.get(plan);
  if (!reveal) {
    const tally = tallyVotes(plan);
    reveal = { tally, starters: starterCandidates(plan, tally) };
    revealCache.set(plan, reveal);
  }
  return reveal;
}

export const applicationTitle = (app: Application | undefined, untitled: string): string => app?.title.trim() || untitled;
