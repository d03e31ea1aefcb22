import { z } from 'zod';
import { applicationValueSchema, financeSchema, kpiValueSchema, NO_APPLICATION_VALUE } from './value-schema';
import { applicationGovernanceSchema, governanceSchema, NO_APPLICATION_GOVERNANCE, NO_GOVERNANCE } from './governance-schema';
import { NO_WORKSHOP, workshopSchema } from './workshop-schema';
import { historySchema, NO_HISTORY } from './history-schema';

/** The file format marker and the version this build writes. Bump the version with a migration. */
export const PLAN_FORMAT = 'ai-alignment-plan';
export const PLAN_VERSION = 4;

export const HORIZON_MIN_MONTHS = 12;
export const HORIZON_MAX_MONTHS = 24;

/**
 * How many items of each kind a plan may hold: what `npm run bench` measures the app to open, draw
 * and export (README, Speed). The roadmap draws every bar and the PDF lays out every KPI row, and
 * both grow with these; 1,000 applications is the size the board and the export were built and
 * benched for. A plan a team writes by hand stays far below. Raise one only with the bench run at
 * the new figure.
 */
export const PLAN_CAPS = {
  pillars: 100,
  objectives: 1_000,
  applications: 1_000,
  kpis: 5_000,
  milestones: 200,
  dependencies: 2_000,
  acknowledgements: 10_000,
} as const;

/** Text limits keep a hostile file from making the UI or the PDF unusable. */
/** The longest title or name, and the longest note (descriptions, problem), a plan may hold. */
export const TITLE_MAX = 500;
export const NOTE_MAX = 10_000;

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'ids are 1–64 letters, digits, _ or -');
const title = z.string().max(TITLE_MAX);
const note = z.string().max(NOTE_MAX);
/** A calendar month as "YYYY-MM"; months are compared as integers via roadmap maths. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month is written YYYY-MM');
export const dateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date is written YYYY-MM-DD');
const isoTimestamp = z.string().max(40);

export const CATEGORIES = ['customer-support', 'sales-marketing', 'operations-logistics', 'finance-admin', 'hr-talent', 'other'] as const;
export const APPROACHES = ['off-the-shelf', 'custom', 'hybrid'] as const;
export const STATUSES = ['idea', 'pilot', 'refine', 'scale', 'live', 'retired'] as const;
export const DIMENSIONS = ['functional', 'tactical', 'strategic', 'cultural', 'ethical', 'societal'] as const;
export const DIMENSION_LEVELS = ['not-considered', 'partly', 'addressed'] as const;
export const DIRECTIONS = ['up', 'down'] as const;
export const CADENCES = ['weekly', 'monthly', 'quarterly'] as const;
export const KPI_FAMILIES = ['time-saved', 'error-reduction', 'throughput', 'customer-satisfaction', 'financial', 'qualitative', 'other'] as const;
export const PHASE_KINDS = ['pilot', 'refine', 'standardise', 'scale'] as const;
export const READINESS_ANSWERS = ['unanswered', 'no', 'partly', 'yes'] as const;

/** The readiness and governance checklist of DOMAIN.md, in display order. */
export const READINESS_KEYS = [
  'visionStated',
  'aiLeadNominated',
  'culturePilotImperfect',
  'cultureDocumentsWork',
  'cultureSafeToFlag',
  'dataSingleSource',
  'dataConsistentIds',
  'dataOwnership',
  'dataAccessControls',
  'dataCleanup',
  'govPrivacyReview',
  'govResultsReview',
  'govDriftMonitoring',
  'leadPurposeStated',
  'leadUncertaintyAcknowledged',
  'leadGovernanceEarly',
] as const;

const dimensionSchema = z.object({
  level: z.enum(DIMENSION_LEVELS).default('not-considered'),
  note: note.default(''),
});
export const dimensionsSchema = z.object({
  functional: dimensionSchema.default({ level: 'not-considered', note: '' }),
  tactical: dimensionSchema.default({ level: 'not-considered', note: '' }),
  strategic: dimensionSchema.default({ level: 'not-considered', note: '' }),
  cultural: dimensionSchema.default({ level: 'not-considered', note: '' }),
  ethical: dimensionSchema.default({ level: 'not-considered', note: '' }),
  societal: dimensionSchema.default({ level: 'not-considered', note: '' }),
});

export const metaSchema = z.object({
  title: title.min(1, 'the plan needs a title'),
  organisation: title.default(''),
  horizonStart: monthSchema,
  horizonMonths: z.number().int().min(HORIZON_MIN_MONTHS).max(HORIZON_MAX_MONTHS),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const guidingQuestionsSchema = z.object({
  businessGoals: note.default(''),
  aiContribution: note.default(''),
  technologyFit: note.default(''),
  roiMeasurement: note.default(''),
});

export const pillarSchema = z.object({
  id: idSchema,
  title,
  description: note.default(''),
});

export const objectiveSchema = z.object({
  id: idSchema,
  pillarId: idSchema,
  title,
  description: note.default(''),
});

export const applicationSchema = z.object({
  id: idSchema,
  /** null: an unaligned idea waiting in the tray for an objective. */
  objectiveId: idSchema.nullable(),
  title,
  description: note.default(''),
  /** The business problem or pain point it answers, in a line (#17: ideas are captured problem first). */
  problem: note.default(''),
  category: z.enum(CATEGORIES).default('other'),
  approach: z.enum(APPROACHES).default('off-the-shelf'),
  impact: z.number().int().min(1).max(5).default(3),
  feasibility: z.number().int().min(1).max(5).default(3),
  owner: title.default(''),
  status: z.enum(STATUSES).default('idea'),
  starter: z.boolean().default(false),
  dataReadiness: note.default(''),
  risk: note.default(''),
  dimensions: dimensionsSchema.default({
    functional: { level: 'not-considered', note: '' },
    tactical: { level: 'not-considered', note: '' },
    strategic: { level: 'not-considered', note: '' },
    cultural: { level: 'not-considered', note: '' },
    ethical: { level: 'not-considered', note: '' },
    societal: { level: 'not-considered', note: '' },
  }),
  /** Costs and benefits (#15); absent in older files, so every figure reads "not estimated". */
  value: applicationValueSchema.default(NO_APPLICATION_VALUE),
  /** AI Act triage, tools, data classes and risks (#16). */
  governance: applicationGovernanceSchema.default(NO_APPLICATION_GOVERNANCE),
});

export const actualSchema = z.object({
  date: dateSchema,
  value: z.number().finite(),
  note: note.default(''),
});

export const kpiSchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  name: title,
  unit: title.default(''),
  family: z.enum(KPI_FAMILIES).default('other'),
  baseline: z.number().finite().nullable().default(null),
  target: z.number().finite().nullable().default(null),
  direction: z.enum(DIRECTIONS).default('up'),
  cadence: z.enum(CADENCES).default('monthly'),
  owner: title.default(''),
  source: title.default(''),
  actuals: z.array(actualSchema).max(10_000).default([]),
  /** What one unit of improvement is worth: turns baseline → target into money. */
  value: kpiValueSchema.default({ perUnit: null, per: 'month' }),
});

export const phaseSchema = z.object({
  kind: z.enum(PHASE_KINDS),
  start: monthSchema,
  months: z.number().int().min(1).max(60),
});

export const scheduleSchema = z.object({
  applicationId: idSchema,
  phases: z.array(phaseSchema).min(1).max(PHASE_KINDS.length),
});

export const milestoneSchema = z.object({
  id: idSchema,
  title,
  month: monthSchema,
});

/** Finish-to-start: `toId`'s pilot may start only after `fromId` finishes. */
export const dependencySchema = z.object({
  id: idSchema,
  fromId: idSchema,
  toId: idSchema,
});

export const roadmapSchema = z.object({
  // One schedule per application at most (checked with the references), so no cap of its own.
  schedules: z.array(scheduleSchema).max(PLAN_CAPS.applications).default([]),
  milestones: z.array(milestoneSchema).max(PLAN_CAPS.milestones).default([]),
  dependencies: z.array(dependencySchema).max(PLAN_CAPS.dependencies).default([]),
});

const readinessItemSchema = z.object({
  answer: z.enum(READINESS_ANSWERS).default('unanswered'),
  note: note.default(''),
});
const readinessItemsShape = Object.fromEntries(
  READINESS_KEYS.map((key) => [key, readinessItemSchema.default({ answer: 'unanswered', note: '' })]),
) as Record<(typeof READINESS_KEYS)[number], z.ZodDefault<typeof readinessItemSchema>>;

export const readinessSchema = z.object({
  vision: note.default(''),
  usesToAvoid: note.default(''),
  aiLead: title.default(''),
  items: z.object(readinessItemsShape).default(
    Object.fromEntries(READINESS_KEYS.map((key) => [key, { answer: 'unanswered', note: '' }])) as never,
  ),
});

/** The longest finding key an acknowledgement holds. */
export const FINDING_KEY_MAX = 200;

/** A finding the team chose to accept; keyed by the finding's stable key. */
export const acknowledgementSchema = z.object({
  findingKey: z.string().max(FINDING_KEY_MAX),
  note: note.default(''),
  at: isoTimestamp,
});

export const planSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  /** The same in every copy of one plan (#20), so copies recognise their shared history; a new plan gets a fresh one. */
  documentId: idSchema,
  meta: metaSchema,
  guidingQuestions: guidingQuestionsSchema.default({ businessGoals: '', aiContribution: '', technologyFit: '', roiMeasurement: '' }),
  pillars: z.array(pillarSchema).max(PLAN_CAPS.pillars),
  objectives: z.array(objectiveSchema).max(PLAN_CAPS.objectives),
  applications: z.array(applicationSchema).max(PLAN_CAPS.applications),
  kpis: z.array(kpiSchema).max(PLAN_CAPS.kpis),
  roadmap: roadmapSchema.default({ schedules: [], milestones: [], dependencies: [] }),
  readiness: readinessSchema.default(readinessSchema.parse({})),
  acknowledgements: z.array(acknowledgementSchema).max(PLAN_CAPS.acknowledgements).default([]),
  finance: financeSchema.default({ currency: 'EUR', dayRate: null, budgets: [] }),
  governance: governanceSchema.default(NO_GOVERNANCE),
  /** The off-site run in the app (#17): agenda, participants, votes, parking lot, decisions. */
  workshop: workshopSchema.default(NO_WORKSHOP),
  /** Named snapshots of the plan (#20); last, so that the canonical text writes it after the plan itself. */
  history: historySchema.default(NO_HISTORY),
});
