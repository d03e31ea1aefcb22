import type { RecoveryInfo } from '../../shared/ipc-contract';
import { fileNameOf } from '../store/selectors';
import { ModalDialog } from '../components/ModalDialog';
import { formatChangedAt } from './recovery-offer';

export interface RecoveryDialogProps {
  copies: readonly RecoveryInfo[];
  onRestore(docId: string): void;
  onDiscard(docId: string): void;
  onLater(): void;
}

/** The offer after a crash: each unsaved plan, with its title and when it was last changed. */
export function RecoveryDialog({ copies, onRestore, onDiscard, onLater }: RecoveryDialogProps) {
  const one = copies.length === 1;
  return (
    <ModalDialog
      role="dialog"
      className="modal-dialog recovery-dialog"
      title={one ? 'Restore your unsaved plan?' : `Restore your ${copies.length} unsaved plans?`}
      description={
        one
          ? 'The app closed before this plan was saved. Its last changes were kept and can be restored.'
          : 'The app closed before these plans were saved. Their last changes were kept; restore one at a time.'
      }
      onCancel={onLater}
    >
      <ul className="recovery-list" aria-label="Unsaved plans">
        {copies.map((copy) => {
          const title = copy.title || 'Untitled plan';
          return (
            <li key={copy.docId} className="recovery-list__item">
              <div className="recovery-list__text">
                <span className="recovery-list__title">{title}</span>
                <span className="recovery-list__meta">
                  Last changed {formatChangedAt(copy.changedAt)}
                  {copy.filePath ? ` · ${fileNameOf(copy.filePath)}` : ' · never saved'}
                </span>
              </div>
              <div className="recovery-list__actions">
                <button type="button" className="button button--primary" aria-label={`Restore ${title}`} onClick={() => onRestore(copy.docId)}>
                  Restore
                </button>
                <button type="button" className="button" aria-label={`Discard ${title}`} onClick={() => onDiscard(copy.docId)}>
                  Discard
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="alert-dialog__actions modal-dialog__actions">
        <button type="button" className="button" onClick={onLater}>
          Decide later
        </button>
      </div>
    </ModalDialog>
  );
}
