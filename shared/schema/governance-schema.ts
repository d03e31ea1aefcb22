import { z } from 'zod';

/*
 * Governance of the AI itself (#16): EU AI Act triage per application, the approved tools register,
 * a risk register per application and the dated duties of the Act. Guidance for a conversation
 * with an adviser, not legal advice.
 */

export const AI_ACT_TIERS = ['prohibited', 'high-risk', 'limited', 'minimal'] as const;
/** Annex III areas where a use is high-risk; 'none' when the use falls in none of them. */
export const ANNEX_III_AREAS = [
  'none',
  'biometrics',
  'critical-infrastructure',
  'education',
  'employment',
  'essential-services',
  'law-enforcement',
  'migration',
  'justice',
] as const;
export const TRIAGE_ANSWERS = ['unanswered', 'yes', 'no'] as const;
export const AI_ACT_ROLES = ['deployer', 'provider'] as const;
export const DATA_CLASSES = ['public', 'internal', 'customer-personal', 'staff-personal', 'confidential'] as const;
export const TOOL_STATUSES = ['approved', 'under-review', 'banned'] as const;
export const RISK_STATUSES = ['open', 'mitigating', 'accepted', 'closed'] as const;
/** An obligation's tier; 'all' for duties every user of AI has (AI literacy). */
export const OBLIGATION_TIERS = ['all', ...AI_ACT_TIERS] as const;
export const OBLIGATION_ROLES = ['deployer', 'provider', 'both'] as const;

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'ids are 1–64 letters, digits, _ or -');
const title = z.string().max(500);
const note = z.string().max(10_000);
const date = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date is written YYYY-MM-DD');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month is written YYYY-MM');
const answer = z.enum(TRIAGE_ANSWERS).default('unanswered');

export const triageSchema = z.object({
  /** Social scoring, manipulation, emotion recognition at work or school, untargeted face scraping… */
  prohibited: answer,
  annexArea: z.enum(['unanswered', ...ANNEX_III_AREAS]).default('unanswered'),
  /** Does it talk with people (a chatbot) … */
  interactsWithPeople: answer,
  /** … or generate text, images, audio or video that people see? */
  generatesContent: answer,
  role: z.enum(['unanswered', ...AI_ACT_ROLES]).default('unanswered'),
  /** The team's own tier, replacing the proposed one, with its reason. */
  override: z.object({ tier: z.enum(AI_ACT_TIERS), note }).nullable().default(null),
  /** People are told they deal with AI, and generated content is labelled. */
  transparencyStep: z.boolean().default(false),
  /** The high-risk duties (oversight, logs, impact assessment…) have owners and dates. */
  dutiesPlanned: z.boolean().default(false),
});

export const riskSchema = z.object({
  id,
  title,
  likelihood: z.number().int().min(1).max(5).default(3),
  impact: z.number().int().min(1).max(5).default(3),
  mitigation: note.default(''),
  owner: title.default(''),
  reviewDate: date.nullable().default(null),
  status: z.enum(RISK_STATUSES).default('open'),
  /** The library entry this risk was seeded from, so seeding twice adds nothing. */
  libraryKey: z.string().max(64).nullable().default(null),
});

export const NO_TRIAGE = triageSchema.parse({});

export const applicationGovernanceSchema = z.object({
  triage: triageSchema.default(NO_TRIAGE),
  /** Ids of tools in the plan's register. */
  toolIds: z.array(id).max(50).default([]),
  /** The classes of data the application touches (supersedes the old `usesPersonalData`). */
  dataClasses: z.array(z.enum(DATA_CLASSES)).max(DATA_CLASSES.length).default([]),
  risks: z.array(riskSchema).max(100).default([]),
});

export const NO_APPLICATION_GOVERNANCE = applicationGovernanceSchema.parse({});

export const toolSchema = z.object({
  id,
  name: title,
  vendor: title.default(''),
  owner: title.default(''),
  status: z.enum(TOOL_STATUSES).default('under-review'),
  dataClasses: z.array(z.enum(DATA_CLASSES)).max(DATA_CLASSES.length).default([]),
  reviewDate: date.nullable().default(null),
  notes: note.default(''),
});

export const obligationSchema = z.object({
  id,
  tier: z.enum(OBLIGATION_TIERS),
  role: z.enum(OBLIGATION_ROLES),
  /** What the duty asks, in one plain sentence. */
  duty: note,
  /** The date from which it applies. */
  applies: date,
  /** Where it is written (article of the Regulation, or the act that moved the date). */
  source: title,
});

export const governanceSchema = z.object({
  tools: z.array(toolSchema).max(200).default([]),
  /** The plan's own copy of the duties table once edited; null follows the table shipped with the app. */
  obligations: z.array(obligationSchema).max(200).nullable().default(null),
  /** The "as of" date of the plan's own copy of the duties table. */
  obligationsAsOf: date.nullable().default(null),
  /** When staff get their AI-literacy step (training, guidance); shown on the roadmap. */
  literacyMonth: month.nullable().default(null),
  notes: note.default(''),
});

export const NO_GOVERNANCE = governanceSchema.parse({});
