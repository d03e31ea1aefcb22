import { chmodSync, copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { openPlanFile } from '../../../../electron/files/plan-file';
import { MAX_PLAN_BYTES } from '../../../../shared/plan-load';
import { PLAN_VERSION } from '../../../../shared/schema/plan-schema';
import { EXAMPLE_NOW, FIXTURES_DIR, HOSTILE_DIR, HOSTILE_FIXTURES } from '../../../fixtures/fixture-files';
import { errno, spyFs, tempFolders } from './fs-doubles';

const fixturePath = (name: string) => fileURLToPath(new URL(name, FIXTURES_DIR));
const hostilePath = (name: string) => fileURLToPath(new URL(name, HOSTILE_DIR));
const folders = tempFolders();
afterEach(() => folders.cleanUp());

/** Writes `megabytes` of a JSON-looking file, in chunks so the test never holds it in memory. */
function writeLargeFile(path: string, megabytes: number): void {
  const fd = openSync(path, 'w');
  writeSync(fd, '{"format":"ai-alignment-plan","version":1,"pillars":[');
  const chunk = Buffer.from('{"id":"p","title":"padding padding padding padding padding padding"},'.repeat(16_384));
  for (let written = 0; written < megabytes * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
  writeSync(fd, '{}]}');
  closeSync(fd);
}

describe('openPlanFile', () => {
  it('opens the example plan as written, with its modification time', async () => {
    const path = fixturePath('example.aiplan');
    const result = await openPlanFile(path);
    if (result.status !== 'opened') throw new Error(JSON.stringify(result));
    expect(result.plan).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    expect(result.plan.meta.createdAt).toBe(EXAMPLE_NOW);
    expect(result.migratedFrom).toBeNull();
    expect(result.path).toBe(path);
    expect(result.mtimeMs).toBe(statSync(path).mtimeMs);
  });

  it('opens a version-0 nested plan migrated to the current format, leaving the file as it was', async () => {
    const path = fixturePath('v0-nested.aiplan');
    const before = readFileSync(path);
    const result = await openPlanFile(path);
    if (result.status !== 'opened') throw new Error(JSON.stringify(result));
    expect(result.migratedFrom).toBe(0);
    expect(result.plan.version).toBe(PLAN_VERSION);
    expect(result.plan.pillars.map((p) => p.title)).toEqual(['Operational Efficiency', 'Customer Retention']);
    expect(result.plan.applications[1]).toMatchObject({ title: 'Personalised service replies', owner: 'Łucja' });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  describe('hostile and broken files', () => {
    for (const fixture of HOSTILE_FIXTURES) {
      const outcome = fixture.expected === 'loads' ? 'opens safely' : `is refused as ${fixture.expected}`;
      it(`${fixture.what} (${fixture.file}) ${outcome}, and the file is left byte-identical`, async () => {
        const path = hostilePath(fixture.file);
        const before = readFileSync(path);
        const mtimeBefore = statSync(path).mtimeMs;
        const started = performance.now();
        const result = await openPlanFile(path);
        expect(performance.now() - started).toBeLessThan(3000);
        if (fixture.expected === 'loads') {
          expect(result.status).toBe('opened');
        } else {
          if (result.status !== 'error') throw new Error(`expected ${fixture.expected}, got ${result.status}`);
          expect(result.error.code).toBe(fixture.expected);
          expect(result.error.message).toMatch(fixture.message);
          expect(result.error.message.length).toBeLessThan(400);
          if (fixture.detail) expect(result.error.details.join('\n')).toMatch(fixture.detail);
          expect(result.path).toBe(path);
        }
        expect(readFileSync(path).equals(before)).toBe(true);
        expect(statSync(path).mtimeMs).toBe(mtimeBefore);
      });
    }

    it('keeps markup and script in text fields exactly as written, as plain text', async () => {
      const result = await openPlanFile(hostilePath('markup-in-text.aiplan'));
      if (result.status !== 'opened') throw new Error(JSON.stringify(result));
      expect(result.plan.meta.title).toBe('<script>alert("planner")</script>');
      expect(result.plan.pillars[0]!.title).toContain('<');
      const texts = JSON.stringify(result.plan);
      expect(texts).toContain('<img src=x onerror=\\"alert(1)\\">');
      expect(texts).toContain('javascript:alert(1)');
    });

    it('gives every refused fixture a message of its own kind', async () => {
      const codes = new Set<string>();
      for (const fixture of HOSTILE_FIXTURES.filter((f) => f.expected !== 'loads')) {
        const result = await openPlanFile(hostilePath(fixture.file));
        if (result.status === 'error') codes.add(result.error.code);
      }
      expect([...codes].sort()).toEqual(['broken-references', 'duplicate-key', 'empty', 'forbidden-key', 'invalid', 'newer-version', 'not-a-plan', 'not-json', 'not-utf8', 'too-deep', 'too-many-items']);
    });

    it('pollutes no prototype when opening files with __proto__, constructor and prototype keys', async () => {
      const namesBefore = Object.getOwnPropertyNames(Object.prototype).sort();
      const arrayNamesBefore = Object.getOwnPropertyNames(Array.prototype).sort();
      for (const file of ['proto-top-level.aiplan', 'proto-in-kpi.aiplan', 'constructor-in-application.aiplan', 'prototype-in-dimension.aiplan', 'proto-in-readiness.aiplan']) {
        const result = await openPlanFile(hostilePath(file));
        expect(result.status).toBe('error');
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(namesBefore);
      expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayNamesBefore);
    });

    it('hands back plans whose objects have the ordinary prototype', async () => {
      const result = await openPlanFile(hostilePath('bom-valid-plan.aiplan'));
      if (result.status !== 'opened') throw new Error(JSON.stringify(result));
      expect(Object.getPrototypeOf(result.plan)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(result.plan.meta)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(result.plan.applications[0]!.dimensions)).toBe(Object.prototype);
    });
  });

  describe('size cap', () => {
    it('refuses a 60 MB file as too-large without reading any of it', async () => {
      const path = join(folders.make(), 'huge.aiplan');
      writeLargeFile(path, 60);
      const spy = spyFs();
      const result = await openPlanFile(path, { fs: spy.fs });
      if (result.status !== 'error') throw new Error('expected an error');
      expect(result.error.code).toBe('too-large');
      expect(result.error.message).toMatch(/60\.\d MB; plan files are at most 32\.0 MB/);
      expect(spy.calls.filter((call) => call.startsWith('handle.read'))).toEqual([]);
      expect(spy.bytesRead()).toBe(0);
    });

    it('refuses a 100 MB file as too-large within a moment', async () => {
      const path = join(folders.make(), 'bigger.aiplan');
      writeLargeFile(path, 100);
      const started = performance.now();
      const result = await openPlanFile(path);
      expect(result.status === 'error' && result.error.code).toBe('too-large');
      expect(performance.now() - started).toBeLessThan(500);
    });

    it('stops reading a file that grew past the cap after it was measured', async () => {
      const path = join(folders.make(), 'growing.aiplan');
      writeLargeFile(path, 40);
      const spy = spyFs({ stats: (_path, real) => Object.assign(Object.create(Object.getPrototypeOf(real)), real, { size: 1000 }) });
      const result = await openPlanFile(path, { fs: spy.fs });
      if (result.status !== 'error') throw new Error('expected an error');
      expect(result.error.code).toBe('too-large');
      expect(result.error.message).toMatch(/grew past 32 MB while it was being read/);
      expect(spy.bytesRead()).toBeLessThanOrEqual(MAX_PLAN_BYTES + 1);
    });
  });

  describe('files that cannot be read', () => {
    it('reports a missing file as not-found, naming it', async () => {
      const path = join(folders.make(), 'gone.aiplan');
      const result = await openPlanFile(path);
      if (result.status !== 'error') throw new Error('expected an error');
      expect(result.error.code).toBe('not-found');
      expect(result.error.message).toMatch(/no file "gone\.aiplan".*moved, renamed or deleted/);
    });

    it('reports a folder as is-directory', async () => {
      const dir = join(folders.make(), 'plans.aiplan');
      mkdirSync(dir);
      const result = await openPlanFile(dir);
      expect(result.status === 'error' && result.error.code).toBe('is-directory');
    });

    it('reports a file it may not read as permission', async () => {
      const path = join(folders.make(), 'locked.aiplan');
      copyFileSync(fixturePath('example.aiplan'), path);
      chmodSync(path, 0o000);
      const spy = spyFs({ open: (p) => (p === path && process.getuid?.() === 0 ? errno('EACCES', 'open', p) : undefined) });
      const result = await openPlanFile(path, { fs: spy.fs });
      if (result.status !== 'error') throw new Error('expected an error');
      expect(result.error.code).toBe('permission');
      expect(result.error.message).toMatch(/permission to read "locked\.aiplan"/);
    });

    it('reports a file locked by another program as busy', async () => {
      const path = fixturePath('example.aiplan');
      const spy = spyFs({ open: (p) => errno('EBUSY', 'open', p) });
      const result = await openPlanFile(path, { fs: spy.fs });
      expect(result.status === 'error' && result.error.code).toBe('busy');
    });

    it.skipIf(process.platform === 'win32')('refuses a device such as /dev/zero without reading from it', async () => {
      const spy = spyFs();
      const result = await openPlanFile('/dev/zero', { fs: spy.fs });
      expect(result.status === 'error' && result.error.code).toBe('not-a-plan');
      expect(spy.bytesRead()).toBe(0);
    });

    it.skipIf(process.platform === 'win32')('refuses a named pipe instead of waiting for a writer', async () => {
      const path = join(folders.make(), 'pipe.aiplan');
      execFileSync('mkfifo', [path]);
      const result = await openPlanFile(path);
      expect(result.status === 'error' && result.error.code).toBe('not-a-plan');
    });

    it('never throws, whatever it is given', async () => {
      for (const path of ['', '\0nul.aiplan', 42 as unknown as string, null as unknown as string]) {
        const result = await openPlanFile(path);
        expect(result.status).toBe('error');
      }
    });
  });

  it('reads a plan written just now by another program', async () => {
    const path = join(folders.make(), 'fresh.aiplan');
    writeFileSync(path, readFileSync(fixturePath('example.aiplan')));
    expect((await openPlanFile(path)).status).toBe('opened');
  });
});
