import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh chime module for each test: it keeps its AudioContext once made. */
const loadChime = async () => {
  vi.resetModules();
  return import('../../../../../renderer/workshop/agenda/chime');
};

afterEach(() => vi.unstubAllGlobals());

describe('the time-up chime', () => {
  it('plays nothing and throws nothing where there is no AudioContext', async () => {
    vi.stubGlobal('AudioContext', undefined);
    const { playChime } = await loadChime();
    expect(playChime()).toBe(false);
  });

  it('plays nothing and throws nothing where the AudioContext refuses to start', async () => {
    vi.stubGlobal(
      'AudioContext',
      class {
        constructor() {
          throw new Error('not allowed');
        }
      },
    );
    const { playChime } = await loadChime();
    expect(playChime()).toBe(false);
  });

  it('schedules two short, quiet tones that fade out', async () => {
    const gains: number[] = [];
    const stops: number[] = [];
    const node = () => ({ connect: (next: unknown) => next });
    class FakeAudioContext {
      state = 'running';
      currentTime = 10;
      destination = {};
      createOscillator() {
        return { ...node(), type: '', frequency: { value: 0 }, start: () => undefined, stop: (at: number) => stops.push(at) };
      }
      createGain() {
        return { ...node(), gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: (v: number) => gains.push(v) } };
      }
    }
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const { playChime } = await loadChime();
    expect(playChime()).toBe(true);
    expect(stops).toHaveLength(2);
    // Each tone is over within about a second of the chime, and never louder than 0.12 of full scale.
    for (const at of stops) expect(at - 10).toBeLessThan(1.5);
    expect(Math.max(...gains)).toBeLessThanOrEqual(0.12);
  });
});
