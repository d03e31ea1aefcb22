import type { RefObject } from 'react';
import { openMoveMenuFor } from './open-move-menu';
import { useT } from '../i18n/use-t';

/**
 * "Move to…", shown while the card's grip (or the bar, or the 2×2 card) has the keyboard focus:
 * the way to move without dragging that a pointer user can see too. `card` points at the movable
 * element when the button cannot sit inside it (a 2×2 card is a button itself).
 */
export function MoveButton({ name, card }: { name: string; card?: RefObject<Element | null> }) {
  const t = useT();
  return (
    <button
      type="button"
      className="move-button"
      aria-haspopup="menu"
      data-move-button=""
      onPointerDown={(e) => e.stopPropagation()}
      onClick={(e) => {
        e.stopPropagation();
        openMoveMenuFor(card?.current ?? e.currentTarget);
      }}
    >
      {t('move.button')}
      <span className="visually-hidden"> ({name})</span>
    </button>
  );
}
