import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY_PREFERENCES, resolvedTheme, roomSizeLabel, steppedRoomSize, themeLabel, validDisplayPreferences } from '../../../shared/display-preferences';
import { translator } from '../../../shared/i18n/translator';

describe('room size and theme preferences', () => {
  it('steps the room size one size at a time and stops at Normal and Extra large', () => {
    expect(steppedRoomSize('normal', 1)).toBe('large');
    expect(steppedRoomSize('large', 1)).toBe('extra-large');
    expect(steppedRoomSize('extra-large', 1)).toBe('extra-large');
    expect(steppedRoomSize('extra-large', -1)).toBe('large');
    expect(steppedRoomSize('normal', -1)).toBe('normal');
  });

  it('follows the system for the default theme, and keeps an explicit choice whatever the system says', () => {
    expect(resolvedTheme('system', true)).toBe('dark');
    expect(resolvedTheme('system', false)).toBe('light');
    expect(resolvedTheme('light', true)).toBe('light');
    expect(resolvedTheme('contrast', true)).toBe('contrast');
  });

  it('reads stored preferences field by field, falling back to the default for anything unknown', () => {
    expect(validDisplayPreferences({ roomSize: 'large', theme: 'dark', language: 'vi' })).toEqual({ roomSize: 'large', theme: 'dark', language: 'vi' });
    expect(validDisplayPreferences({ roomSize: 'huge', theme: 'dark' })).toEqual({ roomSize: 'normal', theme: 'dark', language: 'system' });
    expect(validDisplayPreferences({ roomSize: 'extra-large', theme: 'toString', language: 'constructor' })).toEqual({ roomSize: 'extra-large', theme: 'system', language: 'system' });
    for (const junk of [undefined, null, 'large', 42, ['large'], {}]) expect(validDisplayPreferences(junk)).toEqual(DEFAULT_DISPLAY_PREFERENCES);
  });

  it('names room sizes and themes in English by default and in the language it is given', () => {
    expect(roomSizeLabel('extra-large')).toBe('Extra large');
    expect(themeLabel('contrast')).toBe('High contrast');
    expect(roomSizeLabel('extra-large', translator('de'))).toBe('Sehr groß');
    expect(themeLabel('dark', translator('vi'))).toBe('Tối');
  });
});
