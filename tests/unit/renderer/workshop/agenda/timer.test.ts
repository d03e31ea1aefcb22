import { describe, expect, it } from 'vitest';
import { addMinutes, isRunning, newTimer, pauseTimer, readTime, remainingMs, startTimer, toggleTimer } from '../../../../../renderer/workshop/agenda/timer';

const MIN = 60_000;

describe('a step timer', () => {
  it('starts with the planned time whole and counts down only while it runs', () => {
    const fresh = newTimer();
    expect(isRunning(fresh)).toBe(false);
    expect(remainingMs(fresh, 30, 5_000)).toBe(30 * MIN);
    const started = startTimer(fresh, 1_000);
    expect(isRunning(started)).toBe(true);
    expect(remainingMs(started, 30, 1_000 + 90_000)).toBe(30 * MIN - 90_000);
  });

  it('holds its time while paused, and goes on from there when started again', () => {
    const paused = pauseTimer(startTimer(newTimer(), 0), 10 * MIN);
    expect(isRunning(paused)).toBe(false);
    expect(remainingMs(paused, 30, 10 * MIN)).toBe(20 * MIN);
    expect(remainingMs(paused, 30, 25 * MIN)).toBe(20 * MIN);
    const again = startTimer(paused, 25 * MIN);
    expect(remainingMs(again, 30, 26 * MIN)).toBe(19 * MIN);
  });

  it('ignores a second start or a second pause', () => {
    const started = startTimer(newTimer(), 1_000);
    expect(startTimer(started, 9_000)).toBe(started);
    const paused = pauseTimer(started, 2_000);
    expect(pauseTimer(paused, 5_000)).toBe(paused);
  });

  it('toggles between running and paused', () => {
    const running = toggleTimer(newTimer(), 0);
    expect(isRunning(running)).toBe(true);
    const paused = toggleTimer(running, 3_000);
    expect(isRunning(paused)).toBe(false);
    expect(remainingMs(paused, 1, 50_000)).toBe(57_000);
  });

  it('adds five minutes to the time left, running or paused, and after it ran out', () => {
    const running = startTimer(newTimer(), 0);
    expect(remainingMs(addMinutes(running, 5), 10, 2 * MIN)).toBe(13 * MIN);
    const over = startTimer(newTimer(), 0);
    expect(remainingMs(over, 1, 2 * MIN)).toBe(-MIN);
    expect(remainingMs(addMinutes(over, 5), 1, 2 * MIN)).toBe(4 * MIN);
  });

  it('counts the planned minutes as they are now, so a step lengthened while it runs has more time', () => {
    const running = startTimer(newTimer(), 0);
    expect(remainingMs(running, 10, 4 * MIN)).toBe(6 * MIN);
    expect(remainingMs(running, 15, 4 * MIN)).toBe(11 * MIN);
  });

  it('goes below zero once the time is up', () => {
    const running = startTimer(newTimer(), 0);
    expect(remainingMs(running, 1, MIN + 65_000)).toBe(-65_000);
  });
});

describe('the time as the bar reads it', () => {
  it('shows minutes and seconds left, rounding up so the full time shows at the start', () => {
    expect(readTime(30 * MIN)).toEqual({ state: 'left', text: '30:00' });
    expect(readTime(30 * MIN - 400)).toEqual({ state: 'left', text: '30:00' });
    expect(readTime(30 * MIN - 1_000)).toEqual({ state: 'left', text: '29:59' });
    expect(readTime(65_000)).toEqual({ state: 'left', text: '1:05' });
    expect(readTime(1)).toEqual({ state: 'left', text: '0:01' });
  });

  it('reads zero at zero and within the first second over it', () => {
    expect(readTime(0)).toEqual({ state: 'zero', text: '0:00' });
    expect(readTime(-999)).toEqual({ state: 'zero', text: '0:00' });
  });

  it('counts whole seconds over once the time is up', () => {
    expect(readTime(-1_000)).toEqual({ state: 'over', text: '0:01' });
    expect(readTime(-65_400)).toEqual({ state: 'over', text: '1:05' });
  });

  it('keeps minutes past an hour as minutes (a step is at most 480)', () => {
    expect(readTime(480 * MIN)).toEqual({ state: 'left', text: '480:00' });
  });
});
