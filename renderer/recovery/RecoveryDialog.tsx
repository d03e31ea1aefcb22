import type { RecoveryInfo } from '../../shared/ipc-contract';
import { fileNameOf } from '../store/selectors';
import { ModalDialog } from '../components/ModalDialog';
import { formatChangedAt } from './recovery-offer';
import { useLocale, useT } from '../i18n/use-t';

export interface RecoveryDialogProps {
  copies: readonly RecoveryInfo[];
  onRestore(docId: string): void;
  onDiscard(docId: string): void;
  onLater(): void;
}

/** The offer after a crash: each unsaved plan, with its title and when it was last changed. */
export function RecoveryDialog({ copies, onRestore, onDiscard, onLater }: RecoveryDialogProps) {
  const t = useT();
  const locale = useLocale();
  const count = copies.length;
  return (
    <ModalDialog
      role="dialog"
      className="modal-dialog recovery-dialog"
      title={t('recovery.title', { count })}
      description={t('recovery.description', { count })}
      onCancel={onLater}
    >
      <ul className="recovery-list" aria-label={t('recovery.list')}>
        {copies.map((copy) => {
          const title = copy.title || t('recovery.untitled');
          const when = formatChangedAt(copy.changedAt, locale);
          return (
            <li key={copy.docId} className="recovery-list__item">
              <div className="recovery-list__text">
                <span className="recovery-list__title">{title}</span>
                <span className="recovery-list__meta">
                  {copy.filePath ? t('recovery.changed', { when, file: fileNameOf(copy.filePath) }) : t('recovery.changed.neverSaved', { when })}
                </span>
              </div>
              <div className="recovery-list__actions">
                <button type="button" className="button button--primary" aria-label={t('recovery.restore.label', { title })} onClick={() => onRestore(copy.docId)}>
                  {t('recovery.restore')}
                </button>
                <button type="button" className="button" aria-label={t('recovery.discard.label', { title })} onClick={() => onDiscard(copy.docId)}>
                  {t('recovery.discard')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="alert-dialog__actions modal-dialog__actions">
        <button type="button" className="button" onClick={onLater}>
          {t('recovery.later')}
        </button>
      </div>
    </ModalDialog>
  );
}
