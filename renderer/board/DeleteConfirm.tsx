import { ModalDialog } from '../components/ModalDialog';
import { usePlanner } from '../store/store';
import { countOfKind, kindLabel } from '../../shared/labels';
import { itemName } from './announcements';
import { boardViewStore, useBoardView } from './board-view-store';
import { deleteNow, descendantsOf } from './delete-flow';

/** "Delete pillar X with 2 objectives, …?" — only asked when the item has children; undo restores all. */
export function DeleteConfirm() {
  const item = useBoardView((s) => s.pendingDelete);
  const plan = usePlanner((s) => s.plan);
  if (!item || !plan) return null;
  const counts = descendantsOf(plan, item);
  const parts = [
    counts.objectives && countOfKind(counts.objectives, 'objective'),
    counts.applications && countOfKind(counts.applications, 'application'),
    counts.kpis && countOfKind(counts.kpis, 'kpi'),
  ].filter(Boolean);
  return (
    <ConfirmDialog
      title={`Delete ${kindLabel(item.kind)} ${itemName(plan, item)}?`}
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
