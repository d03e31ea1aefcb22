import { planSchema, PLAN_FORMAT, PLAN_VERSION } from '../schema/plan-schema';
import type { OpContext, Plan } from '../model';
import { addMonths } from '../roadmap/months';
import { defaultPhases } from '../roadmap/phases';

export type TemplateId = 'blank' | 'example';

export const TEMPLATES: readonly { id: TemplateId; label: string; description: string }[] = [
  { id: 'example', label: 'Start from the example', description: 'Four pillars, each with an objective, an AI application and a KPI, already scheduled.' },
  { id: 'blank', label: 'Blank plan', description: 'An empty 18-month plan to fill in with your own pillars.' },
];

export interface TemplateOptions extends OpContext {
  /** First month of the horizon, "YYYY-MM"; usually the month after today. */
  startMonth: string;
}

export function createPlan(template: TemplateId, options: TemplateOptions): Plan {
  return template === 'example' ? examplePlan(options) : blankPlan(options);
}

export function blankPlan({ now, startMonth }: TemplateOptions): Plan {
  return planSchema.parse({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    meta: { title: 'Untitled AI plan', organisation: '', horizonStart: startMonth, horizonMonths: 18, createdAt: now, updatedAt: now },
    pillars: [],
    objectives: [],
    applications: [],
    kpis: [],
  });
}

/** The stock example of DOMAIN.md: four pillars, one path each, scheduled in small steps. */
export function examplePlan({ now, newId, startMonth }: TemplateOptions): Plan {
  const rows = [
    {
      pillar: 'Customer Acquisition',
      objective: 'Increase lead generation',
      application: 'AI-powered chatbot for website engagement',
      category: 'sales-marketing',
      approach: 'off-the-shelf',
      impact: 4,
      feasibility: 4,
      owner: 'Head of Marketing',
      usesPersonalData: true,
      kpi: { name: 'Qualified leads per month', unit: 'leads', baseline: 40, target: 60, direction: 'up', cadence: 'monthly', family: 'throughput', source: 'CRM' },
      offset: 2,
      starter: true,
    },
    {
      pillar: 'Operational Efficiency',
      objective: 'Reduce order processing time',
      application: 'Robotic process automation for order entry',
      category: 'operations-logistics',
      approach: 'hybrid',
      impact: 4,
      feasibility: 3,
      owner: 'Operations Manager',
      usesPersonalData: false,
      kpi: { name: 'Average order processing time', unit: 'minutes', baseline: 18, target: 8, direction: 'down', cadence: 'weekly', family: 'time-saved', source: 'ERP order log' },
      offset: 0,
      starter: true,
    },
    {
      pillar: 'Product Innovation',
      objective: 'Identify new product opportunities',
      application: 'Machine learning for market trend analysis',
      category: 'other',
      approach: 'custom',
      impact: 3,
      feasibility: 2,
      owner: 'Product Lead',
      usesPersonalData: false,
      kpi: { name: 'New product ideas per quarter', unit: 'ideas', baseline: 2, target: 5, direction: 'up', cadence: 'quarterly', family: 'qualitative', source: 'Product board minutes' },
      offset: 9,
      starter: false,
    },
    {
      pillar: 'Customer Retention',
      objective: 'Improve customer satisfaction',
      application: 'AI-driven personalised customer service',
      category: 'customer-support',
      approach: 'hybrid',
      impact: 5,
      feasibility: 3,
      owner: 'Customer Service Lead',
      usesPersonalData: true,
      kpi: { name: 'Customer satisfaction score (CSAT)', unit: '%', baseline: 78, target: 88, direction: 'up', cadence: 'monthly', family: 'customer-satisfaction', source: 'Post-contact survey' },
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
    pillars.push({ id: pillarId, title: row.pillar });
    objectives.push({ id: objectiveId, pillarId, title: row.objective });
    applications.push({
      id: applicationId,
      objectiveId,
      title: row.application,
      category: row.category,
      approach: row.approach,
      impact: row.impact,
      feasibility: row.feasibility,
      owner: row.owner,
      status: 'idea',
      starter: row.starter,
      usesPersonalData: row.usesPersonalData,
      dimensions: {
        functional: { level: 'partly', note: '' },
        tactical: { level: 'addressed', note: '' },
        strategic: { level: 'addressed', note: '' },
        cultural: { level: row.starter ? 'partly' : 'not-considered', note: '' },
        ethical: { level: row.usesPersonalData ? 'partly' : 'not-considered', note: row.usesPersonalData ? 'Privacy review booked before the pilot.' : '' },
        societal: { level: 'not-considered', note: '' },
      },
    });
    kpis.push({ id: newId(), applicationId, owner: row.owner, ...row.kpi });
    schedules.push({ applicationId, phases: defaultPhases(addMonths(startMonth, row.offset)) });
  }
  const milestones = [
    { id: newId(), title: 'AI lead nominated', month: startMonth },
    { id: newId(), title: 'Processes and data audited', month: addMonths(startMonth, 1) },
    { id: newId(), title: 'AI policy approved', month: addMonths(startMonth, 2) },
    { id: newId(), title: 'Quarterly review', month: addMonths(startMonth, 5) },
    { id: newId(), title: 'Quarterly review', month: addMonths(startMonth, 11) },
  ];
  // The personalised service builds on what the chatbot pilot teaches (DOMAIN.md: B after A).
  const dependencies = [{ id: newId(), fromId: appIds[0]!, toId: appIds[3]! }];
  // The chatbot runs offset 2 + 10 months; the service must then start after it: shift it.
  schedules[3] = { applicationId: appIds[3]!, phases: defaultPhases(addMonths(startMonth, 12)) };

  return planSchema.parse({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    meta: { title: 'AI alignment plan', organisation: 'Example Ltd', horizonStart: startMonth, horizonMonths: 24, createdAt: now, updatedAt: now },
    guidingQuestions: {
      businessGoals: 'Grow qualified leads by half and cut order handling time in the next two years.',
      aiContribution: 'Automate repetitive order entry and answer routine website questions so staff focus on customers.',
      technologyFit: 'Start with off-the-shelf tools that integrate with our CRM and ERP; build custom only where data is ours alone.',
      roiMeasurement: 'One KPI per initiative with a baseline measured before the pilot and a target agreed by its owner.',
    },
    pillars,
    objectives,
    applications,
    kpis,
    roadmap: { schedules, milestones, dependencies },
    readiness: {
      vision: 'Use AI to remove repetitive work and answer customers faster; no automated decisions about people.',
      usesToAvoid: 'No AI-made hiring or credit decisions; no customer data in public AI tools.',
      aiLead: '',
    },
  });
}
