import { describe, expect, it } from 'vitest';
import { formatShortcut, matchesShortcut, type KeyLike } from '../../../../renderer/commands/shortcuts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('keyboard shortcuts', () => {
  it('reads Mod as Ctrl on Windows and Linux and as Cmd on macOS', () => {
    expect(matchesShortcut(key('s', { ctrlKey: true }), 'Mod+S', false)).toBe(true);
    expect(matchesShortcut(key('s', { metaKey: true }), 'Mod+S', false)).toBe(false);
    expect(matchesShortcut(key('s', { metaKey: true }), 'Mod+S', true)).toBe(true);
    expect(matchesShortcut(key('s', { ctrlKey: true }), 'Mod+S', true)).toBe(false);
  });

  it('tells Save from Save As and Undo from Redo by Shift', () => {
    expect(matchesShortcut(key('S', { ctrlKey: true, shiftKey: true }), 'Mod+S', false)).toBe(false);
    expect(matchesShortcut(key('S', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+S', false)).toBe(true);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z', false)).toBe(false);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z', false)).toBe(true);
  });

  it('keeps Ctrl+Y as Ctrl on every platform and ignores Alt chords', () => {
    expect(matchesShortcut(key('y', { ctrlKey: true }), 'Ctrl+Y', true)).toBe(true);
    expect(matchesShortcut(key('z', { ctrlKey: true, altKey: true }), 'Mod+Z', false)).toBe(false);
  });

  it('matches digits by physical key too', () => {
    expect(matchesShortcut({ ...key('&', { ctrlKey: true }), code: 'Digit1' }, 'Mod+1', false)).toBe(true);
    expect(matchesShortcut(key('2', { ctrlKey: true }), 'Mod+1', false)).toBe(false);
  });

  it('formats shortcuts for people', () => {
    expect(formatShortcut('Mod+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(formatShortcut('Mod+Shift+S', true)).toBe('⇧⌘S');
    expect(formatShortcut('Ctrl+Y', false)).toBe('Ctrl+Y');
  });
});
