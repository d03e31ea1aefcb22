import { z } from 'zod';
import { isCurrencyCode } from '../value/currencies';

/*
 * Money in the plan (#15). Every amount is an integer count of the currency's minor unit (cents for
 * EUR, yen for JPY) so that sums never drift; null means "not estimated", which is never shown as 0.
 */

/** The largest amount one field may hold, in minor units (10,000,000,000.00 in a two-decimal currency). */
export const MONEY_MAX = 1_000_000_000_000;
/** Person days one phase may take; far past any SME project, small enough to keep sums exact. */
export const EFFORT_DAYS_MAX = 100_000;

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
/** The period a KPI's value is counted over: "35 € per hour saved, hours counted per month". */
export const VALUE_PERIODS = ['week', 'month', 'quarter', 'year'] as const;
const PHASES = ['pilot', 'refine', 'standardise', 'scale'] as const;

export const moneySchema = z
  .number()
  .int('an amount is a whole number of the currency’s smallest unit (cents)')
  .min(0, 'an amount cannot be negative')
  .max(MONEY_MAX, 'an amount can be at most 1,000,000,000,000 of the currency’s smallest unit');
const maybeMoney = moneySchema.nullable().default(null);
const maybeDays = z
  .number()
  .finite()
  .min(0, 'effort cannot be negative')
  .max(EFFORT_DAYS_MAX, `effort can be at most ${EFFORT_DAYS_MAX} person days a phase`)
  .nullable()
  .default(null);

export const currencySchema = z
  .string()
  .refine(isCurrencyCode, { message: 'not an ISO 4217 currency code (for example EUR, USD, GBP)' });

const perPhase = <T extends z.ZodTypeAny>(field: T) => z.object({ pilot: field, refine: field, standardise: field, scale: field });
const NO_AMOUNTS = { pilot: null, refine: null, standardise: null, scale: null };

export const directBenefitSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  label: z.string().max(500),
  /** A yearly amount at full run rate (avoided hiring, new revenue). */
  annual: moneySchema,
});

export const applicationValueSchema = z.object({
  /** One-off cash cost of each roadmap phase, spread over that phase's months. */
  oneOff: perPhase(maybeMoney).default(NO_AMOUNTS),
  /** Internal effort of each phase in person days, costed at the day rate. */
  effortDays: perPhase(maybeDays).default(NO_AMOUNTS),
  /** Recurring cost per month (licences, usage) from the start of `monthlyFrom` on. */
  monthly: maybeMoney,
  monthlyFrom: z.enum(PHASES).default('pilot'),
  /** Overrides the plan's day rate for this application's effort. */
  dayRate: maybeMoney,
  directBenefits: z.array(directBenefitSchema).max(20).default([]),
  /** Share of the full benefit reached while piloting, in percent; full from the scale phase. */
  pilotShare: z.number().int().min(0).max(100).default(25),
  confidence: z.enum(CONFIDENCES).default('medium'),
});

export const NO_APPLICATION_VALUE = applicationValueSchema.parse({});

export const kpiValueSchema = z.object({
  /** What one unit of improvement is worth, per `per` period. */
  perUnit: maybeMoney,
  per: z.enum(VALUE_PERIODS).default('month'),
});

export const budgetSchema = z.object({
  year: z.number().int().min(1900).max(2300),
  amount: moneySchema,
});

export const financeSchema = z.object({
  currency: currencySchema.default('EUR'),
  /** Cost of one person day of internal effort. */
  dayRate: maybeMoney,
  /** Optional budget per calendar year. */
  budgets: z.array(budgetSchema).max(50).default([]),
});
