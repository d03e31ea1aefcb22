import { isLanguageChoice, type LanguageChoice } from './i18n/locales';
import { t as activeT } from './i18n/active-locale';
import type { MessageKey, Translate } from './i18n/translator';

/*
 * How the app looks in a room: the room size (type and spacing scaled together) and the colour
 * theme. Preferences of the machine, not of a plan: kept in the settings, never in a plan file.
 */

export const ROOM_SIZES = ['normal', 'large', 'extra-large'] as const;
export type RoomSize = (typeof ROOM_SIZES)[number];

/** 'system' follows the operating system's light or dark setting. */
export const THEME_CHOICES = ['system', 'light', 'dark', 'contrast'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The theme the page shows: a choice with 'system' resolved. */
export type Theme = Exclude<ThemeChoice, 'system'>;

export interface DisplayPreferences {
  roomSize: RoomSize;
  theme: ThemeChoice;
  /** The app's language; 'system' follows the operating system's. */
  language: LanguageChoice;
}

export const DEFAULT_DISPLAY_PREFERENCES: DisplayPreferences = { roomSize: 'normal', theme: 'system', language: 'system' };

const ROOM_SIZE_KEYS: Record<RoomSize, MessageKey> = {
  normal: 'domain.display.roomSize.normal',
  large: 'domain.display.roomSize.large',
  'extra-large': 'domain.display.roomSize.extraLarge',
};
const THEME_KEYS: Record<ThemeChoice, MessageKey> = {
  system: 'domain.display.theme.system',
  light: 'domain.display.theme.light',
  dark: 'domain.display.theme.dark',
  contrast: 'domain.display.theme.contrast',
};

/** "Normal", "Large", "Extra large" in t's language. */
export const roomSizeLabel = (size: RoomSize, t: Translate = activeT): string => t(ROOM_SIZE_KEYS[size]);
/** "System", "Light", "Dark", "High contrast" in t's language. */
export const themeLabel = (theme: ThemeChoice, t: Translate = activeT): string => t(THEME_KEYS[theme]);

export const isRoomSize = (value: unknown): value is RoomSize => (ROOM_SIZES as readonly unknown[]).includes(value);
export const isThemeChoice = (value: unknown): value is ThemeChoice => (THEME_CHOICES as readonly unknown[]).includes(value);

/** Preferences read back from storage: each field kept when valid, the default otherwise. */
export function validDisplayPreferences(value: unknown): DisplayPreferences {
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return {
    roomSize: isRoomSize(record.roomSize) ? record.roomSize : DEFAULT_DISPLAY_PREFERENCES.roomSize,
    theme: isThemeChoice(record.theme) ? record.theme : DEFAULT_DISPLAY_PREFERENCES.theme,
    language: isLanguageChoice(record.language) ? record.language : DEFAULT_DISPLAY_PREFERENCES.language,
  };
}

/** One step larger or smaller, staying within Normal … Extra large. */
export function steppedRoomSize(current: RoomSize, step: 1 | -1): RoomSize {
  const index = Math.min(ROOM_SIZES.length - 1, Math.max(0, ROOM_SIZES.indexOf(current) + step));
  return ROOM_SIZES[index]!;
}

export function resolvedTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice !== 'system') return choice;
  return systemPrefersDark ? 'dark' : 'light';
}
