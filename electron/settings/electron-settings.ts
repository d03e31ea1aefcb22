import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Store from 'electron-store';
import { createMemorySettings, settingsOver, type ImportMappingSettings, type SettingsStore } from './settings';
import { systemNow } from '../clock';

export const SETTINGS_FILE_NAME = 'config';

/** `config.json.corrupt-2026-11-23T10-00-00-000Z`: beside the original, a name safe on every disk. */
export function corruptCopyName(configPath: string, now: Date): string {
  return `${configPath}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
}

export interface ElectronSettingsOptions {
  now?: () => Date;
  /** Told when a damaged settings file was moved aside, or storage failed altogether. */
  onProblem?: (message: string) => void;
}

/**
 * Settings persisted by electron-store in `cwd/config.json` (an absolute folder: the app passes its
 * userData folder). A damaged file is moved aside and the app starts with defaults; if storage fails
 * altogether, settings are kept in memory for this session. Nothing here ever throws.
 */
export function createElectronSettings(cwd: string, options: ElectronSettingsOptions = {}): SettingsStore & ImportMappingSettings {
  const now = options.now ?? systemNow;
  const report = options.onProblem ?? (() => undefined);
  const configPath = join(cwd, `${SETTINGS_FILE_NAME}.json`);

  const moveAside = (why: unknown): boolean => {
    try {
      if (!existsSync(configPath)) return false;
      const aside = corruptCopyName(configPath, now());
      renameSync(configPath, aside);
      report(`The settings file could not be read (${describe(why)}); it was moved to ${aside} and defaults are used.`);
      return true;
    } catch {
      return false;
    }
  };

  let store: Store<Record<string, unknown>>;
  try {
    store = openStore(cwd);
  } catch (first) {
    try {
      moveAside(first);
      store = openStore(cwd);
    } catch (second) {
      report(`Settings cannot be stored in ${cwd} (${describe(second)}); they will last until the app closes.`);
      return createMemorySettings();
    }
  }

  // A file damaged while the app runs (a hand edit, a sync tool) is moved aside on first touch.
  const withRecovery = <T>(action: () => T, fallback: T): T => {
    try {
      return action();
    } catch (error) {
      if (!moveAside(error)) return fallback;
      try {
        return action();
      } catch {
        return fallback;
      }
    }
  };

  return settingsOver({
    read: (key) => withRecovery(() => store.get(key), undefined),
    write: (key, value) => withRecovery(() => store.set(key, value), undefined),
  });
}

function openStore(cwd: string): Store<Record<string, unknown>> {
  return new Store<Record<string, unknown>>({ cwd, name: SETTINGS_FILE_NAME, clearInvalidConfig: false });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
