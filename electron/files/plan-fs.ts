import * as nodeFs from 'node:fs/promises';

/**
 * The few file-system calls the plan file module makes, so that tests can inject failures (a full
 * disk on write, a rename refused by a virus scanner) without touching a real disk's behaviour.
 * node:fs/promises satisfies it as it is.
 */
export interface PlanFs {
  open(path: string, flags: string, mode?: number): Promise<PlanFileHandle>;
  stat(path: string): Promise<PlanFileStats>;
  rename(oldPath: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
  copyFile(source: string, destination: string): Promise<void>;
  link(existingPath: string, newPath: string): Promise<void>;
  /** The names in a folder (to find temp files a killed save left behind). */
  readdir(path: string): Promise<string[]>;
  /** The path with every symbolic link resolved. */
  realpath(path: string): Promise<string>;
}

export interface PlanFileHandle {
  stat(): Promise<PlanFileStats>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface PlanFileStats {
  size: number;
  mtimeMs: number;
  mode: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export const realPlanFs: PlanFs = nodeFs;
