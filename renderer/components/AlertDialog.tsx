import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { Icon } from './icons';

export interface AlertDialogProps {
  title: string;
  message: string;
  details: readonly string[];
  onClose: () => void;
  /** A second button beside OK, e.g. Save As… after a failed save. */
  action?: { label: string; run: () => void };
}

/**
 * A modal error message (role="alertdialog"): the native <dialog> makes the rest of the page inert,
 * Tab stays inside, Escape or OK closes, and focus returns to where it was.
 */
export function AlertDialog({ title, message, details, onClose, action }: AlertDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const okRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    okRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      previous?.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Tab') {
      const focusable = dialogRef.current?.querySelectorAll<HTMLElement>('button, [href], [tabindex]:not([tabindex="-1"])');
      if (!focusable || focusable.length === 0) return;
      const first = focusable[0]!;
      const last = focusable[focusable.length - 1]!;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="alert-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Escape: close through state, so React stays the owner of whether the dialog is shown.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="alert-dialog__icon" aria-hidden="true">
        <Icon name="alert" size={28} />
      </div>
      <div className="alert-dialog__body">
        <h2 id={`${id}-title`} className="alert-dialog__title">
          {title}
        </h2>
        <p id={`${id}-message`} className="alert-dialog__message">
          {message}
        </p>
        {details.length > 0 && (
          <>
            <h3 className="alert-dialog__details-title">Details</h3>
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
          <button ref={okRef} type="button" className="button button--primary" onClick={onClose}>
            OK
          </button>
        </div>
      </div>
    </dialog>
  );
}
