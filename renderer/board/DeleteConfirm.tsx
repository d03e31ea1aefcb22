import { useEffect, useId, useRef } from 'react';
import { usePlanner } from '../store/store';
import { itemName, KIND_LABELS } from './announcements';
import { boardViewStore, useBoardView } from './board-view-store';
import { deleteNow, descendantsOf } from './delete-flow';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Delete pillar X with 2 objectives, …?" — only asked when the item has children; undo restores all. */
export function DeleteConfirm() {
  const item = useBoardView((s) => s.pendingDelete);
  const plan = usePlanner((s) => s.plan);
  if (!item || !plan) return null;
  const counts = descendantsOf(plan, item);
  const parts = [
    counts.objectives && plural(counts.objectives, 'objective', 'objectives'),
    counts.applications && plural(counts.applications, 'AI application', 'AI applications'),
    counts.kpis && plural(counts.kpis, 'KPI', 'KPIs'),
  ].filter(Boolean);
  return (
    <ConfirmDialog
      title={`Delete ${KIND_LABELS[item.kind]} ${itemName(plan, item)}?`}
      message={`This also deletes ${parts.join(', ')}. You can undo it with Ctrl+Z.`}
      onConfirm={() => {
        boardViewStore.getState().setPendingDelete(null);
        deleteNow(item);
      }}
      onCancel={() => boardViewStore.getState().setPendingDelete(null)}
    />
  );
}

function ConfirmDialog({ title, message, onConfirm, onCancel }: { title: string; message: string; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="alert-dialog confirm-dialog"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`} className="alert-dialog__title">
        {title}
      </h2>
      <p id={`${id}-message`} className="alert-dialog__message">
        {message}
      </p>
      <div className="alert-dialog__actions">
        <button type="button" ref={cancelRef} className="button" onClick={onCancel}>
          Keep it
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm}>
          Delete
        </button>
      </div>
    </dialog>
  );
}
