import { describe, expect, it } from 'vitest';
import { watchPointerRest } from '../../../../renderer/details/pointer-rest';

/** Timers the test advances by hand: the pending callbacks and when they are due. */
function manualTimers() {
  let now = 0;
  let pending: { due: number; run: () => void; handle: number }[] = [];
  let next = 1;
  return {
    set: (run: () => void, ms: number) => {
      pending.push({ due: now + ms, run, handle: next });
      return next++;
    },
    clear: (handle: unknown) => {
      pending = pending.filter((t) => t.handle !== handle);
    },
    advance(ms: number) {
      now += ms;
      const due = pending.filter((t) => t.due <= now);
      pending = pending.filter((t) => t.due > now);
      for (const t of due) t.run();
    },
  };
}

function setUp() {
  const target = new EventTarget();
  const timers = manualTimers();
  const rest = watchPointerRest(target, 400, timers);
  const changes: boolean[] = [];
  rest.subscribe(() => changes.push(rest.isAtRest()));
  const fire = (type: string) => target.dispatchEvent(new Event(type));
  return { rest, timers, changes, fire };
}

describe('the pointer at rest, which the detail panel waits for before it opens', () => {
  it('is at rest until a pointer goes down, and again a double-click interval after it comes up', () => {
    const { rest, timers, changes, fire } = setUp();
    expect(rest.isAtRest()).toBe(true);
    fire('pointerdown');
    expect(rest.isAtRest()).toBe(false);
    timers.advance(5000);
    expect(rest.isAtRest()).toBe(false);
    fire('pointerup');
    timers.advance(399);
    expect(rest.isAtRest()).toBe(false);
    timers.advance(1);
    expect(rest.isAtRest()).toBe(true);
    expect(changes).toEqual([false, true]);
  });

  it('stays busy through both clicks of a double-click', () => {
    const { rest, timers, changes, fire } = setUp();
    fire('pointerdown');
    fire('pointerup');
    timers.advance(150);
    fire('pointerdown');
    timers.advance(300);
    expect(rest.isAtRest()).toBe(false);
    fire('pointerup');
    timers.advance(399);
    expect(rest.isAtRest()).toBe(false);
    timers.advance(1);
    expect(changes).toEqual([false, true]);
  });

  it('comes to rest after a cancelled pointer, or at once when the window loses focus mid-press', () => {
    const { rest, timers, fire } = setUp();
    fire('pointerdown');
    fire('pointercancel');
    timers.advance(400);
    expect(rest.isAtRest()).toBe(true);
    fire('pointerdown');
    fire('blur');
    expect(rest.isAtRest()).toBe(true);
  });

  it('stops listening when disposed', () => {
    const { rest, changes, fire } = setUp();
    rest.dispose();
    fire('pointerdown');
    expect(rest.isAtRest()).toBe(true);
    expect(changes).toEqual([]);
  });
});
