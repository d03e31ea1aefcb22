import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openPlanFile, savePlanFile } from '../../../../electron/files/plan-file';
import type { Plan } from '../../../../shared/model';
import { serialisePlan } from '../../../../shared/plan-load';
import { PLAN_CAPS, PLAN_VERSION } from '../../../../shared/schema/plan-schema';
import { FIXTURES_DIR, HOSTILE_DIR } from '../../../fixtures/fixture-files';
import { generatePlan } from '../../../fixtures/generate-plan';
import { errno, spyFs, tempFolders } from './fs-doubles';

const folders = tempFolders();
afterEach(() => folders.cleanUp());

async function examplePlan(): Promise<Plan> {
  const result = await openPlanFile(fileURLToPath(new URL('example.aiplan', FIXTURES_DIR)));
  if (result.status !== 'opened') throw new Error('the example fixture does not open');
  return result.plan;
}

const renamed = (plan: Plan, title: string): Plan => ({ ...plan, meta: { ...plan.meta, title } });

/** A folder holding plan.aiplan with the example plan already saved in it. */
async function folderWithSavedPlan() {
  const dir = folders.make();
  const path = join(dir, 'plan.aiplan');
  const plan = await examplePlan();
  const first = await savePlanFile(path, plan);
  expect(first.status).toBe('saved');
  return { dir, path, plan, bytes: readFileSync(path) };
}

describe('savePlanFile', () => {
  describe('a successful save', () => {
    it('writes a plan that opens again equal to what was saved', async () => {
      const path = join(folders.make(), 'round-trip.aiplan');
      const plan = await examplePlan();
      const saved = await savePlanFile(path, plan);
      if (saved.status !== 'saved') throw new Error(JSON.stringify(saved));
      const opened = await openPlanFile(path);
      if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
      expect(opened.plan).toEqual(plan);
      expect(saved.mtimeMs).toBe(statSync(path).mtimeMs);
      expect(opened.mtimeMs).toBe(saved.mtimeMs);
    });

    it('writes the canonical bytes, so a plan saved twice unchanged gives the same file', async () => {
      const { path, plan, bytes } = await folderWithSavedPlan();
      expect(bytes.toString('utf8')).toBe(serialisePlan(plan));
      await savePlanFile(path, plan);
      expect(readFileSync(path).equals(bytes)).toBe(true);
    });

    it('round-trips a generated plan of 1,000 scheduled applications', async () => {
      const path = join(folders.make(), 'large.aiplan');
      const plan = generatePlan({ pillars: 5, objectivesPerPillar: 10, applicationsPerObjective: 20, kpisPerApplication: 2, scheduled: true, startMonth: '2027-01', actualsPerKpi: 2 });
      expect((await savePlanFile(path, plan)).status).toBe('saved');
      const opened = await openPlanFile(path);
      expect(opened.status === 'opened' && opened.plan).toEqual(plan);
    });

    it('keeps markup in text fields as plain text through save and open', async () => {
      const markup = await openPlanFile(fileURLToPath(new URL('markup-in-text.aiplan', HOSTILE_DIR)));
      if (markup.status !== 'opened') throw new Error('the markup fixture does not open');
      const path = join(folders.make(), 'markup.aiplan');
      await savePlanFile(path, markup.plan);
      const opened = await openPlanFile(path);
      expect(opened.status === 'opened' && opened.plan).toEqual(markup.plan);
    });

    it('stamps meta.updatedAt with the time it is given, and nothing else', async () => {
      const path = join(folders.make(), 'stamped.aiplan');
      const plan = await examplePlan();
      await savePlanFile(path, plan, { now: '2027-03-04T05:06:07.000Z' });
      const opened = await openPlanFile(path);
      if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
      expect(opened.plan.meta.updatedAt).toBe('2027-03-04T05:06:07.000Z');
      expect(opened.plan.meta.createdAt).toBe(plan.meta.createdAt);
      expect({ ...opened.plan, meta: plan.meta }).toEqual(plan);
      expect(plan.meta.updatedAt).not.toBe('2027-03-04T05:06:07.000Z');
    });

    it('keeps the previous file as <name>.bak when it replaces one', async () => {
      const { dir, path, plan, bytes } = await folderWithSavedPlan();
      expect(existsSync(join(dir, 'plan.aiplan.bak'))).toBe(false);
      await savePlanFile(path, renamed(plan, 'Second version'));
      expect(readFileSync(join(dir, 'plan.aiplan.bak')).equals(bytes)).toBe(true);
      const third = readFileSync(path);
      await savePlanFile(path, renamed(plan, 'Third version'));
      expect(readFileSync(join(dir, 'plan.aiplan.bak')).equals(third)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['plan.aiplan', 'plan.aiplan.bak']);
    });

    it('writes through a temp file in the same folder, flushed before it is renamed over the target', async () => {
      const { dir, path, plan } = await folderWithSavedPlan();
      const spy = spyFs();
      await savePlanFile(path, renamed(plan, 'Renamed'), { fs: spy.fs });
      const steps = spy.calls.map((call) => call.replaceAll(dir, '<dir>').replace(/\.plan\.aiplan\.[0-9a-f]+\.tmp/g, '.plan.aiplan.TEMP.tmp').replace(/\.plan\.aiplan\.bak\.[0-9a-f]+\.tmp/g, '.plan.aiplan.bak.TEMP.tmp'));
      // The backup is staged under a temp name and renamed over the old one, so a crash never leaves none.
      const order = ['open <dir>/.plan.aiplan.TEMP.tmp wx', 'handle.writeFile <dir>/.plan.aiplan.TEMP.tmp', 'handle.sync <dir>/.plan.aiplan.TEMP.tmp', 'handle.close <dir>/.plan.aiplan.TEMP.tmp', 'link <dir>/plan.aiplan <dir>/.plan.aiplan.bak.TEMP.tmp', 'rename <dir>/.plan.aiplan.bak.TEMP.tmp <dir>/plan.aiplan.bak', 'rename <dir>/.plan.aiplan.TEMP.tmp <dir>/plan.aiplan', 'open <dir> r', 'handle.sync <dir>'];
      const positions = order.map((step) => steps.indexOf(step));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    it('saves a plan opened through a symbolic link into the file it points at, and the link stays a link', async () => {
      const { dir, plan } = await folderWithSavedPlan();
      const elsewhere = folders.make();
      const link = join(elsewhere, 'shortcut.aiplan');
      symlinkSync(join(dir, 'plan.aiplan'), link);
      const saved = await savePlanFile(link, renamed(plan, 'Saved through the link'));
      expect(saved).toMatchObject({ status: 'saved', path: link });
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      const opened = await openPlanFile(join(dir, 'plan.aiplan'));
      expect(opened.status === 'opened' && opened.plan.meta.title).toBe('Saved through the link');
      // The backup sits beside the real file, not beside the link.
      expect(readdirSync(dir).sort()).toEqual(['plan.aiplan', 'plan.aiplan.bak']);
      expect(readdirSync(elsewhere)).toEqual(['shortcut.aiplan']);
    });

    it('keeps the backup as a copy on disks without hard links (FAT, some network shares)', async () => {
      const { dir, path, plan, bytes } = await folderWithSavedPlan();
      const spy = spyFs({ link: (e, n) => errno('EPERM', 'link', n) });
      expect((await savePlanFile(path, renamed(plan, 'On a USB stick'), { fs: spy.fs })).status).toBe('saved');
      expect(spy.calls.some((call) => call.startsWith('copyFile'))).toBe(true);
      expect(readFileSync(join(dir, 'plan.aiplan.bak')).equals(bytes)).toBe(true);
    });

    it('keeps the backup apart from the new file, even though it is a hard link at first', async () => {
      const { dir, path, plan, bytes } = await folderWithSavedPlan();
      await savePlanFile(path, renamed(plan, 'Second'));
      await savePlanFile(path, renamed(plan, 'Third'));
      const backup = await openPlanFile(join(dir, 'plan.aiplan.bak'));
      const current = await openPlanFile(path);
      expect(backup.status === 'opened' && backup.plan.meta.title).toBe('Second');
      expect(current.status === 'opened' && current.plan.meta.title).toBe('Third');
      expect(statSync(path).nlink).toBe(1);
      expect(bytes.length).toBeGreaterThan(0);
    });

    it('keeps the permission bits of the file it replaces', async () => {
      const { path, plan } = await folderWithSavedPlan();
      chmodSync(path, 0o600);
      await savePlanFile(path, renamed(plan, 'Private'));
      expect(statSync(path).mode & 0o777).toBe(0o600);
    });

    it('replaces a file that is not a plan when asked to (Save As onto it), keeping it as .bak', async () => {
      const dir = folders.make();
      const path = join(dir, 'notes.aiplan');
      writeFileSync(path, 'just some notes\n');
      expect((await savePlanFile(path, await examplePlan())).status).toBe('saved');
      expect(readFileSync(join(dir, 'notes.aiplan.bak'), 'utf8')).toBe('just some notes\n');
    });
  });

  describe('refusals that leave the file untouched', () => {
    it('refuses a plan saved by a newer version, and keeps the file untouched', async () => {
      const dir = folders.make();
      const path = join(dir, 'newer.aiplan');
      copyFileSync(fileURLToPath(new URL('newer-version.aiplan', HOSTILE_DIR)), path);
      const before = readFileSync(path);
      const result = await savePlanFile(path, await examplePlan());
      if (result.status !== 'error') throw new Error('expected a refusal');
      expect(result.error.code).toBe('newer-version');
      expect(result.error.message).toMatch(/newer version.*file format 99.*Save As/);
      expect(readFileSync(path).equals(before)).toBe(true);
      expect(readdirSync(dir)).toEqual(['newer.aiplan']);
    });

    it('recognises a newer plan even when its keys are not in the usual order', async () => {
      const dir = folders.make();
      const path = join(dir, 'reordered.aiplan');
      const doc = JSON.parse(readFileSync(fileURLToPath(new URL('newer-version.aiplan', HOSTILE_DIR)), 'utf8')) as Record<string, unknown>;
      const { format, version, ...rest } = doc;
      writeFileSync(path, JSON.stringify({ ...rest, version, format }));
      const result = await savePlanFile(path, await examplePlan());
      expect(result.status === 'error' && result.error.code).toBe('newer-version');
    });

    it('refuses a plan with values of the wrong kind before touching the disk', async () => {
      const dir = folders.make();
      const path = join(dir, 'bad.aiplan');
      const plan = await examplePlan();
      const broken = { ...plan, meta: { ...plan.meta, horizonMonths: 99 } };
      const spy = spyFs();
      const result = await savePlanFile(path, broken, { fs: spy.fs });
      if (result.status !== 'error') throw new Error('expected a refusal');
      expect(result.error.code).toBe('invalid');
      expect(result.error.details.join('\n')).toMatch(/meta\.horizonMonths/);
      expect(spy.calls).toEqual([]);
      expect(readdirSync(dir)).toEqual([]);
    });

    it('refuses a plan whose KPI points at a missing application', async () => {
      const path = join(folders.make(), 'dangling.aiplan');
      const plan = await examplePlan();
      const broken = { ...plan, kpis: [{ ...plan.kpis[0]!, applicationId: 'nowhere' }] };
      const result = await savePlanFile(path, broken);
      expect(result.status === 'error' && result.error.code).toBe('broken-references');
      expect(existsSync(path)).toBe(false);
    });

    it('refuses a plan with more AI applications than a plan file may hold, so that it never writes a file it could not open', async () => {
      const { dir, path, bytes } = await folderWithSavedPlan();
      const plan = await examplePlan();
      const objectiveId = plan.objectives[0]!.id;
      const extra = Array.from({ length: PLAN_CAPS.applications + 1 - plan.applications.length }, (_, i) => ({ ...plan.applications[0]!, id: `extra${i}`, objectiveId }));
      const result = await savePlanFile(path, { ...plan, applications: [...plan.applications, ...extra] });
      if (result.status !== 'error') throw new Error('expected a refusal');
      expect(result.error.code).toBe('too-many-items');
      expect(result.error.details).toEqual([`${(PLAN_CAPS.applications + 1).toLocaleString('en')} AI applications; at most ${PLAN_CAPS.applications.toLocaleString('en')} are allowed.`]);
      expect(readFileSync(path).equals(bytes)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['plan.aiplan']);
    });

    it('takes the plan as its text, as the renderer sends it, and writes the same bytes as from the object', async () => {
      const plan = await examplePlan();
      const dir = folders.make();
      expect((await savePlanFile(join(dir, 'from-object.aiplan'), plan)).status).toBe('saved');
      expect((await savePlanFile(join(dir, 'from-text.aiplan'), serialisePlan(plan))).status).toBe('saved');
      expect(readFileSync(join(dir, 'from-text.aiplan')).equals(readFileSync(join(dir, 'from-object.aiplan')))).toBe(true);
    });

    it('refuses plan text that does not load, with the reason, and writes nothing', async () => {
      const dir = folders.make();
      const path = join(dir, 'bad-text.aiplan');
      const text = serialisePlan(await examplePlan()).replace(`"version": ${PLAN_VERSION},`, `"version": ${PLAN_VERSION}, "version": ${PLAN_VERSION},`);
      const result = await savePlanFile(path, text);
      expect(result.status === 'error' && result.error.code).toBe('duplicate-key');
      expect(result.status === 'error' && result.error.message).toMatch(/^The plan was not saved: .*"version" twice/);
      expect(readdirSync(dir)).toEqual([]);
    });

    it('refuses anything that is not a plan at all, without throwing', async () => {
      const path = join(folders.make(), 'junk.aiplan');
      let deep: unknown = {};
      for (let i = 0; i < 10_000; i++) deep = { pillars: deep };
      for (const junk of [null, undefined, 42, [], {}, deep]) {
        const result = await savePlanFile(path, junk);
        expect(result.status === 'error' && result.error.code).toBe('invalid');
      }
      // A string is taken as plan text, and this one is not JSON.
      const text = await savePlanFile(path, 'plan');
      expect(text.status === 'error' && text.error.code).toBe('not-json');
      expect(existsSync(path)).toBe(false);
    });

    it('drops keys a compromised renderer adds, such as __proto__, instead of writing them', async () => {
      const path = join(folders.make(), 'extra.aiplan');
      const plan = await examplePlan();
      const hostile = JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;
      Object.defineProperty(hostile, '__proto__', { value: { polluted: true }, enumerable: true });
      Object.defineProperty(hostile.meta as object, 'constructor', { value: { prototype: { polluted: true } }, enumerable: true });
      hostile.script = '<script>alert(1)</script>';
      expect((await savePlanFile(path, hostile)).status).toBe('saved');
      const text = readFileSync(path, 'utf8');
      expect(text).not.toMatch(/__proto__|constructor|polluted|<script>/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('refuses to replace a file marked read-only', async () => {
      const { path, plan, bytes } = await folderWithSavedPlan();
      chmodSync(path, 0o444);
      const result = await savePlanFile(path, renamed(plan, 'Changed'));
      if (result.status !== 'error') throw new Error('expected a refusal');
      expect(result.error.code).toBe('read-only');
      expect(result.error.message).toMatch(/read-only.*Save As/);
      expect(readFileSync(path).equals(bytes)).toBe(true);
    });

    it('refuses a target that is a folder', async () => {
      const dir = folders.make();
      mkdirSync(join(dir, 'plan.aiplan'));
      const result = await savePlanFile(join(dir, 'plan.aiplan'), await examplePlan());
      expect(result.status === 'error' && result.error.code).toBe('is-directory');
      expect(readdirSync(dir)).toEqual(['plan.aiplan']);
    });

    it('reports a folder that no longer exists as not-found, suggesting Save As', async () => {
      const path = join(folders.make(), 'unplugged', 'plan.aiplan');
      const result = await savePlanFile(path, await examplePlan());
      if (result.status !== 'error') throw new Error('expected an error');
      expect(result.error.code).toBe('not-found');
      expect(result.error.message).toMatch(/no longer exists.*Save As/);
    });
  });

  describe('failures while writing leave the old file byte-identical and no temp file behind', () => {
    const cases: { what: string; faults: Parameters<typeof spyFs>[0]; code: string; message: RegExp }[] = [
      { what: 'a full disk while writing', faults: { write: (p) => errno('ENOSPC', 'write', p) }, code: 'disk-full', message: /disk is full.*Save As/ },
      { what: 'a full disk while flushing', faults: { sync: (p) => (p.endsWith('.tmp') ? errno('ENOSPC', 'fsync', p) : undefined) }, code: 'disk-full', message: /disk is full/ },
      { what: 'a quota exceeded while writing', faults: { write: (p) => errno('EDQUOT', 'write', p) }, code: 'disk-full', message: /disk is full/ },
      { what: 'a full disk while copying the backup (no hard links)', faults: { link: (e, n) => errno('EPERM', 'link', n), copyFile: (s, d) => errno('ENOSPC', 'copyfile', d) }, code: 'disk-full', message: /disk is full/ },
      { what: 'a read-only disk', faults: { open: (p, flags) => (flags === 'wx' ? errno('EROFS', 'open', p) : undefined) }, code: 'read-only', message: /read-only.*Save As/ },
      { what: 'a folder it may not write in', faults: { open: (p, flags) => (flags === 'wx' ? errno('EACCES', 'open', p) : undefined) }, code: 'permission', message: /permission to write "plan\.aiplan".*Save As/ },
      { what: 'a rename refused for good (EPERM)', faults: { rename: (f, t) => errno('EPERM', 'rename', t) }, code: 'permission', message: /permission/ },
      { what: 'a file kept locked by another program (EBUSY)', faults: { rename: (f, t) => errno('EBUSY', 'rename', t) }, code: 'busy', message: /locked by another program.*Save As/ },
      { what: 'the target replaced by a folder during the save', faults: { rename: (f, t) => errno('EISDIR', 'rename', t) }, code: 'is-directory', message: /is a folder/ },
      { what: 'the folder vanishing during the save', faults: { rename: (f, t) => errno('ENOENT', 'rename', t) }, code: 'not-found', message: /no longer exists/ },
      { what: 'an unexpected error', faults: { write: (p) => errno('EIO', 'write', p) }, code: 'unknown', message: /could not be saved \(EIO\).*left as it was.*Save As/ },
    ];
    for (const c of cases) {
      it(`${c.what} → ${c.code}`, async () => {
        const { dir, path, plan, bytes } = await folderWithSavedPlan();
        const spy = spyFs(c.faults);
        const result = await savePlanFile(path, renamed(plan, 'Unsaved change'), { fs: spy.fs });
        if (result.status !== 'error') throw new Error(`expected ${c.code}, got ${result.status}`);
        expect(result.error.code).toBe(c.code);
        expect(result.error.message).toMatch(c.message);
        expect(result.path).toBe(path);
        expect(readFileSync(path).equals(bytes)).toBe(true);
        expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      });
    }

    it('retries a rename refused twice with EPERM (as a virus scanner causes) and saves', async () => {
      const { path, plan } = await folderWithSavedPlan();
      const spy = spyFs({ rename: (f, t, attempt) => (attempt < 3 && t === path ? errno('EPERM', 'rename', t) : undefined) });
      const result = await savePlanFile(path, renamed(plan, 'After retries'), { fs: spy.fs });
      expect(result.status).toBe('saved');
      expect(spy.calls.filter((call) => call.startsWith('rename') && call.endsWith(` ${path}`))).toHaveLength(3);
      const opened = await openPlanFile(path);
      expect(opened.status === 'opened' && opened.plan.meta.title).toBe('After retries');
    });

    it('retries EBUSY and EACCES from rename too, but not a full disk', async () => {
      for (const code of ['EBUSY', 'EACCES']) {
        const { path, plan } = await folderWithSavedPlan();
        const spy = spyFs({ rename: (f, t, attempt) => (attempt === 1 && t === path ? errno(code, 'rename', t) : undefined) });
        expect((await savePlanFile(path, plan, { fs: spy.fs })).status).toBe('saved');
      }
      const { path, plan } = await folderWithSavedPlan();
      const spy = spyFs({ rename: (f, t) => (t === path ? errno('ENOSPC', 'rename', t) : undefined) });
      expect((await savePlanFile(path, plan, { fs: spy.fs })).status).toBe('error');
      expect(spy.calls.filter((call) => call.startsWith('rename') && call.endsWith(` ${path}`))).toHaveLength(1);
    });

    it('gives up on a rename that stays refused within about two seconds', async () => {
      const { path, plan } = await folderWithSavedPlan();
      const started = performance.now();
      const result = await savePlanFile(path, plan, { fs: spyFs({ rename: (f, t) => errno('EBUSY', 'rename', t) }).fs });
      expect(result.status).toBe('error');
      expect(performance.now() - started).toBeLessThan(2500);
    });

    it('still saves where the folder cannot be flushed (as on Windows)', async () => {
      const { dir, path, plan } = await folderWithSavedPlan();
      const spy = spyFs({ open: (p, flags) => (p === dir && flags === 'r' ? errno('EISDIR', 'open', p) : undefined) });
      expect((await savePlanFile(path, renamed(plan, 'No folder sync'), { fs: spy.fs })).status).toBe('saved');
    });

    it('a first save that fails leaves nothing in the folder', async () => {
      const dir = folders.make();
      const spy = spyFs({ write: (p) => errno('ENOSPC', 'write', p) });
      const result = await savePlanFile(join(dir, 'new.aiplan'), await examplePlan(), { fs: spy.fs });
      expect(result.status === 'error' && result.error.code).toBe('disk-full');
      expect(readdirSync(dir)).toEqual([]);
    });
  });
});
