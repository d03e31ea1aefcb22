import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openPlanFile, savePlanFile } from '../../../../electron/files/plan-file';
import { realPlanFs, type PlanFs } from '../../../../electron/files/plan-fs';
import { FIXTURES_DIR } from '../../../fixtures/fixture-files';
import { tempFolders } from './fs-doubles';

const folders = tempFolders();
afterEach(() => folders.cleanUp());

const exampleBytes = readFileSync(fileURLToPath(new URL('example.aiplan', FIXTURES_DIR)));

/** What a save killed before its rename leaves beside `NAME`: its temp file and its backup's staging link. */
const leftByKilledSave = (name: string) => [`.${name}.0123456789ab.tmp`, `.${name}.bak.fedcba987654.tmp`];

/** Names that look alike but are not temp files of `plan.aiplan`'s saves: never touched. */
const LOOKALIKES = [
  '.other.aiplan.0123456789ab.tmp',
  '.plan.aiplan.tmp',
  '.plan.aiplan.0123456789ab.tmp.keep',
  '.plan.aiplan.0123456789AB.tmp',
  '.plan.aiplan.0123456789a.tmp',
  'plan.aiplan.0123456789ab.tmp',
  '.plan-aiplan.0123456789ab.tmp',
  '.xplan.aiplan.0123456789ab.tmp',
  '.plan.aiplan.bak',
  'plan.aiplan.bak',
  'notes.txt',
];

function folderWithLeftovers(planName = 'plan.aiplan') {
  const dir = folders.make();
  const path = join(dir, planName);
  writeFileSync(path, exampleBytes);
  const stale = leftByKilledSave(planName);
  for (const name of [...stale, ...LOOKALIKES]) writeFileSync(join(dir, name), `contents of ${name}`);
  return { dir, path, stale };
}

const untouched = (dir: string, except: readonly string[] = []) =>
  LOOKALIKES.filter((name) => !except.includes(name)).every((name) => readFileSync(join(dir, name), 'utf8') === `contents of ${name}`);

describe('temp files left by a killed save', () => {
  it('are removed when the plan is opened, and nothing else in the folder is touched', async () => {
    const { dir, path, stale } = folderWithLeftovers();
    const opened = await openPlanFile(path);
    expect(opened.status).toBe('opened');
    const names = readdirSync(dir);
    for (const name of stale) expect(names).not.toContain(name);
    expect(names.sort()).toEqual(['plan.aiplan', ...LOOKALIKES].sort());
    expect(untouched(dir)).toBe(true);
  });

  it('are removed when the plan is saved, beside the backup the save keeps', async () => {
    const { dir, path, stale } = folderWithLeftovers();
    const opened = await openPlanFile(join(dir, 'plan.aiplan'));
    if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
    for (const name of stale) writeFileSync(join(dir, name), 'left again by a second killed save');
    const saved = await savePlanFile(path, opened.plan);
    expect(saved.status).toBe('saved');
    expect(readdirSync(dir).sort()).toEqual(['plan.aiplan', ...LOOKALIKES].sort());
    // The backup is the save's own: the plan as it was before.
    expect(readFileSync(join(dir, 'plan.aiplan.bak')).equals(exampleBytes)).toBe(true);
    expect(untouched(dir, ['plan.aiplan.bak'])).toBe(true);
  });

  it('are removed only for the plan opened, even when its name holds characters special in patterns', async () => {
    const { dir, path, stale } = folderWithLeftovers('Q3 (draft) [v2]+$.aiplan');
    const otherPlansTemp = leftByKilledSave('Q3 (draft) [v2]+$X.aiplan');
    for (const name of otherPlansTemp) writeFileSync(join(dir, name), 'another plan');
    expect((await openPlanFile(path)).status).toBe('opened');
    const names = readdirSync(dir);
    for (const name of stale) expect(names).not.toContain(name);
    for (const name of otherPlansTemp) expect(names).toContain(name);
    expect(untouched(dir)).toBe(true);
  });

  it('are removed beside the real file when the plan is opened through a symbolic link', async () => {
    const { dir, stale } = folderWithLeftovers();
    const elsewhere = folders.make();
    const link = join(elsewhere, 'linked.aiplan');
    symlinkSync(join(dir, 'plan.aiplan'), link);
    expect((await openPlanFile(link)).status).toBe('opened');
    for (const name of stale) expect(readdirSync(dir)).not.toContain(name);
  });

  it('are left alone when the file does not open as a plan', async () => {
    const dir = folders.make();
    const path = join(dir, 'plan.aiplan');
    writeFileSync(path, '{"not": "a plan"}');
    const stale = leftByKilledSave('plan.aiplan');
    for (const name of stale) writeFileSync(join(dir, name), 'x');
    expect((await openPlanFile(path)).status).toBe('error');
    expect(readdirSync(dir).sort()).toEqual(['plan.aiplan', ...stale].sort());
  });

  it('do not include the temp file of a save still in progress, which then completes', async () => {
    const { dir, path } = folderWithLeftovers();
    const opened = await openPlanFile(path);
    if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
    // A save held just after writing its temp file, while the same plan is opened again.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const tempWritten = new Promise<void>((resolve) => (written = resolve));
    const slowFs: PlanFs = {
      ...realPlanFs,
      async open(file, flags, mode) {
        const handle = await realPlanFs.open(file, flags, mode);
        if (!file.endsWith('.tmp')) return handle;
        return {
          stat: () => handle.stat(),
          read: (...args) => handle.read(...args),
          sync: () => handle.sync(),
          close: () => handle.close(),
          async writeFile(data) {
            await handle.writeFile(data);
            written();
            await held;
          },
        };
      },
    };
    const saving = savePlanFile(path, { ...opened.plan, meta: { ...opened.plan.meta, title: 'Saved while opened' } }, { fs: slowFs });
    await tempWritten;
    const inFlight = readdirSync(dir).filter((name) => /^\.plan\.aiplan\.[0-9a-f]{12}\.tmp$/.test(name));
    expect(inFlight).toHaveLength(1);
    expect((await openPlanFile(path)).status).toBe('opened');
    expect(readdirSync(dir)).toContain(inFlight[0]);
    release();
    expect((await saving).status).toBe('saved');
    const reopened = await openPlanFile(path);
    expect(reopened.status === 'opened' && reopened.plan.meta.title).toBe('Saved while opened');
  });

  it('in a folder that cannot be listed do not stop the plan from opening', async () => {
    const dir = folders.make();
    mkdirSync(join(dir, 'sub'));
    const path = join(dir, 'sub', 'plan.aiplan');
    writeFileSync(path, exampleBytes);
    const unlistable: PlanFs = { ...realPlanFs, readdir: async () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) };
    expect((await openPlanFile(path, { fs: unlistable })).status).toBe('opened');
  });
});
