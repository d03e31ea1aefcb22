import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '../../../shared/i18n/active-locale';
import { planPathFromArgv } from '../../../electron/launch-args';
import { PENDING_OPEN_TTL_MS, PendingOpen } from '../../../electron/pending-open';
import {
  DEFAULT_SIZE,
  defaultSize,
  pageGoneChoiceFromResponse,
  pageGoneMessage,
  restorableBounds,
  unsavedChangesMessage,
  unsavedChoiceFromResponse,
  windowTitle,
} from '../../../electron/window-state';

describe('window title', () => {
  it('shows the file name, a dot while unsaved, and the app name', () => {
    expect(windowTitle({ displayName: 'q3.aiplan', filePath: '/a/q3.aiplan', dirty: false })).toBe('q3.aiplan — AI Alignment Planner');
    expect(windowTitle({ displayName: 'q3.aiplan', filePath: '/a/q3.aiplan', dirty: true })).toBe('q3.aiplan • — AI Alignment Planner');
    expect(windowTitle({ displayName: 'Growth plan', filePath: null, dirty: true })).toBe('Growth plan • — AI Alignment Planner');
    expect(windowTitle(null)).toBe('AI Alignment Planner');
  });

  it('keeps control characters and runaway names out of the title bar', () => {
    expect(windowTitle({ displayName: 'a\nb\u0007', filePath: null, dirty: false })).toBe('a b — AI Alignment Planner');
    expect(windowTitle({ displayName: '', filePath: null, dirty: false })).toBe('Untitled plan — AI Alignment Planner');
    expect(windowTitle({ displayName: 'x'.repeat(1000), filePath: null, dirty: false }).length).toBeLessThan(260);
  });

  it('strips bidirectional overrides, isolates and marks, so a name cannot read backwards or hide the unsaved dot', () => {
    // "invoice<RLO>nalp.aiplan" would show as "invoice" followed by the rest reversed.
    expect(windowTitle({ displayName: 'invoice\u202enalp.aiplan', filePath: null, dirty: true })).toBe('invoice nalp.aiplan • — AI Alignment Planner');
    for (const mark of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u0085']) {
      const title = windowTitle({ displayName: `a${mark}b`, filePath: null, dirty: false });
      expect(title, `U+${mark.codePointAt(0)!.toString(16)}`).toBe('a b — AI Alignment Planner');
    }
    expect(windowTitle({ displayName: '\u202e\u2066', filePath: null, dirty: false })).toBe('Untitled plan — AI Alignment Planner');
    // Right-to-left text itself is kept: only the invisible controls go.
    expect(windowTitle({ displayName: 'خطة الربع', filePath: null, dirty: false })).toBe('خطة الربع — AI Alignment Planner');
    expect(unsavedChangesMessage('q3\u202egalp').message).toBe('Do you want to save the changes to “q3 galp”?');
  });
});

describe('window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('restores bounds that are on a connected display', () => {
    expect(restorableBounds({ x: 100, y: 80, width: 1200, height: 800, maximized: true }, screen)).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it('opens centred when the saved display is gone or the bounds are nonsense', () => {
    expect(restorableBounds(null, screen)).toBeNull();
    expect(restorableBounds({ x: 3000, y: 100, width: 1200, height: 800, maximized: false }, screen)).toBeNull();
    expect(restorableBounds({ x: 100, y: -500, width: 1200, height: 400, maximized: false }, screen)).toBeNull();
    expect(restorableBounds({ x: Number.NaN, y: 0, width: 1200, height: 800, maximized: false }, screen)).toBeNull();
  });

  it('never restores a window smaller than the minimum size', () => {
    expect(restorableBounds({ x: 0, y: 0, width: 10, height: 10, maximized: false }, screen)).toMatchObject({ width: 800, height: 560 });
  });

  it('shrinks a window saved on a big monitor to the work area of the projector it reopens on', () => {
    const projector = [{ x: 0, y: 0, width: 1024, height: 728 }];
    expect(restorableBounds({ x: 40, y: 30, width: 1600, height: 1000, maximized: false }, projector)).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 728,
      maximized: false,
    });
    // Moved back inside when only its left part is on the screen.
    expect(restorableBounds({ x: 900, y: 100, width: 1000, height: 600, maximized: false }, projector)).toEqual({
      x: 24,
      y: 100,
      width: 1000,
      height: 600,
      maximized: false,
    });
  });

  it('fits the display the title bar is on, not the first display', () => {
    const twoScreens = [
      { x: 0, y: 0, width: 2560, height: 1400 },
      { x: 2560, y: 0, width: 1280, height: 680 },
    ];
    expect(restorableBounds({ x: 2600, y: 10, width: 1600, height: 1000, maximized: true }, twoScreens)).toEqual({
      x: 2560,
      y: 0,
      width: 1280,
      height: 680,
      maximized: true,
    });
  });

  it('gives up on bounds whose display is gone (the window opens centred at its default size)', () => {
    const laptopOnly = [{ x: 0, y: 0, width: 1366, height: 728 }];
    expect(restorableBounds({ x: -1920, y: 0, width: 1600, height: 1000, maximized: true }, laptopOnly)).toBeNull();
    expect(restorableBounds({ x: 100, y: 100, width: 1200, height: 800, maximized: false }, [])).toBeNull();
  });

  it('opens by default at a size that fits a 1280×720 screen, and a smaller work area still', () => {
    expect(DEFAULT_SIZE.width).toBeLessThanOrEqual(1280);
    expect(DEFAULT_SIZE.height).toBeLessThanOrEqual(720);
    expect(defaultSize({ x: 0, y: 0, width: 1280, height: 680 })).toEqual({ width: 1280, height: 680 });
    expect(defaultSize({ x: 0, y: 0, width: 1024, height: 600 })).toEqual({ width: 1024, height: 600 });
    expect(defaultSize({ x: 0, y: 0, width: 2560, height: 1400 })).toEqual(DEFAULT_SIZE);
  });
});

describe('the question after the page crashed', () => {
  it('offers Reload and Restore first, and Close Window', () => {
    const message = pageGoneMessage('crashed');
    expect(message.buttons).toEqual(['Reload and Restore', 'Close Window']);
    expect(message.message).toBe('The plan window stopped working.');
    expect(pageGoneMessage('oom').message).toBe('The plan window ran out of memory.');
    expect(pageGoneChoiceFromResponse(0)).toBe('reload');
    expect(pageGoneChoiceFromResponse(1)).toBe('close');
  });
});

describe('the unsaved-changes question', () => {
  it('offers Save, Don’t Save and Cancel, with Escape meaning Cancel', () => {
    const message = unsavedChangesMessage('Growth plan');
    expect(message.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(message.cancelId).toBe(2);
    expect(message.message).toContain('Growth plan');
    expect(unsavedChoiceFromResponse(0)).toBe('save');
    expect(unsavedChoiceFromResponse(1)).toBe('discard');
    expect(unsavedChoiceFromResponse(2)).toBe('cancel');
    expect(unsavedChoiceFromResponse(7)).toBe('cancel');
  });
});

describe('a plan named on the command line', () => {
  it('is found among the arguments and resolved against the working directory', () => {
    expect(planPathFromArgv(['/opt/AI Alignment Planner/planner', 'q3.aiplan'], '/home/a')).toBe('/home/a/q3.aiplan');
    expect(planPathFromArgv(['electron', '.', '--inspect=0', '/home/a/Q3.AIPLAN'], '/x')).toBe('/home/a/Q3.AIPLAN');
  });

  it('turns the file:// URI a Linux file manager passes for %U into the path it names', () => {
    expect(planPathFromArgv(['/opt/AI Alignment Planner/ai-alignment-planner', 'file:///home/ann/Board%20Plan.aiplan'], '/home/ann', 'linux')).toBe(
      '/home/ann/Board Plan.aiplan',
    );
    expect(planPathFromArgv(['planner', 'file:///home/ann/%C5%81%C3%B3d%C5%BA%20Q3.aiplan'], '/', 'linux')).toBe('/home/ann/Łódź Q3.aiplan');
    expect(planPathFromArgv(['planner', 'file://localhost/srv/plans/q3.aiplan'], '/', 'linux')).toBe('/srv/plans/q3.aiplan');
    // A plain path keeps its percent signs: a file may really be called "100%25.aiplan".
    expect(planPathFromArgv(['planner', '/home/ann/100%25.aiplan'], '/', 'linux')).toBe('/home/ann/100%25.aiplan');
  });

  it('turns Windows file URIs into drive and network paths', () => {
    expect(planPathFromArgv(['planner.exe', 'file:///C:/Users/Ann/Board%20Plan.aiplan'], 'C:\\', 'win32')).toBe('C:\\Users\\Ann\\Board Plan.aiplan');
    expect(planPathFromArgv(['planner.exe', 'file://fileserver/plans/Q3%20plan.aiplan'], 'C:\\', 'win32')).toBe('\\\\fileserver\\plans\\Q3 plan.aiplan');
    expect(planPathFromArgv(['planner.exe', 'Q3.aiplan'], 'D:\\Plans', 'win32')).toBe('D:\\Plans\\Q3.aiplan');
    expect(planPathFromArgv(['planner.exe', '\\\\fileserver\\plans\\Q3.aiplan'], 'C:\\', 'win32')).toBe('\\\\fileserver\\plans\\Q3.aiplan');
  });

  it('ignores other URLs, remote file URIs on Linux and URIs that name no plan file', () => {
    expect(planPathFromArgv(['planner', 'https://evil.example/x.aiplan'], '/home/a', 'linux')).toBeNull();
    expect(planPathFromArgv(['planner', 'file://evil.example/share/x.aiplan'], '/home/a', 'linux')).toBeNull();
    expect(planPathFromArgv(['planner', 'file:///home/a/notes.txt'], '/home/a', 'linux')).toBeNull();
    expect(planPathFromArgv(['planner', 'file:///home/a/x%00.aiplan'], '/home/a', 'linux')).toBeNull();
    expect(planPathFromArgv(['planner', 'file:///home/a%2Fb.aiplan'], '/home/a', 'linux')).toBeNull();
  });

  it('ignores switches, other files and the executable itself', () => {
    expect(planPathFromArgv(['/opt/x.aiplan'], '/home/a')).toBeNull();
    expect(planPathFromArgv(['planner', '--file=x.aiplan', 'notes.txt'], '/home/a')).toBeNull();
    expect(planPathFromArgv(['planner'], '/home/a')).toBeNull();
  });
});

describe('a pending open', () => {
  it('is taken once', () => {
    const pending = new PendingOpen(() => 0);
    pending.set('/a/q3.aiplan');
    expect(pending.take()).toBe('/a/q3.aiplan');
    expect(pending.take()).toBeNull();
  });

  it('expires, so a later Open from the toolbar shows the dialog', () => {
    let now = 0;
    const pending = new PendingOpen(() => now);
    pending.set('/a/q3.aiplan');
    now = PENDING_OPEN_TTL_MS + 1;
    expect(pending.take()).toBeNull();
  });

  it('can be dropped', () => {
    const pending = new PendingOpen(() => 0);
    pending.set('/a/q3.aiplan');
    pending.clear();
    expect(pending.take()).toBeNull();
  });
});

describe('in German', () => {
  afterEach(() => setActiveLocale('en'));

  it('asks about unsaved changes, names an untitled plan and offers reloading in German; the answers keep their meaning', () => {
    setActiveLocale('de');
    const unsaved = unsavedChangesMessage('Wachstumsplan');
    expect(unsaved.message).toBe('Möchten Sie die Änderungen an „Wachstumsplan“ speichern?');
    expect(unsaved.buttons).toEqual(['Speichern', 'Nicht speichern', 'Abbrechen']);
    expect(unsavedChoiceFromResponse(1)).toBe('discard');
    expect(windowTitle({ displayName: '', filePath: null, dirty: true })).toBe('Unbenannter Plan • — AI Alignment Planner');
    expect(pageGoneMessage('oom')).toMatchObject({ message: 'Dem Planfenster ist der Arbeitsspeicher ausgegangen.', buttons: ['Neu laden und wiederherstellen', 'Fenster schließen'] });
  });
});
