import { describe, expect, it } from 'vitest';
import {
  createMemorySettings,
  MAX_RECENT_FILES,
  validRecentFiles,
  validWindowBounds,
  withoutRecentFile,
  withRecentFile,
} from '../../../../electron/settings/settings';

const plan = (n: number) => `/home/ana/plans/plan-${n}.aiplan`;

describe('recent files', () => {
  it('lists the most recently opened file first', () => {
    const settings = createMemorySettings();
    settings.addRecentFile(plan(1));
    settings.addRecentFile(plan(2));
    expect(settings.getRecentFiles()).toEqual([plan(2), plan(1)]);
  });

  it('moves a file opened again to the top instead of listing it twice', () => {
    const settings = createMemorySettings();
    for (const n of [1, 2, 3, 1]) settings.addRecentFile(plan(n));
    expect(settings.getRecentFiles()).toEqual([plan(1), plan(3), plan(2)]);
  });

  it(`keeps at most ${MAX_RECENT_FILES}, dropping the oldest`, () => {
    const settings = createMemorySettings();
    for (let n = 1; n <= 15; n++) settings.addRecentFile(plan(n));
    const recent = settings.getRecentFiles();
    expect(recent).toHaveLength(MAX_RECENT_FILES);
    expect(recent[0]).toBe(plan(15));
    expect(recent.at(-1)).toBe(plan(6));
  });

  it('treats two spellings of one path as the same file', () => {
    const settings = createMemorySettings('linux');
    settings.addRecentFile('/home/ana/plans/../plans/plan-1.aiplan');
    settings.addRecentFile('/home/ana/plans/plan-1.aiplan');
    expect(settings.getRecentFiles()).toEqual(['/home/ana/plans/plan-1.aiplan']);
  });

  it('ignores letter case on macOS and Windows, but not on Linux', () => {
    expect(withRecentFile(['/Users/Ana/Plan.aiplan'], '/users/ana/plan.aiplan', 'darwin')).toEqual(['/users/ana/plan.aiplan']);
    expect(withRecentFile(['/home/Ana/Plan.aiplan'], '/home/ana/plan.aiplan', 'linux')).toHaveLength(2);
  });

  it('removes a file that could not be opened any more', () => {
    const settings = createMemorySettings();
    for (const n of [1, 2, 3]) settings.addRecentFile(plan(n));
    settings.removeRecentFile(plan(2));
    expect(settings.getRecentFiles()).toEqual([plan(3), plan(1)]);
    settings.removeRecentFile(plan(9));
    expect(settings.getRecentFiles()).toEqual([plan(3), plan(1)]);
  });

  it('refuses relative, empty and NUL-bearing paths', () => {
    const settings = createMemorySettings();
    for (const bad of ['', 'plan.aiplan', '../x.aiplan', '/tmp/a\0b.aiplan', 'x'.repeat(5000)]) settings.addRecentFile(bad);
    expect(settings.getRecentFiles()).toEqual([]);
  });

  it('cleans a hand-edited list read back from storage', () => {
    expect(validRecentFiles([plan(1), 42, null, 'relative.aiplan', plan(1), { path: plan(2) }, plan(3)])).toEqual([plan(1), plan(3)]);
    expect(validRecentFiles('not a list')).toEqual([]);
    expect(validRecentFiles(Array.from({ length: 50 }, (_, n) => plan(n)))).toHaveLength(MAX_RECENT_FILES);
    expect(withoutRecentFile([plan(1), plan(2)], plan(1))).toEqual([plan(2)]);
  });

  it('hands out copies, so a caller cannot change the stored list by accident', () => {
    const settings = createMemorySettings();
    settings.addRecentFile(plan(1));
    settings.getRecentFiles().push(plan(2));
    expect(settings.getRecentFiles()).toEqual([plan(1)]);
  });
});

describe('last folder', () => {
  it('is null until set, then the folder last used', () => {
    const settings = createMemorySettings();
    expect(settings.getLastFolder()).toBeNull();
    settings.setLastFolder('/home/ana/plans');
    expect(settings.getLastFolder()).toBe('/home/ana/plans');
    settings.setLastFolder('relative/folder');
    expect(settings.getLastFolder()).toBe('/home/ana/plans');
  });
});

describe('window bounds', () => {
  const good = { x: 10, y: 20, width: 1280, height: 800, maximized: false };

  it('are null until set, then what was set', () => {
    const settings = createMemorySettings();
    expect(settings.getWindowBounds()).toBeNull();
    settings.setWindowBounds({ ...good, maximized: true });
    expect(settings.getWindowBounds()).toEqual({ ...good, maximized: true });
  });

  it('accept windows placed left of or above the main screen (negative x and y)', () => {
    expect(validWindowBounds({ ...good, x: -1920, y: -200 })).toEqual({ ...good, x: -1920, y: -200 });
  });

  it('round fractional pixels and read a missing maximized flag as false', () => {
    expect(validWindowBounds({ x: 10.4, y: 19.6, width: 1280.2, height: 799.5 })).toEqual({ ...good, height: 800 });
  });

  it('reject nonsense: too small, too large, not numbers, not an object', () => {
    for (const bad of [
      { ...good, width: 10 },
      { ...good, height: 0 },
      { ...good, width: 1e9 },
      { ...good, x: Number.NaN },
      { ...good, y: Infinity },
      { ...good, x: '10' },
      { x: 1, y: 2 },
      null,
      [1, 2, 3, 4],
      'big',
    ])
      expect(validWindowBounds(bad)).toBeNull();
  });

  it('are not stored when invalid, keeping the last good ones', () => {
    const settings = createMemorySettings();
    settings.setWindowBounds(good);
    settings.setWindowBounds({ ...good, width: -5 });
    expect(settings.getWindowBounds()).toEqual(good);
  });
});

describe('room size and theme in the settings', () => {
  it('starts at Normal following the system, remembers a choice, and refuses values it does not know', () => {
    const settings = createMemorySettings('linux');
    expect(settings.getDisplayPreferences()).toEqual({ roomSize: 'normal', theme: 'system', language: 'system' });
    settings.setDisplayPreferences({ roomSize: 'extra-large', theme: 'contrast', language: 'vi' });
    expect(settings.getDisplayPreferences()).toEqual({ roomSize: 'extra-large', theme: 'contrast', language: 'vi' });
    settings.setDisplayPreferences({ roomSize: 'gigantic', theme: 'dark', language: 'xx' } as never);
    expect(settings.getDisplayPreferences()).toEqual({ roomSize: 'normal', theme: 'dark', language: 'system' });
  });
});
