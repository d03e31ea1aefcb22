import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  discardRecoveryCopy,
  listRecoveryCopies,
  readRecoveryCopy,
  recoveryPathOf,
  writeRecoveryCopy,
  type RecoveryFs,
  type RecoveryMeta,
} from '../../../../electron/recovery/recovery-store';
import { updateMeta } from '../../../../shared/operations/document';
import { addPillar } from '../../../../shared/operations/matrix';
import { serialisePlan } from '../../../../shared/plan-load';
import type { Plan } from '../../../../shared/model';
import { examplePlanForTest } from '../../shared/plan-fixtures';
import { errno, tempFolders } from '../files/fs-doubles';

const folders = tempFolders();
afterEach(() => folders.cleanUp());

const meta = (docId: string, changedAt: string, extra: Partial<RecoveryMeta> = {}): RecoveryMeta => ({
  docId,
  title: `Plan ${docId}`,
  filePath: null,
  changedAt,
  ...extra,
});

const edited = (title: string): Plan => updateMeta(addPillar(examplePlanForTest(), { id: 'extra', title: 'People and skills' }), { title });

async function written(dir: string, m: RecoveryMeta, plan: Plan = edited(m.title)) {
  const result = await writeRecoveryCopy(dir, { ...m, plan });
  expect(result.status).toBe('written');
  return plan;
}

const header = (m: RecoveryMeta) => JSON.stringify({ format: 'ai-alignment-recovery', version: 1, ...m });
const names = (dir: string) => readdirSync(dir).sort();

/** node:fs/promises with one call made to fail. */
function failingFs(fail: Partial<Record<'open' | 'rename' | 'lstat' | 'unlink' | 'mkdir', (path: string, flags?: string) => Error | undefined>>): RecoveryFs {
  return {
    ...nodeFs,
    open: async (path, flags, mode) => {
      const error = fail.open?.(path, flags);
      if (error) throw error;
      return nodeFs.open(path, flags, mode);
    },
    rename: async (from, to) => {
      const error = fail.rename?.(from);
      if (error) throw error;
      return nodeFs.rename(from, to);
    },
    lstat: async (path) => {
      const error = fail.lstat?.(path);
      if (error) throw error;
      return nodeFs.lstat(path);
    },
    unlink: async (path) => {
      const error = fail.unlink?.(path);
      if (error) throw error;
      return nodeFs.unlink(path);
    },
  };
}

describe('writeRecoveryCopy and readRecoveryCopy', () => {
  it('keeps an unsaved plan in the data folder and brings back every edit, with its title and time', async () => {
    const dir = join(folders.make(), 'recovery');
    const plan = await written(dir, meta('doc-1', '2027-03-01T10:15:00.000Z', { filePath: '/plans/board.aiplan' }));

    const read = await readRecoveryCopy(dir, 'doc-1');
    expect(read.status).toBe('opened');
    if (read.status !== 'opened') return;
    expect(read.plan).toEqual(plan);
    expect(read.meta).toEqual({ docId: 'doc-1', title: 'Plan doc-1', filePath: '/plans/board.aiplan', changedAt: '2027-03-01T10:15:00.000Z' });
    expect(read.path).toBe(recoveryPathOf(dir, 'doc-1'));
    expect(names(dir)).toEqual(['doc-1.recovery']);
  });

  it('stores the plan as the exact bytes of a plan file after a one-line header', async () => {
    const dir = folders.make();
    const plan = await written(dir, meta('doc-1', '2027-03-01T10:15:00.000Z'));
    const text = readFileSync(recoveryPathOf(dir, 'doc-1'), 'utf8');
    const newline = text.indexOf('\n');
    expect(JSON.parse(text.slice(0, newline))).toMatchObject({ format: 'ai-alignment-recovery', version: 1, docId: 'doc-1' });
    expect(text.slice(newline + 1)).toBe(serialisePlan(plan));
  });

  it.skipIf(process.platform === 'win32')('makes the copy readable by the user alone', async () => {
    const dir = folders.make();
    await written(dir, meta('doc-1', '2027-03-01T10:15:00.000Z'));
    expect(statSync(recoveryPathOf(dir, 'doc-1')).mode & 0o777).toBe(0o600);
  });

  it('replaces the previous copy of the same document and leaves no temp file', async () => {
    const dir = folders.make();
    await written(dir, meta('doc-1', '2027-03-01T10:00:00.000Z'));
    const second = await written(dir, meta('doc-1', '2027-03-01T10:05:00.000Z', { title: 'Second' }));
    const read = await readRecoveryCopy(dir, 'doc-1');
    expect(read.status === 'opened' && read.plan).toEqual(second);
    expect(names(dir)).toEqual(['doc-1.recovery']);
  });

  it("never writes to or beside the user's own file", async () => {
    const home = folders.make();
    const userFile = join(home, 'board.aiplan');
    writeFileSync(userFile, 'the user file, untouched');
    const before = statSync(userFile);
    const dir = join(folders.make(), 'data');
    await written(dir, meta('doc-1', '2027-03-01T10:00:00.000Z', { filePath: userFile }));
    expect(readFileSync(userFile, 'utf8')).toBe('the user file, untouched');
    expect(statSync(userFile).mtimeMs).toBe(before.mtimeMs);
    expect(names(home)).toEqual(['board.aiplan']);
  });

  it('refuses a plan that fails validation, and writes nothing', async () => {
    const dir = folders.make();
    const plan = { ...examplePlanForTest(), pillars: [{ id: '../x', title: 1 }] };
    const result = await writeRecoveryCopy(dir, { ...meta('doc-1', '2027-03-01T10:00:00.000Z'), plan });
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.error.code).toBe('invalid');
    expect(names(dir)).toEqual([]);
  });

  it('refuses malformed metadata (a time that is not ISO, a title too long, an unexpected key)', async () => {
    const dir = folders.make();
    const plan = examplePlanForTest();
    for (const bad of [
      { ...meta('doc-1', 'yesterday') },
      { ...meta('doc-1', '2027-03-01T10:00:00.000Z'), title: 'x'.repeat(501) },
      { ...meta('doc-1', '2027-03-01T10:00:00.000Z'), extra: true },
    ]) {
      const result = await writeRecoveryCopy(dir, { ...(bad as RecoveryMeta), plan });
      expect(result.status === 'error' && result.error.code).toBe('invalid');
    }
    expect(await writeRecoveryCopy(dir, null as never)).toMatchObject({ status: 'error' });
    expect(names(dir)).toEqual([]);
  });

  it.each(['../escape', '..', 'a/b', 'a\\b', '', 'x'.repeat(65), 'doc.1', 'doc\u0000', '/etc/passwd', 'C:evil'])(
    'refuses the document id %j, so that no path can leave the folder',
    async (docId) => {
      const root = folders.make();
      const dir = join(root, 'data');
      mkdirSync(dir);
      const result = await writeRecoveryCopy(dir, { ...meta(docId, '2027-03-01T10:00:00.000Z'), plan: examplePlanForTest() });
      expect(result).toMatchObject({ status: 'error', path: null, error: { code: 'invalid' } });
      expect(await readRecoveryCopy(dir, docId)).toMatchObject({ status: 'error', path: null });
      expect(await discardRecoveryCopy(dir, docId)).toMatchObject({ status: 'error', path: null });
      expect(names(root)).toEqual(['data']);
      expect(names(dir)).toEqual([]);
    },
  );

  it('reports a full disk in words and keeps the previous copy whole', async () => {
    const dir = folders.make();
    const first = await written(dir, meta('doc-1', '2027-03-01T10:00:00.000Z'));
    const fs = failingFs({ rename: () => errno('ENOSPC', 'rename') });
    const result = await writeRecoveryCopy(dir, { ...meta('doc-1', '2027-03-01T10:09:00.000Z'), plan: edited('Later') }, { fs });
    expect(result).toMatchObject({ status: 'error', error: { code: 'disk-full' } });
    const read = await readRecoveryCopy(dir, 'doc-1');
    expect(read.status === 'opened' && read.plan).toEqual(first);
    expect(names(dir)).toEqual(['doc-1.recovery']);
  });

  it('reports a data folder it may not write to', async () => {
    const dir = folders.make();
    const fs = failingFs({ open: (_path, flags) => (flags === 'wx' ? errno('EACCES', 'open') : undefined) });
    const result = await writeRecoveryCopy(dir, { ...meta('doc-1', '2027-03-01T10:00:00.000Z'), plan: examplePlanForTest() }, { fs });
    expect(result).toMatchObject({ status: 'error', error: { code: 'permission' } });
  });

  it('leaves a copy it cannot read right now where it is', async () => {
    const dir = folders.make();
    await written(dir, meta('doc-1', '2027-03-01T10:00:00.000Z'));
    const fs = failingFs({ open: () => errno('EACCES', 'open') });
    expect(await readRecoveryCopy(dir, 'doc-1', { fs })).toMatchObject({ status: 'error', error: { code: 'permission' } });
    expect(names(dir)).toEqual(['doc-1.recovery']);
  });

  it('says so when there is no copy', async () => {
    const dir = folders.make();
    expect(await readRecoveryCopy(dir, 'nothing')).toMatchObject({ status: 'error', error: { code: 'not-found' } });
  });
});

describe('listRecoveryCopies', () => {
  it('lists every copy, newest change first, with what the restore offer shows', async () => {
    const dir = folders.make();
    await written(dir, meta('older', '2027-03-01T09:00:00.000Z'));
    await written(dir, meta('newest', '2027-03-01T11:00:00+01:00'));
    await written(dir, meta('middle', '2027-03-01T10:30:00.000Z', { filePath: '/plans/a.aiplan' }));
    writeFileSync(join(dir, 'settings.json'), '{}');

    const list = await listRecoveryCopies(dir);
    expect(list.map((e) => e.docId)).toEqual(['middle', 'newest', 'older']);
    expect(list[0]).toEqual({ docId: 'middle', title: 'Plan middle', filePath: '/plans/a.aiplan', changedAt: '2027-03-01T10:30:00.000Z', path: join(dir, 'middle.recovery') });
  });

  it('lists nothing for a data folder that does not exist yet', async () => {
    expect(await listRecoveryCopies(join(folders.make(), 'missing'))).toEqual([]);
  });

  const plan = () => examplePlanForTest();
  const hostile: [string, (dir: string, path: string) => void][] = [
    ['an empty file', (_dir, path) => writeFileSync(path, '')],
    ['a header and no plan', (_dir, path) => writeFileSync(path, `${header(meta('bad', '2027-03-01T10:00:00.000Z'))}\n`)],
    ['a truncated plan', (_dir, path) => writeFileSync(path, `${header(meta('bad', '2027-03-01T10:00:00.000Z'))}\n${serialisePlan(plan()).slice(0, 500)}`)],
    ['a header that is not JSON', (_dir, path) => writeFileSync(path, `{format: recovery\n${serialisePlan(plan())}`)],
    ['no header line at all', (_dir, path) => writeFileSync(path, 'x'.repeat(70 * 1024))],
    ['a header with __proto__', (_dir, path) => writeFileSync(path, `${header(meta('bad', '2027-03-01T10:00:00.000Z')).replace('{', '{"__proto__":{"polluted":1},')}\n${serialisePlan(plan())}`)],
    ['a header with constructor', (_dir, path) => writeFileSync(path, `${header(meta('bad', '2027-03-01T10:00:00.000Z')).replace('{', '{"constructor":{"prototype":{"polluted":1}},')}\n${serialisePlan(plan())}`)],
    ['a header naming another document', (_dir, path) => writeFileSync(path, `${header(meta('other', '2027-03-01T10:00:00.000Z'))}\n${serialisePlan(plan())}`)],
    ['a header from a newer app', (_dir, path) => writeFileSync(path, `${header(meta('bad', '2027-03-01T10:00:00.000Z')).replace('"version":1', '"version":2')}\n${serialisePlan(plan())}`)],
    ['a plan with __proto__', (_dir, path) => writeFileSync(path, `${header(meta('bad', '2027-03-01T10:00:00.000Z'))}\n${serialisePlan(plan()).replace('"meta": {', '"meta": {"__proto__": {"polluted": 1},')}`)],
    ['a plan nested 10,000 deep', (_dir, path) => writeFileSync(path, `${header(meta('bad', '2027-03-01T10:00:00.000Z'))}\n${'['.repeat(10_000)}${']'.repeat(10_000)}`)],
    ['invalid UTF-8', (_dir, path) => writeFileSync(path, Buffer.concat([Buffer.from(`${header(meta('bad', '2027-03-01T10:00:00.000Z'))}\n`), Buffer.from([0xff, 0xfe, 0xc3])]))],
    ['a file larger than any plan', (_dir, path) => { writeFileSync(path, ''); truncateSync(path, 40 * 1024 * 1024); }],
    ['a folder', (_dir, path) => mkdirSync(path)],
    ['a symbolic link', (dir, path) => {
      const elsewhere = join(dir, '..', 'elsewhere.txt');
      writeFileSync(elsewhere, `${header(meta('bad', '2027-03-01T10:00:00.000Z'))}\n${serialisePlan(plan())}`);
      symlinkSync(elsewhere, path);
    }],
  ];

  it.each(hostile)('sets aside %s as *.corrupt, lists the good copies, and never throws', async (_name, make) => {
    const dir = join(folders.make(), 'data');
    mkdirSync(dir);
    await written(dir, meta('good', '2027-03-01T10:00:00.000Z'));
    make(dir, recoveryPathOf(dir, 'bad'));

    const list = await listRecoveryCopies(dir);
    expect(list.map((e) => e.docId)).toEqual(['good']);
    const after = names(dir);
    expect(after).toContain('good.recovery');
    expect(after).not.toContain('bad.recovery');
    expect(after.filter((n) => /^bad\.recovery\.\d+-[0-9a-f]+\.corrupt$/.test(n))).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Listing again finds nothing new to set aside.
    expect((await listRecoveryCopies(dir)).map((e) => e.docId)).toEqual(['good']);
    expect(names(dir)).toEqual(after);
  });

  it('does not follow a symbolic link: the file it points at stays where it is', async () => {
    const root = folders.make();
    const dir = join(root, 'data');
    mkdirSync(dir);
    const elsewhere = join(root, 'elsewhere.txt');
    writeFileSync(elsewhere, 'not ours');
    symlinkSync(elsewhere, recoveryPathOf(dir, 'bad'));
    await listRecoveryCopies(dir);
    expect(readFileSync(elsewhere, 'utf8')).toBe('not ours');
  });

  it('removes temp files a crash left mid-write, but not one being written now', async () => {
    const dir = folders.make();
    await written(dir, meta('doc-1', '2027-03-01T10:00:00.000Z'));
    const stale = join(dir, '.doc-1.recovery.0123456789ab.tmp');
    const fresh = join(dir, '.doc-1.recovery.ba9876543210.tmp');
    writeFileSync(stale, 'half a plan');
    writeFileSync(fresh, 'a plan being written');
    const now = Date.parse('2027-03-01T10:05:00.000Z');
    const hourAgo = new Date(now - 3_600_000);
    utimesSync(stale, hourAgo, hourAgo);
    utimesSync(fresh, new Date(now), new Date(now));

    expect((await listRecoveryCopies(dir, { nowMs: () => now })).map((e) => e.docId)).toEqual(['doc-1']);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it('lists a copy it cannot read now without setting it aside', async () => {
    const dir = folders.make();
    await written(dir, meta('doc-1', '2027-03-01T10:00:00.000Z'));
    const fs = failingFs({ open: () => errno('EIO', 'open') });
    expect(await listRecoveryCopies(dir, { fs })).toEqual([]);
    expect(names(dir)).toEqual(['doc-1.recovery']);
  });
});

describe('discardRecoveryCopy', () => {
  it('removes the copy after a clean save or an explicit discard, and is harmless when repeated', async () => {
    const dir = folders.make();
    await written(dir, meta('doc-1', '2027-03-01T10:00:00.000Z'));
    await written(dir, meta('doc-2', '2027-03-01T10:00:00.000Z'));
    expect(await discardRecoveryCopy(dir, 'doc-1')).toEqual({ status: 'discarded' });
    expect(await discardRecoveryCopy(dir, 'doc-1')).toEqual({ status: 'discarded' });
    expect((await listRecoveryCopies(dir)).map((e) => e.docId)).toEqual(['doc-2']);
    expect(await readRecoveryCopy(dir, 'doc-1')).toMatchObject({ status: 'error', error: { code: 'not-found' } });
  });

  it('reports a copy it may not remove', async () => {
    const dir = folders.make();
    await written(dir, meta('doc-1', '2027-03-01T10:00:00.000Z'));
    const fs = failingFs({ unlink: () => errno('EPERM', 'unlink') });
    expect(await discardRecoveryCopy(dir, 'doc-1', { fs })).toMatchObject({ status: 'error', error: { code: 'permission' } });
  });
});
