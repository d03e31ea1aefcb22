import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { modalGate } from '../commands/modal-gate';

export interface ModalDialogProps {
  title: string;
  /** Read out with the title when the dialog opens. */
  description?: ReactNode;
  /** alertdialog for a question about a problem; dialog for an offer or a task. */
  role?: 'alertdialog' | 'dialog';
  /** The class block of the dialog and its parts (`${block}__title`, …): `alert-dialog` unless given. */
  block?: string;
  className?: string;
  /** Shown beside the text, e.g. the alert icon of an error. */
  icon?: ReactNode;
  /** Work under way inside the dialog (aria-busy). */
  busy?: boolean;
  /** Escape. */
  onCancel(): void;
  children: ReactNode;
}

const TAB_STOPS = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [href], [tabindex]:not([tabindex="-1"])';

/** The elements Tab visits inside the dialog; of a radio group only the checked radio (or the first, if none is). */
function tabStops(dialog: HTMLDialogElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(TAB_STOPS)].filter((element) => {
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || !element.name) return true;
    const group = [...dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((radio) => radio.name === element.name);
    return element === (group.find((radio) => radio.checked) ?? group[0]);
  });
}

/**
 * A modal <dialog>: the rest of the page is inert, no command runs (it holds the modal gate), Tab
 * stays inside, Escape cancels, the first element marked data-autofocus (or the first button) gets
 * focus, and focus returns afterwards.
 */
export function ModalDialog({ title, description, role = 'alertdialog', block = 'alert-dialog', className = '', icon, busy, onCancel, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => modalGate.hold(), []);

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
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = tabStops(ref.current);
    if (focusable.length === 0) return;
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
      className={`${block} ${className}`.trim()}
      role={role}
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={description === undefined ? undefined : `${id}-description`}
      aria-busy={busy || undefined}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {icon && (
        <div className={`${block}__icon`} aria-hidden="true">
          {icon}
        </div>
      )}
      <div className={`${block}__body`}>
        <h2 id={`${id}-title`} className={`${block}__title`}>
          {title}
        </h2>
        {description !== undefined && (
          <p id={`${id}-description`} className={`${block}__message`}>
            {description}
          </p>
        )}
        {children}
      </div>
    </dialog>
  );
}
