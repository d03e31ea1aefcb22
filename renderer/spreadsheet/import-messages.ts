import type { FileError } from '../../shared/ipc-contract';
import type { MessageKey, Translate } from '../../shared/i18n/translator';
import type { ImportCounts, ImportField, ReadRefusal, RowProblem } from '../../shared/spreadsheet/spreadsheet-types';

/*
 * The words of the Import dialog for what the domain returns as codes: fields, row problems and
 * refusals. Each key is written out in full so that the catalogue test finds it.
 */

export const FIELD_LABEL_KEYS: Readonly<Record<ImportField, MessageKey>> = {
  pillar: 'spreadsheet.field.pillar',
  objective: 'spreadsheet.field.objective',
  application: 'spreadsheet.field.application',
  kpi: 'spreadsheet.field.kpi',
  pillarDescription: 'spreadsheet.field.pillarDescription',
  objectiveDescription: 'spreadsheet.field.objectiveDescription',
  description: 'spreadsheet.field.description',
  problem: 'spreadsheet.field.problem',
  owner: 'spreadsheet.field.owner',
  status: 'spreadsheet.field.status',
  category: 'spreadsheet.field.category',
  approach: 'spreadsheet.field.approach',
  impact: 'spreadsheet.field.impact',
  feasibility: 'spreadsheet.field.feasibility',
  kpiUnit: 'spreadsheet.field.kpiUnit',
  baseline: 'spreadsheet.field.baseline',
  target: 'spreadsheet.field.target',
  direction: 'spreadsheet.field.direction',
  cadence: 'spreadsheet.field.cadence',
  kpiOwner: 'spreadsheet.field.kpiOwner',
  source: 'spreadsheet.field.source',
  pilotStart: 'spreadsheet.field.pilotStart',
};

const PROBLEM_KEYS: Readonly<Record<RowProblem['reason'], MessageKey>> = {
  'no-application': 'spreadsheet.problem.no-application',
  'no-objective': 'spreadsheet.problem.no-objective',
  'no-pillar': 'spreadsheet.problem.no-pillar',
  'not-a-score': 'spreadsheet.problem.not-a-score',
  'not-a-month': 'spreadsheet.problem.not-a-month',
  'not-a-number': 'spreadsheet.problem.not-a-number',
  'unknown-choice': 'spreadsheet.problem.unknown-choice',
  formula: 'spreadsheet.problem.formula',
  'too-long': 'spreadsheet.problem.too-long',
  'over-cap': 'spreadsheet.problem.over-cap',
};

const REFUSAL_KEYS: Readonly<Record<ReadRefusal, MessageKey>> = {
  'not-a-spreadsheet': 'spreadsheet.refusal.not-a-spreadsheet',
  'too-large': 'spreadsheet.refusal.too-large',
  'zip-bomb': 'spreadsheet.refusal.zip-bomb',
  'too-many-entries': 'spreadsheet.refusal.too-many-entries',
  'too-many-rows': 'spreadsheet.refusal.too-many-rows',
  'too-many-columns': 'spreadsheet.refusal.too-many-columns',
  'cell-too-large': 'spreadsheet.refusal.cell-too-large',
  encrypted: 'spreadsheet.refusal.encrypted',
  corrupt: 'spreadsheet.refusal.corrupt',
};

export const fieldLabel = (field: ImportField, t: Translate): string => t(FIELD_LABEL_KEYS[field]);

/** "Row 7: Impact “high” is not a score from 1 to 5". */
export function problemText(problem: RowProblem, t: Translate): string {
  const field = problem.field ? fieldLabel(problem.field, t) : t('spreadsheet.field.none');
  return t('spreadsheet.preview.problem', { row: problem.row, reason: t(PROBLEM_KEYS[problem.reason], { field, value: problem.value }) });
}

/** Why a file was not imported: the domain's refusal, the disk's error, or (neither known) a failure. */
export function refusalText(reason: ReadRefusal | null, error: FileError | null, t: Translate): string {
  if (reason) return t(REFUSAL_KEYS[reason]);
  return error?.message ?? t('spreadsheet.refusal.failed');
}

/** The created counts as lines ("3 strategic pillars"), leaving out kinds of which none were made. */
export function countLines(counts: ImportCounts, t: Translate): string[] {
  const lines: [number, MessageKey][] = [
    [counts.pillars, 'spreadsheet.count.pillars'],
    [counts.objectives, 'spreadsheet.count.objectives'],
    [counts.applications, 'spreadsheet.count.applications'],
    [counts.kpis, 'spreadsheet.count.kpis'],
    [counts.schedules, 'spreadsheet.count.schedules'],
  ];
  return lines.filter(([count]) => count > 0).map(([count, key]) => t(key, { count }));
}

export const nothingCreated = (counts: ImportCounts): boolean => counts.pillars + counts.objectives + counts.applications + counts.kpis + counts.schedules === 0;
