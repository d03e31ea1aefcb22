import * as electron from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { chromiumLocaleFor } from '../../../electron/settings/chromium-locale';
import type { FakeApp } from './electron-fakes';

/*
 * Chromium's own locale (the date fields' order of day, month and year; spellcheck) follows the
 * language the app was last set to, appended as --lang before the app is ready; 'system' leaves it
 * to the operating system.
 */

vi.mock('electron', async () => (await import('./electron-fakes')).electronModule());
vi.mock('../../../electron/files/plan-file', () => ({ openPlanFile: vi.fn(), savePlanFile: vi.fn() }));
vi.mock('../../../electron/settings/electron-settings', async () => {
  const { memorySettings } = await import('./electron-fakes');
  const settings = memorySettings();
  settings.setDisplayPreferences({ roomSize: 'normal', theme: 'system', language: 'de' });
  return { createElectronSettings: vi.fn(() => settings) };
});

const app = electron.app as unknown as FakeApp;
let switchesAtReady = new Map<string, string | undefined>();

beforeAll(async () => {
  await import('../../../electron/main');
  switchesAtReady = new Map(app.switches);
  app.becomeReady();
  await new Promise((resolve) => setTimeout(resolve, 0));
});

describe("Chromium's locale", () => {
  it('is the stored language, appended before ready', () => {
    expect(switchesAtReady.get('lang')).toBe('de');
  });

  it('is British English for English, nothing for the system language or pseudo-localisation', () => {
    expect(chromiumLocaleFor('en')).toBe('en-GB');
    expect(chromiumLocaleFor('vi')).toBe('vi');
    expect(chromiumLocaleFor('system')).toBeNull();
    expect(chromiumLocaleFor('en-XA')).toBeNull();
  });
});
