import { realpath, stat } from 'node:fs/promises';

/**
 * True when two paths name the same existing file, however spelt: `./plan.aiplan` and
 * `plan.aiplan`, a symlink and its target, or a hard link (same device and inode). A path that
 * does not exist yet is never the same as one that does.
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const [statA, statB] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  if (!statA || !statB) return false;
  // Some file systems (FAT, some network shares) report inode 0; fall back to the resolved paths.
  if (statA.ino !== 0 && statA.dev === statB.dev && statA.ino === statB.ino) return true;
  const [realA, realB] = await Promise.all([realpath(a).catch(() => a), realpath(b).catch(() => b)]);
  return realA === realB;
}
