import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareStamp, fileStamp, type FileStamp, type StampFs } from '../../../../electron/recovery/file-stamp';
import { errno, tempFolders } from '../files/fs-doubles';

const folders = tempFolders();
afterEach(() => folders.cleanUp());

function planFile(content = '{"format":"ai-alignment-plan"}\n') {
  const dir = folders.make();
  const path = join(dir, 'board.aiplan');
  writeFileSync(path, content);
  return { dir, path };
}

const later = (path: string, seconds: number) => {
  const when = new Date(statSync(path).mtimeMs + seconds * 1000);
  utimesSync(path, when, when);
};

describe('fileStamp', () => {
  it('records size, modification time and the sha-256 of the bytes', async () => {
    const { path } = planFile('Łódź, Søren, €, 東京\n');
    const stamp = await fileStamp(path);
    const bytes = readFileSync(path);
    expect(stamp).toEqual({ exists: true, size: bytes.length, mtimeMs: expect.any(Number), hash: createHash('sha256').update(bytes).digest('hex') });
  });

  it('hashes an empty file', async () => {
    const { path } = planFile('');
    expect(await fileStamp(path)).toMatchObject({ exists: true, size: 0, hash: createHash('sha256').digest('hex') });
  });

  it('hashes a file of several chunks', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 'a');
    const { path } = planFile(big.toString());
    expect(await fileStamp(path)).toMatchObject({ size: big.length, hash: createHash('sha256').update(big).digest('hex') });
  });

  it('reports a missing file, a missing folder, a folder and an empty path as not existing', async () => {
    const { dir } = planFile();
    mkdirSync(join(dir, 'folder.aiplan'));
    expect(await fileStamp(join(dir, 'gone.aiplan'))).toEqual({ exists: false });
    expect(await fileStamp(join(dir, 'nowhere', 'gone.aiplan'))).toEqual({ exists: false });
    expect(await fileStamp(join(dir, 'folder.aiplan'))).toEqual({ exists: false });
    expect(await fileStamp('')).toEqual({ exists: false });
  });

  it('does not hash a file larger than the cap, and reads none of it', async () => {
    const { path } = planFile('0123456789');
    let opened = 0;
    const fs: StampFs = { stat: nodeFs.stat, open: async (p, f) => { opened++; return nodeFs.open(p, f); } };
    expect(await fileStamp(path, { fs, maxHashBytes: 9 })).toMatchObject({ exists: true, size: 10, hash: null });
    expect(opened).toBe(0);
  });

  it('gives up hashing a file that grows past the cap while it is read', async () => {
    const { path } = planFile('0123456789');
    const fs: StampFs = {
      stat: async (p) => ({ ...(await nodeFs.stat(p)), size: 5, isFile: () => true, isDirectory: () => false }),
      open: nodeFs.open,
    };
    expect(await fileStamp(path, { fs, maxHashBytes: 9 })).toMatchObject({ exists: true, hash: null });
  });

  it('still stamps a file it cannot read, by size and time', async () => {
    const { path } = planFile();
    const fs: StampFs = { stat: nodeFs.stat, open: async () => { throw errno('EACCES', 'open', path); } };
    expect(await fileStamp(path, { fs })).toMatchObject({ exists: true, hash: null, size: readFileSync(path).length });
  });
});

describe('compareStamp', () => {
  it('sees no change when nothing happened', async () => {
    const { path } = planFile();
    expect(compareStamp(await fileStamp(path), await fileStamp(path))).toBe('unchanged');
  });

  it('sees no change when the same bytes were rewritten later (a sync client, a touch)', async () => {
    const { path } = planFile();
    const known = await fileStamp(path);
    writeFileSync(path, readFileSync(path));
    later(path, 60);
    const current = await fileStamp(path);
    expect(current.exists && known.exists && current.mtimeMs).not.toBe(known.exists && known.mtimeMs);
    expect(compareStamp(known, current)).toBe('unchanged');
  });

  it('sees a change of content even when the size and time stay the same', async () => {
    const { path } = planFile('{"title":"A"}\n');
    const known = await fileStamp(path);
    writeFileSync(path, '{"title":"B"}\n');
    if (known.exists) utimesSync(path, new Date(known.mtimeMs), new Date(known.mtimeMs));
    expect(compareStamp(known, await fileStamp(path))).toBe('changed');
  });

  it('notices a deleted file, a moved file and a file replaced by a folder', async () => {
    const deleted = planFile();
    const known1 = await fileStamp(deleted.path);
    rmSync(deleted.path);
    expect(compareStamp(known1, await fileStamp(deleted.path))).toBe('missing');

    const moved = planFile();
    const known2 = await fileStamp(moved.path);
    renameSync(moved.path, join(moved.dir, 'renamed.aiplan'));
    expect(compareStamp(known2, await fileStamp(moved.path))).toBe('missing');

    const replaced = planFile();
    const known3 = await fileStamp(replaced.path);
    rmSync(replaced.path);
    mkdirSync(replaced.path);
    expect(compareStamp(known3, await fileStamp(replaced.path))).toBe('missing');
  });

  it('sees a file that appeared where none was known', async () => {
    const { path } = planFile();
    expect(compareStamp({ exists: false }, await fileStamp(path))).toBe('changed');
    expect(compareStamp({ exists: false }, { exists: false })).toBe('unchanged');
  });

  it('falls back to size and time when either hash is unknown', () => {
    const a: FileStamp = { exists: true, size: 10, mtimeMs: 1000, hash: null };
    expect(compareStamp(a, { ...a })).toBe('unchanged');
    expect(compareStamp(a, { ...a, hash: 'ab' })).toBe('unchanged');
    expect(compareStamp(a, { ...a, mtimeMs: 2000 })).toBe('changed');
    expect(compareStamp(a, { ...a, size: 11 })).toBe('changed');
    expect(compareStamp({ ...a, hash: 'ab' }, { ...a, hash: 'cd' })).toBe('changed');
    expect(compareStamp({ ...a, hash: 'ab' }, { ...a, hash: 'ab', mtimeMs: 5 })).toBe('unchanged');
  });
});
