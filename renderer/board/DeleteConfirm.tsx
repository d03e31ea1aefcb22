import { ModalDialog } from '../components/ModalDialog';
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
  return (
    <ModalDialog title={title} description={message} className="confirm-dialog" onCancel={onCancel}>
      <div className="alert-dialog__actions">
        <button type="button" className="button" data-autofocus onClick={onCancel}>
          Keep it
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm}>
          Delete
        </button>
      </div>
    </ModalDialog>
  );
}
