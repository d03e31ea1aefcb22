import type { Application, Plan, Workshop } from '../model';
import { MAX_STARTERS } from '../checks/starters';

/*
 * The reveal (#17): dot totals per application, and for scores the median and the spread of impact
 * and feasibility. Linear in the votes: 20 people × 1,000 applications is 20,000 votes (bench target
 * ≤ 50 ms for the tally and the reveal).
 */

/** A spread (highest minus lowest score) this wide means the room does not agree: discuss before deciding. */
export const WIDE_SPREAD = 3;

export interface ScoreSummary {
  /** How many people gave this score. */
  count: number;
  /** The median, possibly a half (3.5) with an even count; null when nobody scored. */
  median: number | null;
  min: number | null;
  max: number | null;
  /** max − min; 0 with one score, null with none. */
  spread: number | null;
}

export interface ApplicationTally {
  applicationId: string;
  /** Dots given to it. */
  dots: number;
  /** How many people gave it at least one dot. */
  dotVoters: number;
  impact: ScoreSummary;
  feasibility: ScoreSummary;
  /** Impact or feasibility spread ≥ WIDE_SPREAD. */
  wideSpread: boolean;
}

export interface VoteTally {
  /** Every application with a vote of the current mode, most voted first (then in plan order). */
  rows: ApplicationTally[];
  /** Dots given in all. */
  totalDots: number;
  /** Participants who cast at least one vote of the current mode. */
  voters: number;
}

/** The median of a list of numbers (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarise(values: readonly number[]): ScoreSummary {
  if (values.length === 0) return { count: 0, median: null, min: null, max: null, spread: null };
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { count: values.length, median: median(values), min, max, spread: max - min };
}

/** A score for the 1–5 scales: a half rounds up, toward the room's more hopeful half. */
export const roundScore = (value: number): number => Math.min(5, Math.max(1, Math.floor(value + 0.5)));

/** Sort key of a row: dots in dot mode; in score mode the median impact × feasibility the 2×2 ranks by. */
function weight(row: ApplicationTally, mode: Workshop['voting']['mode']): number {
  if (mode === 'dots') return row.dots;
  return (row.impact.median ?? 0) * (row.feasibility.median ?? 0);
}

/** Tallies the votes of the current mode. Votes naming no application of the plan are not counted. */
export function tallyVotes(plan: Pick<Plan, 'applications' | 'workshop'>): VoteTally {
  const { workshop } = plan;
  const order = new Map<string, number>();
  plan.applications.forEach((a, i) => order.set(a.id, i));
  const voters = new Set<string>();
  const rows = new Map<string, ApplicationTally & { impacts: number[]; feasibilities: number[]; dotPeople: Set<string> }>();
  const rowOf = (applicationId: string) => {
    let row = rows.get(applicationId);
    if (!row) {
      row = { applicationId, dots: 0, dotVoters: 0, impact: summarise([]), feasibility: summarise([]), wideSpread: false, impacts: [], feasibilities: [], dotPeople: new Set() };
      rows.set(applicationId, row);
    }
    return row;
  };
  let totalDots = 0;
  if (workshop.voting.mode === 'dots') {
    for (const v of workshop.dots) {
      if (!order.has(v.applicationId)) continue;
      const row = rowOf(v.applicationId);
      row.dots += v.count;
      row.dotPeople.add(v.participantId);
      totalDots += v.count;
      voters.add(v.participantId);
    }
  } else {
    for (const v of workshop.scores) {
      if (!order.has(v.applicationId) || (v.impact === null && v.feasibility === null)) continue;
      const row = rowOf(v.applicationId);
      if (v.impact !== null) row.impacts.push(v.impact);
      if (v.feasibility !== null) row.feasibilities.push(v.feasibility);
      voters.add(v.participantId);
    }
  }
  const mode = workshop.voting.mode;
  const result: ApplicationTally[] = [];
  for (const row of rows.values()) {
    const impact = summarise(row.impacts);
    const feasibility = summarise(row.feasibilities);
    result.push({
      applicationId: row.applicationId,
      dots: row.dots,
      dotVoters: row.dotPeople.size,
      impact,
      feasibility,
      wideSpread: (impact.spread ?? 0) >= WIDE_SPREAD || (feasibility.spread ?? 0) >= WIDE_SPREAD,
    });
  }
  result.sort((a, b) => weight(b, mode) - weight(a, mode) || order.get(a.applicationId)! - order.get(b.applicationId)!);
  return { rows: result, totalDots, voters: voters.size };
}

/**
 * The most-voted applications that are still startable (not live or retired): the room's starter
 * candidates, at most MAX_STARTERS, never one with no vote.
 */
export function starterCandidates(plan: Pick<Plan, 'applications' | 'workshop'>, tally: VoteTally = tallyVotes(plan), limit = MAX_STARTERS): string[] {
  const byId = new Map<string, Application>(plan.applications.map((a) => [a.id, a]));
  const mode = plan.workshop.voting.mode;
  return tally.rows
    .filter((row) => weight(row, mode) > 0)
    .filter((row) => {
      const status = byId.get(row.applicationId)?.status;
      return status !== 'live' && status !== 'retired';
    })
    .slice(0, limit)
    .map((row) => row.applicationId);
}

/**
 * The facilitator's one step after the reveal: each scored application takes the rounded medians
 * as its impact and feasibility, and the starter candidates are marked as starters. Returns the same
 * plan when nothing would change.
 */
export function applyVoteResults(plan: Plan): Plan {
  const tally = tallyVotes(plan);
  const medians = new Map(tally.rows.map((row) => [row.applicationId, row]));
  const starters = new Set(starterCandidates(plan, tally));
  let changed = false;
  const applications = plan.applications.map((a) => {
    const row = medians.get(a.id);
    const impact = row?.impact.median != null ? roundScore(row.impact.median) : a.impact;
    const feasibility = row?.feasibility.median != null ? roundScore(row.feasibility.median) : a.feasibility;
    const starter = a.starter || starters.has(a.id);
    if (impact === a.impact && feasibility === a.feasibility && starter === a.starter) return a;
    changed = true;
    return { ...a, impact, feasibility, starter };
  });
  return changed ? { ...plan, applications } : plan;
}

/** Dots a participant has left to give. */
export function dotsLeft(workshop: Workshop, participantId: string): number {
  let used = 0;
  for (const v of workshop.dots) if (v.participantId === participantId) used += v.count;
  return Math.max(0, workshop.voting.dotsPerPerson - used);
}
