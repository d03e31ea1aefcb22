import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// electron-store imports 'electron', which outside Electron would look for the binary.
vi.mock('electron', () => ({ default: {} }));
const { createElectronSettings, corruptCopyName } = await import('../../../../electron/settings/electron-settings');

const made: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aiplan-settings-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const FIXED = new Date('2026-11-23T10:11:12.345Z');
const bounds = { x: 40, y: 30, width: 1400, height: 900, maximized: true };

describe('createElectronSettings', () => {
  it('keeps recent files, the last folder and window bounds across restarts', () => {
    const dir = folder();
    const first = createElectronSettings(dir);
    first.addRecentFile('/home/ana/a.aiplan');
    first.addRecentFile('/home/ana/b.aiplan');
    first.setLastFolder('/home/ana');
    first.setWindowBounds(bounds);

    const second = createElectronSettings(dir);
    expect(second.getRecentFiles()).toEqual(['/home/ana/b.aiplan', '/home/ana/a.aiplan']);
    expect(second.getLastFolder()).toBe('/home/ana');
    expect(second.getWindowBounds()).toEqual(bounds);
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toMatchObject({ lastFolder: '/home/ana' });
  });

  it('starts with defaults when there is no settings file yet', () => {
    const settings = createElectronSettings(folder());
    expect(settings.getRecentFiles()).toEqual([]);
    expect(settings.getLastFolder()).toBeNull();
    expect(settings.getWindowBounds()).toBeNull();
  });

  it('moves a corrupt settings file aside and starts with defaults', () => {
    const dir = folder();
    writeFileSync(join(dir, 'config.json'), '{"recentFiles": ["/home/ana/a.aiplan"');
    const problems: string[] = [];
    const settings = createElectronSettings(dir, { now: () => FIXED, onProblem: (m) => problems.push(m) });
    expect(settings.getRecentFiles()).toEqual([]);
    const aside = corruptCopyName(join(dir, 'config.json'), FIXED);
    expect(aside.endsWith('config.json.corrupt-2026-11-23T10-11-12-345Z')).toBe(true);
    expect(readFileSync(aside, 'utf8')).toBe('{"recentFiles": ["/home/ana/a.aiplan"');
    expect(problems[0]).toMatch(/moved to .*config\.json\.corrupt-2026-11-23T10-11-12-345Z and defaults are used/);
    settings.addRecentFile('/home/ana/new.aiplan');
    expect(createElectronSettings(dir).getRecentFiles()).toEqual(['/home/ana/new.aiplan']);
  });

  it('moves aside binary junk and a file that is JSON but not an object', () => {
    for (const content of [Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x88]), '[1, 2, 3]', '"just a string"', 'null']) {
      const dir = folder();
      writeFileSync(join(dir, 'config.json'), content);
      const settings = createElectronSettings(dir);
      expect(settings.getRecentFiles()).toEqual([]);
      settings.setLastFolder('/home/ana');
      expect(settings.getLastFolder()).toBe('/home/ana');
    }
  });

  it('ignores hand-edited values of the wrong kind instead of crashing', () => {
    const dir = folder();
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ recentFiles: ['/ok.aiplan', 7, 'relative.aiplan', null], lastFolder: 42, windowBounds: { x: 'left', y: 0, width: 10, height: 10 } }),
    );
    const settings = createElectronSettings(dir);
    expect(settings.getRecentFiles()).toEqual(['/ok.aiplan']);
    expect(settings.getLastFolder()).toBeNull();
    expect(settings.getWindowBounds()).toBeNull();
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('survives a settings file damaged while the app runs', () => {
    const dir = folder();
    const settings = createElectronSettings(dir, { now: () => FIXED });
    settings.addRecentFile('/home/ana/a.aiplan');
    writeFileSync(join(dir, 'config.json'), '{ damaged');
    expect(settings.getRecentFiles()).toEqual([]);
    settings.addRecentFile('/home/ana/b.aiplan');
    expect(settings.getRecentFiles()).toEqual(['/home/ana/b.aiplan']);
    expect(existsSync(corruptCopyName(join(dir, 'config.json'), FIXED))).toBe(true);
  });

  it('keeps settings in memory when the folder cannot hold them, rather than failing', () => {
    const dir = folder();
    const blocked = join(dir, 'not-a-folder');
    writeFileSync(blocked, 'a file where the settings folder should be');
    const problems: string[] = [];
    const settings = createElectronSettings(join(blocked, 'sub'), { onProblem: (m) => problems.push(m) });
    settings.addRecentFile('/home/ana/a.aiplan');
    expect(settings.getRecentFiles()).toEqual(['/home/ana/a.aiplan']);
    expect(problems.join('\n')).toMatch(/last until the app closes|could not be read/);
  });

  it('needs an absolute folder outside Electron, and says so without throwing', () => {
    const problems: string[] = [];
    const settings = createElectronSettings('relative/settings', { onProblem: (m) => problems.push(m) });
    expect(settings.getRecentFiles()).toEqual([]);
    expect(problems).toHaveLength(1);
  });

  it('keeps the app running when the settings folder disappears mid-session', () => {
    const dir = join(folder(), 'settings');
    mkdirSync(dir);
    const settings = createElectronSettings(dir);
    settings.addRecentFile('/home/ana/a.aiplan');
    rmSync(dir, { recursive: true });
    writeFileSync(dir, 'a file where the settings folder was');
    expect(() => settings.addRecentFile('/home/ana/b.aiplan')).not.toThrow();
    expect(() => settings.getRecentFiles()).not.toThrow();
  });
});
