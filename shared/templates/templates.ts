import { planSchema, PLAN_FORMAT, PLAN_VERSION } from '../schema/plan-schema';
import type { OpContext, Plan } from '../model';
import { addMonths } from '../roadmap/months';
import { defaultPhases } from '../roadmap/phases';
import { t as activeT } from '../i18n/active-locale';
import { isLocale, type AnyLocale, type Locale } from '../i18n/locales';
import type { MessageKey } from '../i18n/translator';
import { TEMPLATE_CONTENT } from './template-content';
import { withExampleGovernance } from './example-governance';
import { withExampleWorkshop } from './example-workshop';
import { isCurrencyCode } from '../value/currencies';

export type TemplateId = 'blank' | 'example';

const TEMPLATE_TEXT: Record<TemplateId, { label: MessageKey; description: MessageKey }> = {
  example: { label: 'domain.template.example.label', description: 'domain.template.example.description' },
  blank: { label: 'domain.template.blank.label', description: 'domain.template.blank.description' },
};

/** The templates a new plan starts from; label and description are read in the active language. */
export const TEMPLATES: readonly { id: TemplateId; readonly label: string; readonly description: string }[] = (['example', 'blank'] as const).map((id) => ({
  id,
  get label() {
    return activeT(TEMPLATE_TEXT[id].label);
  },
  get description() {
    return activeT(TEMPLATE_TEXT[id].description);
  },
}));

export interface TemplateOptions extends OpContext {
  /** First month of the horizon, "YYYY-MM"; usually the month after today. */
  startMonth: string;
  /** The language the plan's content is written in; English by default (and for pseudo-localisation). */
  locale?: AnyLocale;
  /** ISO 4217 code a blank plan keeps its money in (the app passes the OS region's); EUR by default. The example stays in EUR. */
  currency?: string;
}

const contentIn = (locale: AnyLocale | undefined) => TEMPLATE_CONTENT[isLocale(locale) ? locale : ('en' satisfies Locale)];

export function createPlan(template: TemplateId, options: TemplateOptions): Plan {
  return template === 'example' ? examplePlan(options) : blankPlan(options);
}

export function blankPlan({ now, newId, startMonth, locale, currency }: TemplateOptions): Plan {
  return planSchema.parse({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    documentId: newId(),
    meta: { title: contentIn(locale).blankTitle, organisation: '', horizonStart: startMonth, horizonMonths: 18, createdAt: now, updatedAt: now },
    pillars: [],
    objectives: [],
    applications: [],
    kpis: [],
    finance: { currency: currency !== undefined && isCurrencyCode(currency) ? currency : 'EUR', dayRate: null, budgets: [] },
  });
}

/** The stock example of DOMAIN.md: four pillars, one path each, scheduled in small steps; written in `locale`. */
export function examplePlan({ now, newId, startMonth, locale }: TemplateOptions): Plan {
  const text = contentIn(locale).example;
  const [acquisition, efficiency, innovation, retention] = text.rows;
  const rows = [
    {
      ...acquisition,
      category: 'sales-marketing',
      approach: 'off-the-shelf',
      impact: 4,
      feasibility: 4,
      usesPersonalData: true,
      kpi: { ...acquisition.kpi, baseline: 40, target: 60, direction: 'up', cadence: 'monthly', family: 'throughput', value: { perUnit: 120_00, per: 'month' } },
      value: {
        oneOff: { pilot: 4_000_00, refine: 1_500_00, standardise: 1_000_00, scale: 2_000_00 },
        effortDays: { pilot: 10, refine: 5, standardise: 5, scale: 5 },
        monthly: 350_00,
        monthlyFrom: 'pilot',
        confidence: 'medium',
      },
      offset: 2,
      starter: true,
    },
    {
      ...efficiency,
      category: 'operations-logistics',
      approach: 'hybrid',
      impact: 4,
      feasibility: 3,
      usesPersonalData: false,
      // Each minute saved on an order is worth about 300 € a month (some 400 orders at 0.75 € a minute).
      kpi: { ...efficiency.kpi, baseline: 18, target: 8, direction: 'down', cadence: 'weekly', family: 'time-saved', value: { perUnit: 300_00, per: 'month' } },
      value: {
        oneOff: { pilot: 8_000_00, refine: 3_000_00, standardise: 2_000_00, scale: 4_000_00 },
        effortDays: { pilot: 15, refine: 10, standardise: 5, scale: 5 },
        monthly: 600_00,
        monthlyFrom: 'pilot',
        directBenefits: [{ label: text.avoidedHire, annual: 18_000_00 }],
        confidence: 'high',
      },
      offset: 0,
      starter: true,
    },
    {
      ...innovation,
      category: 'other',
      approach: 'custom',
      impact: 3,
      feasibility: 2,
      usesPersonalData: false,
      kpi: { ...innovation.kpi, baseline: 2, target: 5, direction: 'up', cadence: 'quarterly', family: 'qualitative', value: { perUnit: 1_500_00, per: 'quarter' } },
      value: {
        oneOff: { pilot: 12_000_00, refine: 6_000_00, standardise: 4_000_00, scale: 5_000_00 },
        effortDays: { pilot: 20, refine: 10, standardise: 10, scale: 5 },
        monthly: 400_00,
        monthlyFrom: 'refine',
        confidence: 'low',
      },
      offset: 9,
      starter: false,
    },
    {
      ...retention,
      category: 'customer-support',
      approach: 'hybrid',
      impact: 5,
      feasibility: 3,
      usesPersonalData: true,
      kpi: { ...retention.kpi, baseline: 78, target: 88, direction: 'up', cadence: 'monthly', family: 'customer-satisfaction', value: { perUnit: 900_00, per: 'month' } },
      value: {
        oneOff: { pilot: 15_000_00, refine: 8_000_00, standardise: 6_000_00, scale: 10_000_00 },
        effortDays: { pilot: 25, refine: 15, standardise: 10, scale: 10 },
        monthly: 1_200_00,
        monthlyFrom: 'pilot',
        confidence: 'medium',
      },
      offset: 6,
      starter: false,
    },
  ] as const;

  const pillars = [];
  const objectives = [];
  const applications = [];
  const kpis = [];
  const schedules = [];
  const appIds: string[] = [];
  for (const row of rows) {
    const pillarId = newId();
    const objectiveId = newId();
    const applicationId = newId();
    appIds.push(applicationId);
    pillars.push({ id: pillarId, title: row.pillar, description: row.pillarDescription });
    objectives.push({ id: objectiveId, pillarId, title: row.objective, description: row.objectiveDescription });
    applications.push({
      id: applicationId,
      objectiveId,
      title: row.application,
      problem: row.problem,
      description: row.description,
      dataReadiness: row.dataReadiness,
      risk: row.risk,
      category: row.category,
      approach: row.approach,
      impact: row.impact,
      feasibility: row.feasibility,
      owner: row.owner,
      status: 'idea',
      starter: row.starter,
      // A direct benefit's id derives from its application's, so the example's other ids stay as they were.
      value: { ...row.value, directBenefits: ('directBenefits' in row.value ? row.value.directBenefits : []).map((d, i) => ({ id: `${applicationId}-b${i + 1}`, ...d })) },
      governance: { dataClasses: row.usesPersonalData ? ['customer-personal'] : ['internal'] },
      dimensions: {
        functional: { level: 'partly', note: '' },
        tactical: { level: 'addressed', note: '' },
        strategic: { level: 'addressed', note: '' },
        cultural: { level: row.starter ? 'partly' : 'not-considered', note: '' },
        ethical: { level: row.usesPersonalData ? 'partly' : 'not-considered', note: row.usesPersonalData ? text.privacyNote : '' },
        societal: { level: 'not-considered', note: '' },
      },
    });
    kpis.push({ id: newId(), applicationId, owner: row.owner, ...row.kpi });
    schedules.push({ applicationId, phases: defaultPhases(addMonths(startMonth, row.offset)) });
  }
  const milestones = [
    { id: newId(), title: text.milestones.leadNominated, month: startMonth },
    { id: newId(), title: text.milestones.audited, month: addMonths(startMonth, 1) },
    { id: newId(), title: text.milestones.policyApproved, month: addMonths(startMonth, 2) },
    { id: newId(), title: text.milestones.quarterlyReview, month: addMonths(startMonth, 5) },
    { id: newId(), title: text.milestones.quarterlyReview, month: addMonths(startMonth, 11) },
  ];
  // The personalised service builds on what the chatbot pilot teaches (DOMAIN.md: B after A).
  const dependencies = [{ id: newId(), fromId: appIds[0]!, toId: appIds[3]! }];
  // The chatbot runs offset 2 + 10 months; the service must then start after it: shift it.
  schedules[3] = { applicationId: appIds[3]!, phases: defaultPhases(addMonths(startMonth, 12)) };

  const plan = planSchema.parse({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    documentId: DOCUMENT_ID_PENDING,
    meta: { title: text.title, organisation: text.organisation, horizonStart: startMonth, horizonMonths: 24, createdAt: now, updatedAt: now },
    guidingQuestions: { ...text.guidingQuestions },
    pillars,
    objectives,
    applications,
    kpis,
    roadmap: { schedules, milestones, dependencies },
    // Believable SME figures in euro cents; about what the four applications cost in their first two years.
    finance: { currency: 'EUR', dayRate: 480_00, budgets: [{ year: Number(startMonth.slice(0, 4)), amount: 90_000_00 }, { year: Number(startMonth.slice(0, 4)) + 1, amount: 130_000_00 }] },
    readiness: {
      vision: text.readiness.vision,
      usesToAvoid: text.readiness.usesToAvoid,
      aiLead: '',
    },
  });
  const example = withExampleWorkshop(withExampleGovernance(plan, { now, newId, locale }), { now, newId, locale });
  // Drawn last, so that the example's other ids are the ones they were before plans had a document id.
  return { ...example, documentId: newId() };
}

/** Stands in for the example's document id until every other id is drawn; never saved. */
const DOCUMENT_ID_PENDING = 'pending';
