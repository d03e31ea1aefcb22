import type { Approach, Cadence, Category, Status } from './model';

/** Human labels for the schema's enumerations, shared by every view and the PDF. */
export const STATUS_LABELS: Record<Status, string> = {
  idea: 'Idea',
  pilot: 'Pilot',
  refine: 'Refine',
  scale: 'Scale',
  live: 'Live',
  retired: 'Retired',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  'customer-support': 'Customer support and communication',
  'sales-marketing': 'Sales and marketing',
  'operations-logistics': 'Operations and logistics',
  'finance-admin': 'Finance and admin',
  'hr-talent': 'HR and talent',
  other: 'Other',
};

export const APPROACH_LABELS: Record<Approach, string> = {
  'off-the-shelf': 'Off-the-shelf tool',
  custom: 'Custom solution',
  hybrid: 'Hybrid',
};

export const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
};
