import type { KeyLike } from '../commands/shortcuts';

/*
 * The keys of presenting mode, as slide software and presentation clickers use them: a clicker sends
 * PageDown and PageUp, a keyboard the arrows. Up and Down are left to the view, which may need to
 * scroll. Plain keys only: Ctrl+E stays Export PDF.
 */

export type PresentingKeyAction = 'next' | 'previous' | 'leave' | 'edit';

/** What a key does while presenting; null leaves the key to the page. */
export function presentingKeyAction(event: KeyLike): PresentingKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Escape':
      return 'leave';
    case 'e':
    case 'E':
      return 'edit';
    default:
      return null;
  }
}

/**
 * The view one step from `current` in tab order. It stops at either end rather than wrapping: a
 * presenter who presses once too often on a clicker stays on the last view instead of throwing the
 * room back to the first one, as slide software stops at the last slide.
 */
export function steppedView<Id extends string>(views: readonly Id[], current: Id, step: 1 | -1): Id {
  const at = views.indexOf(current);
  if (at < 0) return views[0] ?? current;
  return views[Math.min(views.length - 1, Math.max(0, at + step))]!;
}
