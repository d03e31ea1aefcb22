import { useLayoutEffect, type RefObject } from 'react';
import { onDisplayChange } from '../display/display-preferences';

/*
 * The toolbar gives up words, not commands, as room runs out: the app's name, then the logo and the
 * words of Undo, Redo and "Unsaved changes", then every button's words (the icons stay, and the words
 * stay the buttons' accessible names and tooltips). Measured, not set by window width, because
 * "Speichern unter" needs more room than "Save As" and a plan's title is as long as it is.
 */
export const TOOLBAR_COMPACT_LEVELS = 4;

/** The first level at which nothing overflows and the plan's title shows whole (else the last level). */
export function fitToolbar(toolbar: HTMLElement): number {
  const name = toolbar.querySelector<HTMLElement>('.toolbar__file-name');
  let level = 0;
  for (; level < TOOLBAR_COMPACT_LEVELS; level++) {
    toolbar.dataset.compact = String(level);
    const overflows = toolbar.scrollWidth > toolbar.clientWidth + 1;
    const nameCut = name !== null && name.scrollWidth > name.clientWidth + 1;
    if (!overflows && !nameCut) break;
  }
  return level;
}

/** Refits on every change of the toolbar's size or content (a language, a title, the unsaved marker) and of the room size. */
export function useToolbarFit(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const toolbar = ref.current;
    if (!toolbar) return;
    let scheduled = 0;
    const refit = () => {
      if (scheduled) return;
      scheduled = requestAnimationFrame(() => {
        scheduled = 0;
        fitToolbar(toolbar);
      });
    };
    fitToolbar(toolbar);
    let lastWidth = toolbar.clientWidth;
    const resize = new ResizeObserver(() => {
      // Only a change of width: the levels change the height of nothing, so this cannot loop.
      if (toolbar.clientWidth === lastWidth) return;
      lastWidth = toolbar.clientWidth;
      refit();
    });
    resize.observe(toolbar);
    const content = new MutationObserver(refit);
    content.observe(toolbar, { childList: true, subtree: true, characterData: true });
    // A room size changes the words' widths and not the toolbar's.
    const stopDisplay = onDisplayChange(refit);
    return () => {
      stopDisplay();
      cancelAnimationFrame(scheduled);
      resize.disconnect();
      content.disconnect();
    };
  }, [ref]);
}
