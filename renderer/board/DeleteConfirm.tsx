import { ModalDialog } from '../components/ModalDialog';
import { usePlanner } from '../store/store';
import { countOfKind } from '../../shared/labels';
import { useT } from '../i18n/use-t';
import { itemName } from './announcements';
import { boardViewStore, useBoardView } from './board-view-store';
import { deleteNow, descendantsOf } from './delete-flow';

/** "Delete pillar X with 2 objectives, …?" — only asked when the item has children; undo restores all. */
export function DeleteConfirm() {
  const item = useBoardView((s) => s.pendingDelete);
  const plan = usePlanner((s) => s.plan);
  const t = useT();
  if (!item || !plan) return null;
  const counts = descendantsOf(plan, item);
  const parts = [
    counts.objectives && countOfKind(counts.objectives, 'objective', t),
    counts.applications && countOfKind(counts.applications, 'application', t),
    counts.kpis && countOfKind(counts.kpis, 'kpi', t),
  ].filter(Boolean);
  return (
    <ConfirmDialog
      title={t('board.delete.title', { item: itemName(plan, item) })}
      message={t('board.delete.message', { parts: parts.join(', ') })}
      onConfirm={() => {
        boardViewStore.getState().setPendingDelete(null);
        deleteNow(item);
      }}
      onCancel={() => boardViewStore.getState().setPendingDelete(null)}
    />
  );
}

function ConfirmDialog({ title, message, onConfirm, onCancel }: { title: string; message: string; onConfirm: () => void; onCancel: () => void }) {
  const t = useT();
  return (
    <ModalDialog title={title} description={message} className="confirm-dialog" onCancel={onCancel}>
      <div className="alert-dialog__actions">
        <button type="button" className="button" data-autofocus onClick={onCancel}>
          {t('board.delete.keep')}
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {t('board.delete.confirm')}
        </button>
      </div>
    </ModalDialog>
  );
}
