import {
  DEFAULT_DISPLAY_PREFERENCES,
  resolvedTheme,
  steppedRoomSize,
  validDisplayPreferences,
  type DisplayPreferences,
  type RoomSize,
  type ThemeChoice,
} from '../../shared/display-preferences';
import { resolvedLocale, type LanguageChoice } from '../../shared/i18n/locales';
import { setActiveLocale } from '../../shared/i18n/active-locale';

/*
 * Room size and theme on the page: `data-room` and `data-theme` on the root element switch the token
 * values in styles/base.css and styles/theme.css, so every view reflows at once without browser
 * zoom. The choice is kept in main's settings through window.planner.
 */

export interface DisplayHost {
  root: HTMLElement;
  /** The operating system's preferred languages, most preferred first. */
  systemLanguages(): readonly string[];
  /** Whether the operating system asks for dark colours now, and a way to hear it change. */
  systemPrefersDark(): boolean;
  onSystemChange(listener: () => void): () => void;
  load(): Promise<DisplayPreferences>;
  save(preferences: DisplayPreferences): void;
}

let preferences: DisplayPreferences = DEFAULT_DISPLAY_PREFERENCES;
let host: DisplayHost | null = null;
/** A choice made before the stored one arrived wins over it. */
let chosenHere = false;
const listeners = new Set<() => void>();
/** A room size shown instead of the chosen one (presenting shows Extra large), never stored. */
let shownRoomSize: RoomSize | null = null;

/** Told after the page shows other preferences (for layouts measured in pixels, like the roadmap's). */
export function onDisplayChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The root's --room-scale as the CSS sets it for the room size shown (1 at Normal). */
export function roomScale(): number {
  if (!host) return 1;
  return parseFloat(getComputedStyle(host.root).getPropertyValue('--room-scale')) || 1;
}

export function displayPreferences(): DisplayPreferences {
  return preferences;
}

function apply(): void {
  if (!host) return;
  host.root.dataset.room = shownRoomSize ?? preferences.roomSize;
  host.root.dataset.theme = resolvedTheme(preferences.theme, host.systemPrefersDark());
  const locale = resolvedLocale(preferences.language, host.systemLanguages());
  host.root.lang = locale;
  setActiveLocale(locale);
  for (const listener of [...listeners]) listener();
}

function choose(next: DisplayPreferences): void {
  chosenHere = true;
  if (next.roomSize === preferences.roomSize && next.theme === preferences.theme && next.language === preferences.language) return;
  preferences = next;
  apply();
  host?.save(preferences);
}

/**
 * Shows `roomSize` for now without choosing it (null shows the chosen size again): presenting
 * enlarges the room for its duration, and the stored preference is untouched.
 */
export function showRoomSizeForNow(roomSize: RoomSize | null): void {
  if (roomSize === shownRoomSize) return;
  shownRoomSize = roomSize;
  apply();
}

export function setRoomSize(roomSize: RoomSize): void {
  choose({ ...preferences, roomSize });
}

export function stepRoomSize(step: 1 | -1): void {
  setRoomSize(steppedRoomSize(preferences.roomSize, step));
}

export function setThemeChoice(theme: ThemeChoice): void {
  choose({ ...preferences, theme });
}

export function setLanguageChoice(language: LanguageChoice): void {
  choose({ ...preferences, language });
}

export { roomSizeLabel, themeLabel } from '../../shared/display-preferences';

/** Shows the defaults at once, then the stored choice when it arrives; follows the system's light or dark. Returns the stop function. */
export function startDisplay(next: DisplayHost = browserHost()): () => void {
  host = next;
  chosenHere = false;
  preferences = DEFAULT_DISPLAY_PREFERENCES;
  apply();
  const stopListening = next.onSystemChange(apply);
  void next
    .load()
    .then((stored) => {
      if (host !== next || chosenHere) return;
      preferences = validDisplayPreferences(stored);
      apply();
    })
    .catch(() => undefined);
  return () => {
    stopListening();
    if (host === next) host = null;
  };
}

function browserHost(): DisplayHost {
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  return {
    root: document.documentElement,
    systemLanguages: () => navigator.languages,
    systemPrefersDark: () => dark.matches,
    onSystemChange(listener) {
      dark.addEventListener('change', listener);
      return () => dark.removeEventListener('change', listener);
    },
    load: () => window.planner.getDisplayPreferences(),
    save: (p) => window.planner.setDisplayPreferences(p),
  };
}
