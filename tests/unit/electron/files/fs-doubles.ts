import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realPlanFs, type PlanFileHandle, type PlanFileStats, type PlanFs } from '../../../../electron/files/plan-fs';

/** An error shaped like Node's own file-system errors. */
export function errno(code: string, syscall: string, path = ''): NodeJS.ErrnoException {
  const error = new Error(`${code}: injected failure, ${syscall} '${path}'`) as NodeJS.ErrnoException;
  error.code = code;
  error.syscall = syscall;
  error.path = path;
  return error;
}

/**
 * Each hook runs before the real call with the call's arguments and how many times that call was
 * made before; returning an error makes the call fail with it instead.
 */
export interface Faults {
  stat?: (path: string, attempt: number) => Error | undefined;
  open?: (path: string, flags: string, attempt: number) => Error | undefined;
  rename?: (from: string, to: string, attempt: number) => Error | undefined;
  copyFile?: (source: string, destination: string, attempt: number) => Error | undefined;
  link?: (existing: string, newPath: string, attempt: number) => Error | undefined;
  /** Fails after writing the first half of the data, as a disk filling up does. */
  write?: (path: string, attempt: number) => Error | undefined;
  sync?: (path: string, attempt: number) => Error | undefined;
  /** Replaces what fs.stat and handle.stat report (e.g. a size). */
  stats?: (path: string, real: PlanFileStats) => PlanFileStats;
}

export interface FsSpy {
  fs: PlanFs;
  /** Every call made, as "name path". */
  calls: string[];
  /** Bytes handed out by handle.read, in total. */
  bytesRead: () => number;
}

/** The real file system, watched and with failures injected where asked. */
export function spyFs(faults: Faults = {}): FsSpy {
  const calls: string[] = [];
  const counts = new Map<string, number>();
  let bytesRead = 0;
  const attempt = (name: string) => {
    const n = counts.get(name) ?? 0;
    counts.set(name, n + 1);
    return n;
  };
  const fault = (error: Error | undefined) => {
    if (error) throw error;
  };
  const adjust = (path: string, real: PlanFileStats) => (faults.stats ? faults.stats(path, real) : real);

  const wrapHandle = (path: string, real: PlanFileHandle): PlanFileHandle => ({
    async stat() {
      calls.push(`handle.stat ${path}`);
      return adjust(path, await real.stat());
    },
    async read(buffer, offset, length, position) {
      calls.push(`handle.read ${path}`);
      const result = await real.read(buffer, offset, length, position);
      bytesRead += result.bytesRead;
      return result;
    },
    async writeFile(data) {
      calls.push(`handle.writeFile ${path}`);
      const error = faults.write?.(path, attempt('write'));
      if (error) {
        await real.writeFile(data.subarray(0, Math.floor(data.length / 2)));
        throw error;
      }
      await real.writeFile(data);
    },
    async sync() {
      calls.push(`handle.sync ${path}`);
      fault(faults.sync?.(path, attempt('sync')));
      await real.sync();
    },
    async close() {
      calls.push(`handle.close ${path}`);
      await real.close();
    },
  });

  const fs: PlanFs = {
    async stat(path) {
      calls.push(`stat ${path}`);
      fault(faults.stat?.(path, attempt('stat')));
      return adjust(path, await realPlanFs.stat(path));
    },
    async open(path, flags, mode) {
      calls.push(`open ${path} ${flags}`);
      fault(faults.open?.(path, flags, attempt('open')));
      return wrapHandle(path, await realPlanFs.open(path, flags, mode));
    },
    async rename(from, to) {
      calls.push(`rename ${from} ${to}`);
      fault(faults.rename?.(from, to, attempt('rename')));
      await realPlanFs.rename(from, to);
    },
    async unlink(path) {
      calls.push(`unlink ${path}`);
      await realPlanFs.unlink(path);
    },
    async copyFile(source, destination) {
      calls.push(`copyFile ${source} ${destination}`);
      fault(faults.copyFile?.(source, destination, attempt('copyFile')));
      await realPlanFs.copyFile(source, destination);
    },
    async link(existing, newPath) {
      calls.push(`link ${existing} ${newPath}`);
      fault(faults.link?.(existing, newPath, attempt('link')));
      await realPlanFs.link(existing, newPath);
    },
    async readdir(path) {
      calls.push(`readdir ${path}`);
      return realPlanFs.readdir(path);
    },
    async realpath(path) {
      calls.push(`realpath ${path}`);
      return realPlanFs.realpath(path);
    },
  };
  return { fs, calls, bytesRead: () => bytesRead };
}

/** A fresh temp folder per test, removed afterwards. */
export function tempFolders() {
  const made: string[] = [];
  return {
    make(): string {
      const dir = mkdtempSync(join(tmpdir(), 'aiplan-test-'));
      made.push(dir);
      return dir;
    },
    cleanUp(): void {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Files held in memory, for tests that open thousands of generated inputs. Read-only. */
export function memoryFs(files: Map<string, Uint8Array>): PlanFs {
  const missing = (path: string) => errno('ENOENT', 'open', path);
  const statsOf = (bytes: Uint8Array): PlanFileStats => ({ size: bytes.length, mtimeMs: 1, mode: 0o644, isFile: () => true, isDirectory: () => false });
  const readOnly = async () => {
    throw errno('EROFS', 'write');
  };
  return {
    async stat(path) {
      const bytes = files.get(path);
      if (!bytes) throw missing(path);
      return statsOf(bytes);
    },
    async open(path) {
      const bytes = files.get(path);
      if (!bytes) throw missing(path);
      return {
        stat: async () => statsOf(bytes),
        async read(buffer, offset, length, position) {
          const chunk = bytes.subarray(position, position + length);
          buffer.set(chunk, offset);
          return { bytesRead: chunk.length };
        },
        writeFile: readOnly,
        sync: async () => undefined,
        close: async () => undefined,
      };
    },
    rename: readOnly,
    unlink: readOnly,
    copyFile: readOnly,
    link: readOnly,
    async readdir(path) {
      const prefix = path.endsWith('/') ? path : `${path}/`;
      return [...files.keys()].filter((name) => name.startsWith(prefix) && !name.slice(prefix.length).includes('/')).map((name) => name.slice(prefix.length));
    },
    async realpath(path) {
      if (!files.has(path)) throw missing(path);
      return path;
    },
  };
}
