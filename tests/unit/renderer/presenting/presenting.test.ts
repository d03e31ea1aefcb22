import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DISPLAY_PREFERENCES, type DisplayPreferences } from '../../../../shared/display-preferences';
import { setRoomSize, startDisplay, type DisplayHost } from '../../../../renderer/display/display-preferences';
import { createModalGate } from '../../../../renderer/commands/modal-gate';
import { fullScreenChanged, isPresenting, startPresenting, stopPresenting, type FullScreenHost } from '../../../../renderer/presenting/presenting';
import { handlePresentingKey } from '../../../../renderer/presenting/use-presenting-keys';
import { plannerStore, resetPlannerStore } from '../../../../renderer/store/store';
import { examplePlan } from '../fixtures';

/** The root element, as far as the display and presenting touch it. */
function fakeRoot() {
  const attributes = new Set<string>();
  return {
    dataset: {} as Record<string, string>,
    lang: '',
    toggleAttribute: (name: string, force?: boolean) => void (force === false ? attributes.delete(name) : attributes.add(name)),
    removeAttribute: (name: string) => void attributes.delete(name),
    hasAttribute: (name: string) => attributes.has(name),
  };
}

let root: ReturnType<typeof fakeRoot>;
let saved: DisplayPreferences[];
let stopDisplay: () => void;

/** A screen that grants full screen (or refuses it), and can leave it as the browser would. */
function fakeScreen(grants = true) {
  let full = false;
  const host: FullScreenHost & { leaveByBrowser(): void; requests: number } = {
    root: root as unknown as HTMLElement,
    requests: 0,
    async requestFullScreen() {
      host.requests++;
      if (!grants) throw new TypeError('Permissions check failed');
      full = true;
    },
    async exitFullScreen() {
      full = false;
    },
    isFullScreen: () => full,
    leaveByBrowser() {
      full = false;
      fullScreenChanged(host);
    },
  };
  return host;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(async () => {
  root = fakeRoot();
  saved = [];
  const display: DisplayHost = {
    root: root as unknown as HTMLElement,
    systemLanguages: () => ['en'],
    systemPrefersDark: () => false,
    onSystemChange: () => () => undefined,
    load: async () => ({ ...DEFAULT_DISPLAY_PREFERENCES, roomSize: 'large' }),
    save: (preferences) => void saved.push(preferences),
  };
  stopDisplay = startDisplay(display);
  await settle();
});

afterEach(() => {
  stopPresenting(fakeScreen());
  stopDisplay();
  vi.unstubAllGlobals();
});

describe('presenting', () => {
  it('shows Extra large and marks the root while it lasts, then shows the chosen size again, storing nothing', async () => {
    const screen = fakeScreen();
    expect(root.dataset.room).toBe('large');
    startPresenting(screen);
    expect(isPresenting()).toBe(true);
    expect(root.hasAttribute('data-presenting')).toBe(true);
    expect(root.dataset.room).toBe('extra-large');
    await settle();
    expect(screen.isFullScreen()).toBe(true);

    stopPresenting(screen);
    await settle();
    expect(isPresenting()).toBe(false);
    expect(root.hasAttribute('data-presenting')).toBe(false);
    expect(root.dataset.room).toBe('large');
    expect(screen.isFullScreen()).toBe(false);
    expect(saved).toEqual([]);
  });

  it('keeps a room size chosen while presenting for afterwards, and still shows Extra large meanwhile', () => {
    const screen = fakeScreen();
    startPresenting(screen);
    setRoomSize('normal');
    expect(root.dataset.room).toBe('extra-large');
    stopPresenting(screen);
    expect(root.dataset.room).toBe('normal');
    expect(saved.map((p) => p.roomSize)).toEqual(['normal']);
  });

  it('goes on in the window when full screen is refused, and is not ended by that refusal', async () => {
    const screen = fakeScreen(false);
    startPresenting(screen);
    await settle();
    expect(screen.requests).toBe(1);
    fullScreenChanged(screen);
    expect(isPresenting()).toBe(true);
  });

  it('ends when the browser or the system leaves full screen', async () => {
    const screen = fakeScreen();
    startPresenting(screen);
    await settle();
    screen.leaveByBrowser();
    expect(isPresenting()).toBe(false);
    expect(root.dataset.room).toBe('large');
  });

  it('asks for full screen once, however often it is started', () => {
    const screen = fakeScreen();
    startPresenting(screen);
    startPresenting(screen);
    expect(screen.requests).toBe(1);
  });
});

describe('the keys while presenting', () => {
  const key = (name: string) =>
    ({ key: name, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, defaultPrevented: false, isComposing: false, preventDefault: vi.fn(), stopPropagation: vi.fn() }) as unknown as KeyboardEvent;

  beforeEach(() => {
    vi.stubGlobal('document', { activeElement: null, querySelector: () => null });
    vi.stubGlobal('navigator', { userAgent: 'Linux' });
    resetPlannerStore();
    plannerStore.getState().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
    plannerStore.getState().setActiveView('board');
  });

  it('takes no key while not presenting, except F5, which it claims so the page never reloads', () => {
    const gate = createModalGate();
    expect(handlePresentingKey(key('ArrowRight'), gate)).toBe(false);
    const f5 = key('F5');
    const release = gate.hold();
    expect(handlePresentingKey(f5, gate)).toBe(true);
    expect(f5.preventDefault).toHaveBeenCalled();
    // A dialog is open: F5 is claimed, but presenting does not start behind it.
    expect(isPresenting()).toBe(false);
    release();
  });

  it('does nothing while a dialog is open: the view stays, presenting goes on', () => {
    const gate = createModalGate();
    startPresenting(fakeScreen());
    const release = gate.hold();
    expect(handlePresentingKey(key('ArrowRight'), gate)).toBe(false);
    expect(handlePresentingKey(key('Escape'), gate)).toBe(false);
    expect(plannerStore.getState().activeView).toBe('board');
    expect(isPresenting()).toBe(true);
    release();
    expect(handlePresentingKey(key('ArrowRight'), gate)).toBe(true);
    expect(plannerStore.getState().activeView).toBe('roadmap');
  });
});
