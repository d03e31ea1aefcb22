import type { z } from 'zod';
import type {
  acknowledgementSchema,
  actualSchema,
  applicationSchema,
  dependencySchema,
  dimensionsSchema,
  guidingQuestionsSchema,
  kpiSchema,
  metaSchema,
  milestoneSchema,
  objectiveSchema,
  phaseSchema,
  pillarSchema,
  planSchema,
  readinessSchema,
  scheduleSchema,
  CATEGORIES,
  APPROACHES,
  STATUSES,
  DIMENSIONS,
  DIMENSION_LEVELS,
  DIRECTIONS,
  CADENCES,
  PHASE_KINDS,
  READINESS_KEYS,
  READINESS_ANSWERS,
  KPI_FAMILIES,
} from './schema/plan-schema';

/** Every type of the plan document is inferred from the one schema. */
export type Plan = z.infer<typeof planSchema>;
export type PlanMeta = z.infer<typeof metaSchema>;
export type GuidingQuestions = z.infer<typeof guidingQuestionsSchema>;
export type Pillar = z.infer<typeof pillarSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type Application = z.infer<typeof applicationSchema>;
export type Kpi = z.infer<typeof kpiSchema>;
export type Actual = z.infer<typeof actualSchema>;
export type Dimensions = z.infer<typeof dimensionsSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Dependency = z.infer<typeof dependencySchema>;
export type Readiness = z.infer<typeof readinessSchema>;
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

export type Category = (typeof CATEGORIES)[number];
export type Approach = (typeof APPROACHES)[number];
export type Status = (typeof STATUSES)[number];
export type Dimension = (typeof DIMENSIONS)[number];
export type DimensionLevel = (typeof DIMENSION_LEVELS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Cadence = (typeof CADENCES)[number];
export type PhaseKind = (typeof PHASE_KINDS)[number];
export type ReadinessKey = (typeof READINESS_KEYS)[number];
export type ReadinessAnswer = (typeof READINESS_ANSWERS)[number];
export type KpiFamily = (typeof KPI_FAMILIES)[number];

/** The four matrix levels, used wherever an item is addressed generically (selection, findings). */
export type ItemKind = 'pillar' | 'objective' | 'application' | 'kpi' | 'milestone';
export interface ItemRef {
  kind: ItemKind;
  id: string;
}

/** Injected into every operation that creates or stamps: the domain never reads a clock or RNG. */
export interface OpContext {
  now: string;
  newId: () => string;
}
