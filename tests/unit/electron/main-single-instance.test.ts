import * as electron from 'electron';
import { expect, it, vi } from 'vitest';
import type { FakeApp } from './electron-fakes';

vi.mock('electron', async () => {
  const module = (await import('./electron-fakes')).electronModule();
  module.app.singleInstanceLock = false;
  return module;
});
vi.mock('../../../electron/files/plan-file', () => ({ openPlanFile: vi.fn(), savePlanFile: vi.fn() }));
vi.mock('../../../electron/settings/electron-settings', () => ({ createElectronSettings: vi.fn() }));

it('a second instance hands over and quits without registering anything', async () => {
  const app = electron.app as unknown as FakeApp;
  await import('../../../electron/main');
  expect(app.quit).toHaveBeenCalled();
  expect(vi.mocked(electron.protocol.registerSchemesAsPrivileged)).not.toHaveBeenCalled();
  expect(app.listenerCount('open-file')).toBe(0);
});
