import { mergeImport } from '../../shared/spreadsheet/import-plan';
import type { ImportCounts, ImportPreview } from '../../shared/spreadsheet/spreadsheet-types';
import type { Plan } from '../../shared/model';
import { newId } from './ids';
import { commit } from './plan-actions';

/*
 * The verb of a spreadsheet merged into the open plan (#19): the whole import is one undo step.
 * The ids are made once and reused, so the recipe gives the same plan each time it runs.
 */

/** What merging `preview` into `plan` would create, without touching the document (the preview's counts). */
export function mergeCounts(plan: Plan, preview: ImportPreview): ImportCounts {
  let n = 0;
  return mergeImport(plan, preview, () => `preview-${n++}`).created;
}

/** Adds what is new in the imported rows to the open plan; returns what was created, or null when nothing changed. */
export function mergeSpreadsheet(preview: ImportPreview): ImportCounts | null {
  const ids: string[] = [];
  let next = 0;
  const make = () => (ids[next++] ??= newId());
  let created: ImportCounts | null = null;
  const changed = commit((plan) => {
    next = 0;
    const merged = mergeImport(plan, preview, make);
    created = merged.created;
    // Rows that add nothing and change no field leave the plan as it was: no step, not dirty.
    return JSON.stringify(merged.plan) === JSON.stringify(plan) ? plan : merged.plan;
  });
  return changed ? created : null;
}
