import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  countBySeverity,
  describeFinding,
  explanationAt,
  scanElectronSources,
  SEVERITIES,
  unexplainedHigh,
  type ScanResult,
} from '../../../scripts/security/electronegativity';

const PROJECT = fileURLToPath(new URL('../../../', import.meta.url));
const made: string[] = [];
afterAll(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A throwaway project holding the given files, for proving what the scan catches. */
function projectWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'electronegativity-fixture-'));
  made.push(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fixture', main: 'electron/main.ts', devDependencies: { electron: '^45.4.1' } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const INSECURE_WINDOW = `import { BrowserWindow } from 'electron';
export function open(): BrowserWindow {
  const window = new BrowserWindow({
    webPreferences: {
      nodeIntegration: true,
      contextIsolation: false,
    },
  });
  return window;
}
`;

describe('explanationAt', () => {
  const lines = [
    'const a = 1;',
    '// electronegativity-ignore: CONTEXT_ISOLATION_JS_CHECK the window only ever shows a bundled page',
    '// (and a second comment line)',
    'contextIsolation: false,',
    'nodeIntegration: true, // electronegativity-ignore: NODE_INTEGRATION_JS_CHECK a test harness only',
    '// electronegativity-ignore: SANDBOX_JS_CHECK',
    'sandbox: false,',
    '/* electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK only https and mailto reach it */',
    'shell.openExternal(url);',
    '// electronegativity-ignore: PRELOAD_JS_CHECK explained, but a statement follows',
    'const b = 2;',
    'preload: path,',
  ];

  it('accepts a reason on the line itself or in the comment lines just above', () => {
    expect(explanationAt(lines, 4, 'CONTEXT_ISOLATION_JS_CHECK')).toBe('the window only ever shows a bundled page');
    expect(explanationAt(lines, 5, 'NODE_INTEGRATION_JS_CHECK')).toBe('a test harness only');
    expect(explanationAt(lines, 9, 'open_external_js_check')).toBe('only https and mailto reach it');
  });

  it('refuses a mark without a reason, for another check, or separated from the line by code', () => {
    expect(explanationAt(lines, 7, 'SANDBOX_JS_CHECK')).toBeNull();
    expect(explanationAt(lines, 4, 'NODE_INTEGRATION_JS_CHECK')).toBeNull();
    expect(explanationAt(lines, 12, 'PRELOAD_JS_CHECK')).toBeNull();
  });
});

describe('the electronegativity scan', () => {
  const where = (f: { check: string; file: string | null; line: number | null }) => `${f.check} ${f.file ?? 'app'}:${f.line ?? '-'}`;

  it('catches an insecure window with its file, line and severity, and never goes online', async () => {
    const dir = projectWith({ 'electron/main.ts': INSECURE_WINDOW });
    // The tool fetches translations and Electron's release list unless stopped: any socket fails this.
    const connect = Socket.prototype.connect;
    const attempts: unknown[] = [];
    Socket.prototype.connect = function (this: Socket, ...args: unknown[]) {
      attempts.push(args[0]);
      return (connect as (...a: unknown[]) => Socket).apply(this, args);
    } as typeof connect;
    let result: ScanResult;
    try {
      result = await scanElectronSources({ projectDir: dir });
    } finally {
      Socket.prototype.connect = connect;
    }
    expect(attempts).toEqual([]);
    // Line 6 is `contextIsolation: false`; the global check notices that nothing limits navigation.
    expect(unexplainedHigh(result.findings).map(where)).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK electron/main.ts:6', 'LIMIT_NAVIGATION_GLOBAL_CHECK app:-']),
    );
    expect(result.parseErrors).toEqual([]);
    expect(result.checksRun.atomic).toBeGreaterThan(20);
  });

  it('counts findings explained in place, on the line or (for a global check) anywhere, as explained', async () => {
    const explained =
      '// electronegativity-ignore: LIMIT_NAVIGATION_GLOBAL_CHECK fixture: a window that never loads remote content\n' +
      INSECURE_WINDOW.replace(
        '      contextIsolation: false,',
        '      // electronegativity-ignore: CONTEXT_ISOLATION_JS_CHECK fixture: proves the explanation is read\n      contextIsolation: false,',
      );
    const result = await scanElectronSources({ projectDir: projectWith({ 'electron/main.ts': explained }) });
    const byCheck = new Map(result.findings.map((f) => [f.check, f]));
    expect(byCheck.get('CONTEXT_ISOLATION_JS_CHECK')).toMatchObject({ severity: 'HIGH', line: 8, explanation: 'fixture: proves the explanation is read' });
    expect(byCheck.get('LIMIT_NAVIGATION_GLOBAL_CHECK')).toMatchObject({ severity: 'HIGH', explanation: 'fixture: a window that never loads remote content' });
    expect(unexplainedHigh(result.findings)).toEqual([]);
  });

  it('still reports what the tool’s own eng-disable comment would hide', async () => {
    const silenced = INSECURE_WINDOW.replace('      contextIsolation: false,', '      contextIsolation: false, /* eng-disable CONTEXT_ISOLATION_JS_CHECK */');
    const result = await scanElectronSources({ projectDir: projectWith({ 'electron/main.ts': silenced }) });
    expect(unexplainedHigh(result.findings).map(where)).toContain('CONTEXT_ISOLATION_JS_CHECK electron/main.ts:6');
    expect(result.engDisableComments).toEqual([{ file: 'electron/main.ts', line: 6, text: expect.stringContaining('eng-disable') }]);
  });

  let app: ScanResult;
  it('finds no unexplained high-severity problem in electron/ and renderer/', async () => {
    app = await scanElectronSources({ projectDir: PROJECT, sources: ['electron', 'renderer'] });
    const counts = countBySeverity(app.findings);
    console.log(
      `electronegativity over electron/ and renderer/ (Electron ${app.electronVersion}, ${app.checksRun.atomic} atomic + ${app.checksRun.global} global checks): ` +
        SEVERITIES.map((s) => `${s} ${counts[s]}`).join(', ') +
        `; unexplained HIGH ${unexplainedHigh(app.findings).length}` +
        app.findings.map((f) => `\n  ${describeFinding(f)}`).join('') +
        app.engDisableComments.map((c) => `\n  eng-disable comment (neutralised for the scan): ${c.file}:${c.line}`).join(''),
    );
    expect(app.parseErrors).toEqual([]);
    expect(unexplainedHigh(app.findings).map(describeFinding)).toEqual([]);
  });
});
