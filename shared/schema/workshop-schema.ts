import { z } from 'zod';

/*
 * The leadership off-site run in the app (#17): an agenda of timed steps, the people in the room, their
 * votes (dots or impact × feasibility scores), the parking lot and the decisions taken. Saved in the
 * plan file so the next session starts where the room stopped. The timer and the step on screen are
 * view state and are not saved.
 */

/** Each default step has a kind (its title and its ask come from the catalogue); 'custom' steps carry their own. */
export const WORKSHOP_STEP_KINDS = ['purpose', 'pillars', 'ideas', 'prioritise', 'roadmap', 'governance', 'decisions', 'custom'] as const;
/** What a step opens: a view of the app, or a panel of the Workshop view. */
export const WORKSHOP_TARGETS = [
  'plan',
  'board',
  'roadmap',
  'priorities',
  'checks',
  'dimensions',
  'readiness',
  'governance',
  'value',
  'workshop-agenda',
  'workshop-ideas',
  'workshop-voting',
  'workshop-decisions',
] as const;
export const VOTING_MODES = ['dots', 'scores'] as const;

export const WORKSHOP_CAPS = {
  steps: 50,
  participants: 50,
  /** 50 people × 1,000 applications. */
  votes: 50_000,
  parked: 1_000,
  decisions: 1_000,
  dotsPerPerson: 50,
  stepMinutes: 480,
} as const;

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'ids are 1–64 letters, digits, _ or -');
const title = z.string().max(500);
const note = z.string().max(10_000);
const date = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date is written YYYY-MM-DD');
const score = z.number().int().min(1).max(5).nullable().default(null);

export const workshopStepSchema = z.object({
  id,
  kind: z.enum(WORKSHOP_STEP_KINDS),
  /** '' shows the kind's own title in the app's language. */
  title: title.default(''),
  /** What is asked of the room; '' shows the kind's own ask. */
  ask: note.default(''),
  opens: z.enum(WORKSHOP_TARGETS),
  minutes: z.number().int().min(1).max(WORKSHOP_CAPS.stepMinutes),
});

export const participantSchema = z.object({ id, name: title });

export const votingSchema = z.object({
  mode: z.enum(VOTING_MODES).default('dots'),
  dotsPerPerson: z.number().int().min(1).max(WORKSHOP_CAPS.dotsPerPerson).default(5),
  /** "Pass the laptop": nobody sees a total, nor another person's ballot, until the reveal. */
  secret: z.boolean().default(true),
  revealed: z.boolean().default(false),
  /** Participants who have handed the laptop on: their ballot is in. */
  ballotsDone: z.array(id).max(WORKSHOP_CAPS.participants).default([]),
});

export const dotVoteSchema = z.object({
  participantId: id,
  applicationId: id,
  count: z.number().int().min(1).max(WORKSHOP_CAPS.dotsPerPerson),
});

export const scoreVoteSchema = z.object({
  participantId: id,
  applicationId: id,
  impact: score,
  feasibility: score,
});

export const parkedSchema = z.object({
  id,
  text: note,
  /** The day it was parked. */
  at: date,
});

const linkSchema = z.object({ kind: z.enum(['pillar', 'objective', 'application', 'kpi', 'milestone']), id });

export const decisionSchema = z.object({
  id,
  text: note,
  owner: title.default(''),
  due: date.nullable().default(null),
  /** The item the decision is about; it may since have been deleted, and then reads so. */
  link: linkSchema.nullable().default(null),
  done: z.boolean().default(false),
  /** The day it was taken. */
  at: date,
});

export const workshopSchema = z.object({
  steps: z.array(workshopStepSchema).max(WORKSHOP_CAPS.steps).default([]),
  participants: z.array(participantSchema).max(WORKSHOP_CAPS.participants).default([]),
  voting: votingSchema.default({ mode: 'dots', dotsPerPerson: 5, secret: true, revealed: false, ballotsDone: [] }),
  dots: z.array(dotVoteSchema).max(WORKSHOP_CAPS.votes).default([]),
  scores: z.array(scoreVoteSchema).max(WORKSHOP_CAPS.votes).default([]),
  parked: z.array(parkedSchema).max(WORKSHOP_CAPS.parked).default([]),
  decisions: z.array(decisionSchema).max(WORKSHOP_CAPS.decisions).default([]),
});

export const NO_WORKSHOP = workshopSchema.parse({});
