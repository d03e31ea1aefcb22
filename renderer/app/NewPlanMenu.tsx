import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { runCommand } from '../commands/commands';
import { Icon } from '../components/icons';
import { formatShortcut } from '../commands/shortcuts';

const ITEMS = [
  { command: 'new-example', label: 'From the example', hint: 'Four pillars, already scheduled' },
  { command: 'new-blank', label: 'Blank plan', hint: 'An empty 18-month plan' },
] as const;

/** "New ▾": a small menu button offering the two templates. */
export function NewPlanMenu() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    itemRefs.current[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = itemRefs.current.filter((x): x is HTMLButtonElement => x !== null);
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className="menu-button" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button toolbar__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        title={`New plan (${formatShortcut('Mod+N')} for a blank plan)`}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className="button__icon" aria-hidden="true">
          <Icon name="plus" />
        </span>
        <span className="button__label">New</span>
        <span className="button__caret" aria-hidden="true">
          <Icon name="caret" size={16} />
        </span>
      </button>
      {open && (
        <div id={`${id}-menu`} role="menu" aria-label="New plan" className="menu" onKeyDown={onMenuKeyDown}>
          {ITEMS.map((item, i) => (
            <button
              key={item.command}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              className="menu__item"
              onClick={() => {
                close(false);
                runCommand(item.command);
              }}
            >
              <span className="menu__label">{item.label}</span>
              <span className="menu__hint">{item.hint}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
