/*
 * Shortcuts are written "Mod+Shift+S": Mod is Cmd on macOS and Ctrl elsewhere; Ctrl is always Ctrl.
 * One parser serves the keyboard handler and the labels shown on buttons and in tooltips.
 */

export interface KeyChord {
  mod: boolean;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

export const isMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

export function parseShortcut(shortcut: string): KeyChord {
  const parts = shortcut.split('+');
  const key = parts.pop()!.toLowerCase();
  const has = (name: string) => parts.includes(name);
  return { mod: has('Mod'), ctrl: has('Ctrl'), shift: has('Shift'), alt: has('Alt'), key };
}

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function matchesShortcut(event: KeyLike, shortcut: string, mac = isMac()): boolean {
  const chord = parseShortcut(shortcut);
  const wantCtrl = chord.ctrl || (chord.mod && !mac);
  const wantMeta = chord.mod && mac;
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta) return false;
  if (event.shiftKey !== chord.shift || event.altKey !== chord.alt) return false;
  // Digits by physical key, so Mod+1 still matches where the digit row needs Shift (AZERTY).
  if (/^\d$/.test(chord.key) && event.code === `Digit${chord.key}`) return true;
  // The space bar's key is " ", written "Space" in shortcuts as in Electron's accelerators.
  return (event.key === ' ' ? 'space' : event.key.toLowerCase()) === chord.key;
}

/** Named keys as people read them: "PageDown", not "Pagedown". */
const KEY_NAMES: Readonly<Record<string, string>> = { pagedown: 'PageDown', pageup: 'PageUp', space: 'Space' };

/** "Mod+Shift+S" → "Ctrl+Shift+S" (or "⇧⌘S" on macOS). */
export function formatShortcut(shortcut: string, mac = isMac()): string {
  const chord = parseShortcut(shortcut);
  const key = KEY_NAMES[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key[0]!.toUpperCase() + chord.key.slice(1));
  if (mac) return `${chord.ctrl ? '⌃' : ''}${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${chord.mod ? '⌘' : ''}${key}`;
  return [chord.ctrl || chord.mod ? 'Ctrl' : '', chord.alt ? 'Alt' : '', chord.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}
