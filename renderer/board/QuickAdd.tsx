import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

interface QuickAddProps {
  /** "Add objective". */
  label: string;
  /** The button's fuller accessible name, saying where it adds: "Add objective to Customer Acquisition". */
  name?: string;
  /** The field's accessible name, e.g. "New objective title". */
  fieldLabel: string;
  placeholder: string;
  onAdd: (title: string) => void;
  className?: string;
  /** Opens with the field showing, when the person has just asked to type (the folded tray's Add idea). */
  startOpen?: boolean;
}

/**
 * Fast entry: the button opens a field; type a title and press Enter to add it, and the field
 * stays open for the next sibling. Escape (or Enter on an empty field) closes it; nothing is
 * created until Enter, so Escape leaves no half-made item behind.
 */
export function QuickAdd({ label, name, fieldLabel, placeholder, onAdd, className, startOpen = false }: QuickAddProps) {
  const [open, setOpen] = useState(startOpen);
  const [text, setText] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const refocusButton = useRef(false);

  useEffect(() => {
    if (!open && refocusButton.current) {
      refocusButton.current = false;
      buttonRef.current?.focus();
    }
  }, [open]);

  const close = (refocus: boolean) => {
    refocusButton.current = refocus;
    setText('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      const title = text.trim();
      if (title) {
        onAdd(title);
        setText('');
      } else close(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    }
  };

  if (!open)
    return (
      <button
        type="button"
        ref={buttonRef}
        className={['quick-add', className].filter(Boolean).join(' ')}
        // Many "Add objective" buttons on one board: the name says which pillar, as the outline's do.
        aria-label={name}
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">+</span> {label}
      </button>
    );
  return (
    <input
      className={['quick-add__input', className].filter(Boolean).join(' ')}
      // Opening the field is the user's own request to type here.
      autoFocus
      aria-label={fieldLabel}
      placeholder={placeholder}
      value={text}
      maxLength={200}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => {
        const title = text.trim();
        if (title) onAdd(title);
        close(false);
      }}
    />
  );
}
