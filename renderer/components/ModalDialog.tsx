import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface ModalDialogProps {
  title: string;
  /** Read out with the title when the dialog opens. */
  description: ReactNode;
  /** alertdialog for a question about a problem; dialog for an offer. */
  role?: 'alertdialog' | 'dialog';
  className?: string;
  /** Shown beside the text, e.g. the alert icon of an error. */
  icon?: ReactNode;
  /** Escape. */
  onCancel(): void;
  children: ReactNode;
}

/**
 * A modal <dialog>: the rest of the page is inert, Tab stays inside, Escape cancels, the first
 * element marked data-autofocus (or the first button) gets focus, and focus returns afterwards.
 */
export function ModalDialog({ title, description, role = 'alertdialog', className = '', icon, onCancel, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('button'))?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const focusable = ref.current?.querySelectorAll<HTMLElement>('button:not(:disabled), [href], [tabindex]:not([tabindex="-1"])');
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
  };

  return (
    <dialog
      ref={ref}
      className={`alert-dialog ${className}`}
      role={role}
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {icon && (
        <div className="alert-dialog__icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <div className="alert-dialog__body">
        <h2 id={`${id}-title`} className="alert-dialog__title">
          {title}
        </h2>
        <p id={`${id}-description`} className="alert-dialog__message">
          {description}
        </p>
        {children}
      </div>
    </dialog>
  );
}
