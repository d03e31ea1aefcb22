import type { DiskChange } from '../../shared/ipc-contract';
import { compareStamp, fileStamp, type FileStamp, type StampFs } from './file-stamp';

/*
 * What each plan file looked like when this app last opened or saved it, so that a save (and the
 * renderer, when the window regains focus) can tell whether something else changed, moved or
 * deleted it since. Kept in memory: a new start of the app knows nothing, and checks nothing.
 */
export class StampBook {
  private readonly known = new Map<string, FileStamp>();

  constructor(private readonly deps: { fs?: StampFs } = {}) {}

  /** Records the file as it is now (after an open or a save). */
  async remember(path: string): Promise<void> {
    this.known.set(path, await fileStamp(path, this.deps));
  }

  /**
   * A plan restored from a recovery copy last changed at `changedAtMs` was based on the file at
   * `path`. A file modified after that was changed by something else; a file gone now was there then.
   */
  async rememberForRecovery(path: string, changedAtMs: number): Promise<void> {
    const current = await fileStamp(path, this.deps);
    if (!current.exists) this.known.set(path, { exists: true, mtimeMs: changedAtMs, size: -1, hash: null });
    else if (current.mtimeMs > changedAtMs) this.known.set(path, { exists: false });
    else this.known.set(path, current);
  }

  /** 'unchanged' for a file the app has no record of: there is nothing to compare with. */
  async check(path: string): Promise<DiskChange> {
    const known = this.known.get(path);
    if (!known) return 'unchanged';
    return compareStamp(known, await fileStamp(path, this.deps));
  }
}
