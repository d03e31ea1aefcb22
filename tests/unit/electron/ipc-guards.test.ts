import { describe, expect, it } from 'vitest';
import {
  INVOKE_METHODS,
  SEND_METHODS,
  isTrustedFrame,
  parseInvokeArguments,
  parseSendArguments,
  safeFileName,
  withPlanExtension,
} from '../../../electron/ipc-guards';
import { HandedOutPaths } from '../../../electron/handed-out-paths';
import { IPC } from '../../../shared/ipc-contract';
import { FakeFrame } from './electron-fakes';

describe('isTrustedFrame', () => {
  const top = new FakeFrame();

  it("trusts the main window's own top frame on app://bundle", () => {
    expect(isTrustedFrame(top, top)).toBe(true);
    // The same frame seen through another WebFrameMain wrapper.
    expect(isTrustedFrame(new FakeFrame(top.url, null, top.processId, top.routingId), top)).toBe(true);
  });

  it('refuses a missing frame (navigated away or destroyed)', () => {
    expect(isTrustedFrame(null, top)).toBe(false);
    expect(isTrustedFrame(undefined, top)).toBe(false);
    expect(isTrustedFrame(top, null)).toBe(false);
  });

  it('refuses another frame, a subframe, a detached frame and a foreign origin', () => {
    expect(isTrustedFrame(new FakeFrame(top.url, null, top.processId, 99), top)).toBe(false);
    expect(isTrustedFrame(new FakeFrame(top.url, null, 99, top.routingId), top)).toBe(false);
    expect(isTrustedFrame(new FakeFrame(top.url, top, top.processId, top.routingId), top)).toBe(false);
    const detached = new FakeFrame();
    detached.detached = true;
    expect(isTrustedFrame(detached, detached)).toBe(false);
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://evil/index.html', 'about:blank', 'data:text/html,x']) {
      const foreign = new FakeFrame(url);
      expect(isTrustedFrame(foreign, foreign), url).toBe(false);
    }
  });

  it('trusts the dev server page only when main loaded the window from it (npm run dev)', () => {
    const dev = new FakeFrame('http://localhost:5173/');
    expect(isTrustedFrame(dev, dev, 'http://localhost:5173')).toBe(true);
    expect(isTrustedFrame(new FakeFrame('http://localhost:5173/index.html?x=1'), dev, 'http://localhost:5173')).toBe(true);
    // Production: no dev server origin, so the same page is refused.
    expect(isTrustedFrame(dev, dev, null)).toBe(false);
    expect(isTrustedFrame(dev, dev)).toBe(false);
    for (const url of ['http://localhost:5174/', 'http://127.0.0.1:5173/', 'https://evil.example/', 'http://u:p@localhost:5173/', 'ws://localhost:5173/']) {
      const other = new FakeFrame(url);
      expect(isTrustedFrame(other, other, 'http://localhost:5173'), url).toBe(false);
    }
    // The app's own bundle stays trusted in a dev run.
    expect(isTrustedFrame(top, top, 'http://localhost:5173')).toBe(true);
  });

  it('refuses a frame that throws when read (destroyed)', () => {
    const destroyed = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
      parent: null,
      processId: 7,
      routingId: 1,
    };
    expect(isTrustedFrame(destroyed, destroyed)).toBe(false);
  });
});

describe('IPC argument schemas', () => {
  it('cover every channel of the contract', () => {
    const channels = [...INVOKE_METHODS, ...SEND_METHODS].map((m) => IPC[m]).sort();
    const contract = Object.entries(IPC)
      .filter(([key]) => key !== 'command')
      .map(([, channel]) => channel)
      .sort();
    expect(channels).toEqual(contract);
  });

  it('accept well-formed arguments', () => {
    expect(parseInvokeArguments('openPlanDialog', [])).toEqual({ ok: true, args: [] });
    expect(parseInvokeArguments('openPlanPath', ['/home/a/Plan.aiplan']).ok).toBe(true);
    expect(parseInvokeArguments('openPlanPath', ['/home/a/PLAN.AIPLAN']).ok).toBe(true);
    expect(parseInvokeArguments('savePlan', ['/home/a/plan.aiplan', { any: 'plan' }]).ok).toBe(true);
    expect(parseInvokeArguments('savePlanAs', [{}, 'Q3 plan']).ok).toBe(true);
    expect(parseInvokeArguments('confirmUnsaved', ['Q3 plan']).ok).toBe(true);
    expect(parseSendArguments('setDocumentState', [{ displayName: 'x', filePath: null, dirty: true }]).ok).toBe(true);
    expect(parseSendArguments('setDocumentState', [{ displayName: 'x', filePath: '/a/b.json', dirty: false }]).ok).toBe(true);
    expect(parseSendArguments('closeWindow', []).ok).toBe(true);
  });

  it.each([
    ['a number for a path', 'openPlanPath', [42]],
    ['an empty path', 'openPlanPath', ['']],
    ['a relative path', 'openPlanPath', ['plans/q3.aiplan']],
    ['a path that is not a plan file', 'openPlanPath', ['/etc/passwd']],
    ['a path with NUL', 'openPlanPath', ['/tmp/x\0.aiplan']],
    ['a path of 4096 characters', 'openPlanPath', [`/${'a'.repeat(4088)}.aiplan`]],
    ['a UNC path', 'openPlanPath', ['\\\\evil.example\\share\\x.aiplan']],
    ['a forward-slash UNC path', 'openPlanPath', ['//evil.example/share/x.aiplan']],
    ['a missing argument', 'openPlanPath', []],
    ['an extra argument', 'openPlanPath', ['/a/b.aiplan', 'extra']],
    ['an object for a path', 'openPlanPath', [{ toString: () => '/a/b.aiplan' }]],
    ['arguments to a channel that takes none', 'openPlanDialog', ['/a/b.aiplan']],
    ['arguments to listRecent', 'listRecent', [1]],
    ['save without a plan', 'savePlan', ['/a/b.aiplan']],
    ['save to a non-plan file', 'savePlan', ['/home/a/.bashrc', {}]],
    ['save to a relative path', 'savePlan', ['b.aiplan', {}]],
    ['a suggested name that is not a string', 'savePlanAs', [{}, 1]],
    ['an overlong suggested name', 'savePlanAs', [{}, 'x'.repeat(5000)]],
    ['a display name that is not a string', 'confirmUnsaved', [null]],
  ] as const)('refuses %s', (_why, method, args) => {
    const parsed = parseInvokeArguments(method, [...args]);
    expect(parsed.ok).toBe(false);
  });

  it('refuses malformed document states and never echoes the value in the reason', () => {
    for (const state of [
      null,
      'dirty',
      { displayName: 'x', filePath: null },
      { displayName: 'x', filePath: null, dirty: 'yes' },
      { displayName: 'x', filePath: 'relative.aiplan', dirty: true },
      { displayName: 'x', filePath: null, dirty: true, extra: 1 },
      { displayName: 'secret-value'.repeat(100), filePath: null, dirty: true },
    ]) {
      const parsed = parseSendArguments('setDocumentState', [state]);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason).not.toContain('secret-value');
    }
    expect(parseSendArguments('closeWindow', ['now']).ok).toBe(false);
  });
});

describe('network paths', () => {
  const share = '\\\\fileserver\\plans\\Q3.aiplan';
  const handedOut = new HandedOutPaths();
  handedOut.add(share);
  handedOut.add('\\\\fileserver\\plans\\Q3.pdf');

  it('are accepted back from the renderer when main handed them out (dialog, command line, recent, recovery)', () => {
    expect(parseInvokeArguments('openPlanPath', [share], handedOut).ok).toBe(true);
    expect(parseInvokeArguments('savePlan', [share, {}], handedOut).ok).toBe(true);
    expect(parseInvokeArguments('checkFileOnDisk', [share], handedOut).ok).toBe(true);
    expect(parseInvokeArguments('writeRecovery', ['doc-1', 'Q3', share, {}], handedOut).ok).toBe(true);
    expect(parseInvokeArguments('openExportedPdf', ['\\\\fileserver\\plans\\Q3.pdf'], handedOut).ok).toBe(true);
    expect(parseSendArguments('setDocumentState', [{ displayName: 'Q3.aiplan', filePath: share, dirty: true }], handedOut).ok).toBe(true);
  });

  it('are refused when the page names a share main never handed out, and device paths always', () => {
    for (const path of ['\\\\evil.example\\share\\x.aiplan', '//evil.example/share/x.aiplan', '\\\\fileserver\\plans\\Other.aiplan']) {
      const parsed = parseInvokeArguments('openPlanPath', [path], handedOut);
      expect(parsed.ok, path).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toMatch(/network path the app did not open or save itself/);
      expect(parseSendArguments('setDocumentState', [{ displayName: 'x', filePath: path, dirty: true }], handedOut).ok, path).toBe(false);
    }
    const device = new HandedOutPaths();
    for (const path of ['\\\\?\\C:\\x.aiplan', '\\\\.\\pipe\\x.aiplan', '\\\\server']) {
      device.add(path);
      expect(parseInvokeArguments('openPlanPath', [path], device).ok, path).toBe(false);
    }
    // Without a record of handed-out paths (the default), no network path passes.
    expect(parseInvokeArguments('openPlanPath', [share]).ok).toBe(false);
  });
});

describe('file names for the Save dialog', () => {
  it('turns a plan title into a safe .aiplan name', () => {
    expect(safeFileName('Q3 plan')).toBe('Q3 plan.aiplan');
    expect(safeFileName('Q3 plan.aiplan')).toBe('Q3 plan.aiplan');
    expect(safeFileName('../../etc/passwd')).toBe('etc passwd.aiplan');
    expect(safeFileName('a\\b:c*d?"e<f>g|h')).toBe('a b c d e f g h.aiplan');
    expect(safeFileName('Łódź 東京')).toBe('Łódź 東京.aiplan');
    expect(safeFileName('   ')).toBe('Untitled plan.aiplan');
    expect(safeFileName('x'.repeat(500)).length).toBeLessThanOrEqual(127);
  });

  it('adds the extension the Linux save dialog leaves off', () => {
    expect(withPlanExtension('/a/plan')).toBe('/a/plan.aiplan');
    expect(withPlanExtension('/a/plan.AIPLAN')).toBe('/a/plan.AIPLAN');
  });
});
