import type { Announcements } from '@dnd-kit/core';

/*
 * dnd-kit's own announcements are English and name items by their internal ids. The roadmap and the
 * 2×2 say what a drag did in the app's language through their own live text, so dnd-kit says
 * nothing (an undefined announcement is skipped).
 */
export const SILENT_DRAG_ANNOUNCEMENTS: Announcements = {
  onDragStart: () => undefined,
  onDragMove: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};
