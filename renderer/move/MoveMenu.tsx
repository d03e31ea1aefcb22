import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { closeMoveMenu, useMoveMenu, type MoveChoice } from './move-menu-store';
import './move-menu.css';
import { useT } from '../i18n/use-t';

const MARGIN = 8;

/**
 * The "Move to…" menu (WAI-ARIA menu): arrow keys, Home and End step through the destinations,
 * Enter or a click moves, Escape closes and gives focus back to the card, Tab or a click outside
 * closes. Rendered once, at the top of the app.
 */
export function MoveMenuHost() {
  const menu = useMoveMenu();
  return menu ? <MoveMenu key={`${menu.title}|${menu.at.x},${menu.at.y}`} /> : null;
}

function MoveMenu() {
  const menu = useMoveMenu()!;
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const box = ref.current!.getBoundingClientRect();
    const left = Math.max(MARGIN, Math.min(menu.at.x, window.innerWidth - box.width - MARGIN));
    const top = Math.max(MARGIN, Math.min(menu.at.y, window.innerHeight - box.height - MARGIN));
    setPlace({ left, top });
  }, [menu]);

  // Once placed (a hidden element cannot take the focus): the first destination.
  useEffect(() => {
    if (place) ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus({ preventScroll: true });
  }, [place]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) closeMoveMenu(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, []);

  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => all[(i + all.length) % all.length]?.focus();
    // Keys inside the menu never reach the board, the roadmap or the window's shortcuts.
    event.stopPropagation();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focus(at + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        focus(at - 1);
        break;
      case 'Home':
        event.preventDefault();
        focus(0);
        break;
      case 'End':
        event.preventDefault();
        focus(all.length - 1);
        break;
      case 'Escape':
        event.preventDefault();
        closeMoveMenu(true);
        break;
      case 'Tab':
        event.preventDefault();
        closeMoveMenu(true);
        break;
    }
  };
  const choose = (choice: MoveChoice) => {
    closeMoveMenu(false);
    choice.choose();
  };
  const empty = menu.groups.every((g) => g.choices.length === 0);

  return createPortal(
    <div
      ref={ref}
      role="menu"
      aria-label={menu.title}
      className="move-menu"
      data-testid="move-menu"
      style={place ? { left: place.left, top: place.top } : { left: menu.at.x, top: menu.at.y, visibility: 'hidden' }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      <p className="move-menu__title" aria-hidden="true">
        {menu.title}
      </p>
      {empty && (
        <div role="menuitem" aria-disabled="true" tabIndex={-1} className="move-menu__item move-menu__item--none">
          {t('move.menu.nowhere')}
        </div>
      )}
      {menu.groups.map((group, g) =>
        group.choices.length === 0 ? null : (
          <div key={group.heading ?? `group-${g}`} role="group" aria-label={group.heading ?? undefined} className="move-menu__group">
            {group.heading && (
              <p className="move-menu__heading" aria-hidden="true">
                {group.heading}
              </p>
            )}
            {group.choices.map((choice) => (
              <button key={choice.key} type="button" role="menuitem" tabIndex={-1} className="move-menu__item" data-key={choice.key} onClick={() => choose(choice)}>
                {choice.label}
              </button>
            ))}
          </div>
        ),
      )}
    </div>,
    document.body,
  );
}
