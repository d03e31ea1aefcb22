import { isAbsolute, normalize } from 'node:path';
import { validDisplayPreferences, type DisplayPreferences } from '../../shared/display-preferences';
import type { ColumnMapping } from '../../shared/spreadsheet/spreadsheet-types';
import { rememberedMappingOf, withRememberedMapping, type RememberedMapping } from './import-mappings';

/** Where and how the window was last shown; checked against the screens by the window code. */
export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** Preferences and recent files only: plans live in their own files. */
export interface SettingsStore {
  /** Most recent first, at most MAX_RECENT_FILES, no duplicates. */
  getRecentFiles(): string[];
  addRecentFile(path: string): void;
  removeRecentFile(path: string): void;
  getLastFolder(): string | null;
  setLastFolder(dir: string): void;
  getWindowBounds(): WindowBounds | null;
  setWindowBounds(bounds: WindowBounds): void;
  /** Room size and theme; the defaults until set. */
  getDisplayPreferences(): DisplayPreferences;
  setDisplayPreferences(preferences: DisplayPreferences): void;
}

/** The column mappings chosen in the Import dialog (#19), per spreadsheet header set. */
export interface ImportMappingSettings {
  /** The column mapping last chosen for a spreadsheet's header set, or null. */
  getImportMapping(headerSetKey: string): ColumnMapping | null;
  setImportMapping(headerSetKey: string, mapping: ColumnMapping): void;
}

export const MAX_RECENT_FILES = 10;
const MAX_PATH_LENGTH = 4096;
export const MIN_WINDOW_SIZE = { width: 400, height: 300 };
/** Larger than any screen wall, smaller than anything that breaks the window manager. */
const MAX_WINDOW_EXTENT = 32_000;

/** Windows and macOS treat `Plan.aiplan` and `plan.aiplan` as one file. */
function pathKey(path: string, platform: NodeJS.Platform): string {
  const normal = normalize(path);
  return platform === 'win32' || platform === 'darwin' ? normal.toLowerCase() : normal;
}

/** An absolute path of reasonable length without NUL, normalised; otherwise null. */
export function validPath(value: unknown): string | null {
  if (typeof value !== 'string' || value === '' || value.length > MAX_PATH_LENGTH || value.includes('\0')) return null;
  if (!isAbsolute(value)) return null;
  return normalize(value);
}

/** The list read back from storage, cleaned: valid paths only, de-duplicated, capped. */
export function validRecentFiles(value: unknown, platform: NodeJS.Platform = process.platform): string[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const files: string[] = [];
  for (const item of value) {
    const path = validPath(item);
    if (!path || seen.has(pathKey(path, platform))) continue;
    seen.add(pathKey(path, platform));
    files.push(path);
    if (files.length === MAX_RECENT_FILES) break;
  }
  return files;
}

/** Puts `path` first, removing an earlier entry for the same file and dropping the oldest beyond the cap. */
export function withRecentFile(list: readonly string[], path: string, platform: NodeJS.Platform = process.platform): string[] {
  const added = validPath(path);
  if (!added) return validRecentFiles(list, platform);
  return validRecentFiles([added, ...list], platform);
}

export function withoutRecentFile(list: readonly string[], path: string, platform: NodeJS.Platform = process.platform): string[] {
  const removed = validPath(path);
  const cleaned = validRecentFiles(list, platform);
  return removed ? cleaned.filter((item) => pathKey(item, platform) !== pathKey(removed, platform)) : cleaned;
}

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Bounds read back from storage or sent by the window code, or null when they make no sense. */
export function validWindowBounds(value: unknown): WindowBounds | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { x, y, width, height, maximized } = value as Record<string, unknown>;
  if (!isWhole(x) || !isWhole(y) || !isWhole(width) || !isWhole(height)) return null;
  if (Math.abs(x) > MAX_WINDOW_EXTENT || Math.abs(y) > MAX_WINDOW_EXTENT) return null;
  if (width < MIN_WINDOW_SIZE.width || height < MIN_WINDOW_SIZE.height || width > MAX_WINDOW_EXTENT || height > MAX_WINDOW_EXTENT) return null;
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height), maximized: maximized === true };
}

/** What a backing store keeps, under these keys; read back as unknown and validated. */
export interface StoredSettings {
  recentFiles: string[];
  lastFolder: string;
  windowBounds: WindowBounds;
  displayPreferences: DisplayPreferences;
  importMappings: RememberedMapping[];
}

/**
 * The settings logic over any key-value backing (memory in tests, electron-store in the app). Every
 * value read back is validated, so a hand-edited store cannot hand the app nonsense.
 */
export function settingsOver(backing: {
  read(key: keyof StoredSettings): unknown;
  write<K extends keyof StoredSettings>(key: K, value: StoredSettings[K]): void;
}, platform: NodeJS.Platform = process.platform): SettingsStore & ImportMappingSettings {
  return {
    getRecentFiles: () => validRecentFiles(backing.read('recentFiles'), platform),
    addRecentFile(path) {
      if (validPath(path)) backing.write('recentFiles', withRecentFile(validRecentFiles(backing.read('recentFiles'), platform), path, platform));
    },
    removeRecentFile(path) {
      backing.write('recentFiles', withoutRecentFile(validRecentFiles(backing.read('recentFiles'), platform), path, platform));
    },
    getLastFolder: () => validPath(backing.read('lastFolder')),
    setLastFolder(dir) {
      const folder = validPath(dir);
      if (folder) backing.write('lastFolder', folder);
    },
    getWindowBounds: () => validWindowBounds(backing.read('windowBounds')),
    setWindowBounds(bounds) {
      const valid = validWindowBounds(bounds);
      if (valid) backing.write('windowBounds', valid);
    },
    getDisplayPreferences: () => validDisplayPreferences(backing.read('displayPreferences')),
    setDisplayPreferences(preferences) {
      backing.write('displayPreferences', validDisplayPreferences(preferences));
    },
    getImportMapping: (key) => rememberedMappingOf(backing.read('importMappings'), key),
    setImportMapping(key, mapping) {
      backing.write('importMappings', withRememberedMapping(backing.read('importMappings'), key, mapping));
    },
  };
}

/** Settings that live as long as the process: for tests, and the fallback when storage fails. */
export function createMemorySettings(platform: NodeJS.Platform = process.platform): SettingsStore & ImportMappingSettings {
  const values = new Map<keyof StoredSettings, unknown>();
  return settingsOver(
    {
      read: (key) => structuredClone(values.get(key)),
      write: (key, value) => void values.set(key, structuredClone(value)),
    },
    platform,
  );
}
