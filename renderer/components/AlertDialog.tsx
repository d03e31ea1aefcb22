import { Icon } from './icons';
import { ModalDialog } from './ModalDialog';
import { useT } from '../i18n/use-t';

export interface AlertDialogProps {
  title: string;
  message: string;
  details: readonly string[];
  onClose: () => void;
  /** A second button beside OK, e.g. Save As… after a failed save. */
  action?: { label: string; run: () => void };
}

/** A modal error message: Escape or OK closes, focus starts on OK and returns afterwards. */
export function AlertDialog({ title, message, details, onClose, action }: AlertDialogProps) {
  const t = useT();
  return (
    <ModalDialog title={title} description={message} icon={<Icon name="alert" size={28} />} onCancel={onClose}>
      {details.length > 0 && (
        <>
          <h3 className="alert-dialog__details-title">{t('components.alert.details')}</h3>
          <ul className="alert-dialog__details">
            {details.map((detail, i) => (
              <li key={i}>{detail}</li>
            ))}
          </ul>
        </>
      )}
      <div className="alert-dialog__actions">
        {action && (
          <button type="button" className="button" onClick={action.run}>
            {action.label}
          </button>
        )}
        <button type="button" className="button button--primary" data-autofocus onClick={onClose}>
          {t('components.alert.ok')}
        </button>
      </div>
    </ModalDialog>
  );
}
