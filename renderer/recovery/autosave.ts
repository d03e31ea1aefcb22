import type { FileError, PlannerApi } from '../../shared/ipc-contract';
import type { Plan } from '../../shared/model';
import { selectDirty } from '../store/selectors';
import type { PlannerState, PlannerStore } from '../store/store';
import { planTextInSlices } from '../file/plan-text';
import { t } from '../../shared/i18n/active-locale';

/*
 * Autosave to a recovery copy (never to the user's own file). The rule is a function of the store:
 * while the plan is dirty, its copy is written AUTOSAVE_DELAY_MS after the last change (and at once
 * on flush, e.g. when the window loses focus); whenever the plan is not dirty (saved, discarded,
 * closed, undone back to the saved state) the copy is removed. Writes and removals run one at a
 * time, in order, so the removal that follows a save always runs after any write already started.
 */

export const AUTOSAVE_DELAY_MS = 3000;
const MAX_TITLE = 500;

export interface AutosaveDeps {
  store: PlannerStore;
  api: Pick<PlannerApi, 'writeRecovery' | 'discardRecovery'>;
  delayMs?: number;
  newDocId?: () => string;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** A copy could not be kept; the plan itself is untouched. */
  onError?: (error: FileError) => void;
}

export class Autosave {
  /** The open document's id (UI state): names its recovery copy. */
  docId: string;
  private readonly delayMs: number;
  private timer: unknown = null;
  /** The plan object last written to this document's copy. */
  private written: Plan | null = null;
  private copyMayExist = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly deps: AutosaveDeps) {
    this.delayMs = deps.delayMs ?? AUTOSAVE_DELAY_MS;
    this.docId = (deps.newDocId ?? randomDocId)();
  }

  /** Follows the store until the returned function is called. */
  start(): () => void {
    const unsubscribe = this.deps.store.subscribe((state) => this.onChange(state));
    this.onChange(this.deps.store.getState());
    return () => {
      unsubscribe();
      this.cancelTimer();
    };
  }

  /** Writes the pending change now (window blur, page hidden); resolves once written. */
  flush(): Promise<void> {
    this.cancelTimer();
    const state = this.deps.store.getState();
    if (selectDirty(state) && state.plan !== this.written) this.enqueue(() => this.write());
    return this.idle();
  }

  /** Resolves when every write and removal asked for so far has finished. */
  idle(): Promise<void> {
    return this.queue;
  }

  /**
   * A plan restored from the recovery copy `docId`: the document takes over that id and copy, so
   * further edits replace it and a save removes it. Call before loading the plan into the store.
   */
  adopt(docId: string, plan: Plan): void {
    if (docId === this.docId) return;
    this.cancelTimer();
    if (this.copyMayExist) {
      const old = this.docId;
      this.enqueue(() => this.discard(old));
    }
    this.docId = docId;
    this.written = plan;
    this.copyMayExist = true;
  }

  private onChange(state: PlannerState): void {
    if (selectDirty(state)) {
      if (state.plan !== this.written) this.schedule();
      return;
    }
    this.cancelTimer();
    if (this.copyMayExist) {
      const docId = this.docId;
      this.copyMayExist = false;
      this.written = null;
      this.enqueue(() => this.discard(docId));
    }
  }

  private schedule(): void {
    this.cancelTimer();
    const setTimer = this.deps.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
    this.timer = setTimer(() => {
      this.timer = null;
      this.enqueue(() => this.write());
    }, this.delayMs);
  }

  private cancelTimer(): void {
    if (this.timer === null) return;
    (this.deps.clearTimer ?? ((t: unknown) => clearTimeout(t as ReturnType<typeof setTimeout>)))(this.timer);
    this.timer = null;
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task, task);
  }

  /** Writes what the store holds when the write's turn comes, not what it held when asked. */
  private async write(): Promise<void> {
    const state = this.deps.store.getState();
    const plan = state.plan;
    if (!plan || !selectDirty(state) || plan === this.written) return;
    const docId = this.docId;
    this.copyMayExist = true;
    try {
      const text = await planTextInSlices(plan);
      const result = await this.deps.api.writeRecovery(docId, plan.meta.title.slice(0, MAX_TITLE), state.filePath, text);
      if (result.status === 'written') {
        if (docId === this.docId) this.written = plan;
      } else this.deps.onError?.(result.error);
    } catch (e) {
      this.deps.onError?.({ code: 'unknown', message: t('recovery.error.notWritten'), details: [e instanceof Error ? e.message : String(e)] });
    }
  }

  private async discard(docId: string): Promise<void> {
    try {
      const result = await this.deps.api.discardRecovery(docId);
      if (result.status === 'error') this.deps.onError?.(result.error);
    } catch (e) {
      this.deps.onError?.({ code: 'unknown', message: t('recovery.error.removeFailed'), details: [e instanceof Error ? e.message : String(e)] });
    }
  }
}

function randomDocId(): string {
  return crypto.randomUUID();
}
