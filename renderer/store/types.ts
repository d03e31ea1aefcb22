import type { ViewId } from '../../shared/commands/command-catalogue';
import type { ItemRef, Plan } from '../../shared/model';

/** The document being edited. `savedPlan` is the object last saved or opened: dirty = plan !== savedPlan. */
export interface DocumentSlice {
  plan: Plan | null;
  filePath: string | null;
  savedPlan: Plan | null;
  mtimeMs: number | null;
  /** A new or opened plan: history, selection and pending edits start afresh. */
  loadDocument(doc: { plan: Plan; filePath: string | null; mtimeMs: number | null; clean?: boolean }): void;
  /** Back to the first-run screen. */
  closeDocument(): void;
  /** Records that `plan` (the object that was sent to disk) is now what the file holds. */
  /** `stampedFrom`: the in-memory plan that `plan` is a stamped copy of (meta.updatedAt set at save). */
  markSaved(saved: { plan: Plan; filePath: string; mtimeMs: number; stampedFrom?: Plan }): void;
}

export interface CommitOptions {
  /** Consecutive commits with the same key within COALESCE_MS form one undo step (typing in one field). */
  coalesceKey?: string;
}

export interface HistorySlice {
  past: Plan[];
  future: Plan[];
  lastCommit: { key: string; at: number } | null;
  /** Applies a pure edit as one undo step; returns false (and records nothing) when nothing changed. */
  commit(recipe: (plan: Plan) => Plan, options?: CommitOptions): boolean;
  undo(): boolean;
  redo(): boolean;
}

export interface AlertMessage {
  title: string;
  message: string;
  details: string[];
  /** A way out offered beside OK: after a failed save, Save As. */
  offer?: 'save-as';
}

/** View state: never saved, never in undo history. */
export interface UiSlice {
  selection: ItemRef | null;
  activeView: ViewId;
  /** The error dialog's content, or null when closed. */
  alert: AlertMessage | null;
  /** A short line for the status bar ("Saved plan.aiplan"). */
  statusMessage: string | null;
  /** The `editKey` of an EditableText that should open in edit mode when it mounts (just-added items). */
  pendingEdit: string | null;
  /** The outline item after which a new sibling's title is being typed (Enter after editing a title). */
  draftSibling: ItemRef | null;
  select(selection: ItemRef | null): void;
  setActiveView(id: ViewId): void;
  showAlert(alert: AlertMessage): void;
  dismissAlert(): void;
  setStatusMessage(message: string | null): void;
  requestEdit(editKey: string | null): void;
  /** Opens (or, with null, drops) the title field of a sibling not yet in the plan. */
  startDraftSibling(after: ItemRef | null): void;
}

export type PlannerState = DocumentSlice & HistorySlice & UiSlice;

export interface StoreDeps {
  /** Milliseconds clock used for coalescing; tests pass a fake one. */
  clock?: () => number;
}
