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

import type {
  applicationValueSchema,
  budgetSchema,
  directBenefitSchema,
  financeSchema,
  kpiValueSchema,
  CONFIDENCES,
  VALUE_PERIODS,
} from './schema/value-schema';
import type {
  applicationGovernanceSchema,
  governanceSchema,
  obligationSchema,
  riskSchema,
  toolSchema,
  triageSchema,
  AI_ACT_TIERS,
  ANNEX_III_AREAS,
  DATA_CLASSES,
  TOOL_STATUSES,
  RISK_STATUSES,
  TRIAGE_ANSWERS,
} from './schema/governance-schema';
import type {
  decisionSchema,
  dotVoteSchema,
  parkedSchema,
  participantSchema,
  scoreVoteSchema,
  votingSchema,
  workshopSchema,
  workshopStepSchema,
  VOTING_MODES,
  WORKSHOP_STEP_KINDS,
  WORKSHOP_TARGETS,
} from './schema/workshop-schema';

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

export type ApplicationValue = z.infer<typeof applicationValueSchema>;
export type KpiValue = z.infer<typeof kpiValueSchema>;
export type DirectBenefit = z.infer<typeof directBenefitSchema>;
export type Finance = z.infer<typeof financeSchema>;
export type Budget = z.infer<typeof budgetSchema>;
export type Confidence = (typeof CONFIDENCES)[number];
export type ValuePeriod = (typeof VALUE_PERIODS)[number];

export type ApplicationGovernance = z.infer<typeof applicationGovernanceSchema>;
export type Triage = z.infer<typeof triageSchema>;
export type Risk = z.infer<typeof riskSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type Obligation = z.infer<typeof obligationSchema>;
export type Governance = z.infer<typeof governanceSchema>;
export type AiActTier = (typeof AI_ACT_TIERS)[number];
export type AnnexArea = (typeof ANNEX_III_AREAS)[number];
export type DataClass = (typeof DATA_CLASSES)[number];
export type ToolStatus = (typeof TOOL_STATUSES)[number];
export type RiskStatus = (typeof RISK_STATUSES)[number];
export type TriageAnswer = (typeof TRIAGE_ANSWERS)[number];

export type Workshop = z.infer<typeof workshopSchema>;
export type WorkshopStep = z.infer<typeof workshopStepSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Voting = z.infer<typeof votingSchema>;
export type DotVote = z.infer<typeof dotVoteSchema>;
export type ScoreVote = z.infer<typeof scoreVoteSchema>;
export type ParkedQuestion = z.infer<typeof parkedSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type WorkshopStepKind = (typeof WORKSHOP_STEP_KINDS)[number];
export type WorkshopTarget = (typeof WORKSHOP_TARGETS)[number];
export type VotingMode = (typeof VOTING_MODES)[number];

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
