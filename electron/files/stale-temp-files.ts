import { basename, dirname, join } from 'node:path';
import type { PlanFs } from './plan-fs';

/*
 * A save writes `.NAME.aiplan.<12 hex>.tmp` beside the plan (and `.NAME.aiplan.bak.<12 hex>.tmp` while
 * it keeps the backup), then renames it into place. A save killed before the rename leaves that file
 * behind; the next open or save of the plan removes it. Only this process writes these names (the
 * app runs as one instance), so a temp file that is not one of its own saves in flight is stale.
 */

/** The temp paths of saves this process is making right now: never removed as stale. */
export const tempFilesInFlight = new Set<string>();

/** The temp file a save of `target` writes first, with a fresh random part (12 hex digits). */
export const tempPathFor = (target: string, randomHex: string): string => join(dirname(target), `.${basename(target)}.${randomHex}.tmp`);

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `name` is a temp file of a save of the plan called `planName` (its backup's included). */
export function isTempFileOf(planName: string, name: string): boolean {
  return new RegExp(`^\\.${escapeForRegExp(planName)}(\\.bak)?\\.[0-9a-f]{12}\\.tmp$`).test(name);
}

/**
 * Removes the temp files a killed save of the plan at `planPath` left beside it. Best effort: a
 * folder that cannot be listed, or a file that cannot be removed, is left as it is.
 */
export async function removeStaleTempFiles(fs: Pick<PlanFs, 'readdir' | 'unlink'>, planPath: string): Promise<string[]> {
  const folder = dirname(planPath);
  const planName = basename(planPath);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const path = join(folder, name);
    if (!isTempFileOf(planName, name) || tempFilesInFlight.has(path)) continue;
    try {
      await fs.unlink(path);
      removed.push(path);
    } catch {
      // Gone already, or not ours to remove: harmless either way.
    }
  }
  return removed;
}
