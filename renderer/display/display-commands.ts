import { defineCommand, type Command } from '../commands/command';
import { setLanguageChoice, setRoomSize, setThemeChoice, stepRoomSize } from './display-preferences';

/** Room size, theme and language: the View menu's entries and Ctrl+= / Ctrl+− / Ctrl+0 (named in shared/commands). */
export const displayCommands: Command[] = [
  defineCommand('room-size:larger', { run: () => stepRoomSize(1) }),
  defineCommand('room-size:smaller', { run: () => stepRoomSize(-1) }),
  defineCommand('room-size:normal', { run: () => setRoomSize('normal') }),
  defineCommand('room-size:large', { run: () => setRoomSize('large') }),
  defineCommand('room-size:extra-large', { run: () => setRoomSize('extra-large') }),
  defineCommand('theme:system', { run: () => setThemeChoice('system') }),
  defineCommand('theme:light', { run: () => setThemeChoice('light') }),
  defineCommand('theme:dark', { run: () => setThemeChoice('dark') }),
  defineCommand('theme:contrast', { run: () => setThemeChoice('contrast') }),
  defineCommand('language:system', { run: () => setLanguageChoice('system') }),
  defineCommand('language:en', { run: () => setLanguageChoice('en') }),
  defineCommand('language:de', { run: () => setLanguageChoice('de') }),
  defineCommand('language:vi', { run: () => setLanguageChoice('vi') }),
];
