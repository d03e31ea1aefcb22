import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';
import { FIXTURES_DIR } from '../../fixtures/fixture-files';

/*
 * What the `aiplan check` tests share: the clock's zone pinned to UTC, and variants of the example
 * plan written to fresh folders, removed after each test. Call `useExamplePlanFiles()` once at the
 * top of a test file.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the plan file as plain JSON, edited like a person would
export type PlanJson = any;

export const fixture = (name: string): string => fileURLToPath(new URL(name, FIXTURES_DIR));

export function useExamplePlanFiles(prefix: string): { examplePlanWith(edit: (doc: PlanJson) => void): string } {
  const savedTz = process.env.TZ;
  const made: string[] = [];
  beforeEach(() => {
    process.env.TZ = 'UTC';
  });
  afterEach(() => {
    process.env.TZ = savedTz;
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return {
    /** Writes a variant of the example plan to a fresh folder and returns its path. */
    examplePlanWith(edit) {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      made.push(dir);
      const doc = JSON.parse(readFileSync(fixture('example.aiplan'), 'utf8'));
      edit(doc);
      const path = join(dir, 'plan.aiplan');
      writeFileSync(path, JSON.stringify(doc, null, 2));
      return path;
    },
  };
}
