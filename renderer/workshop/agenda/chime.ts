/*
 * The soft chime when a step's time is up: two short, quiet sine tones made by Web Audio, so no sound
 * file ships and nothing is fetched. Where there is no AudioContext (a test page, a locked-down
 * system) or it refuses to start, the visual cue on the bar is all there is, and nothing throws.
 */

type AudioContextClass = new () => AudioContext;

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (context) return context;
  const Ctor = (globalThis as { AudioContext?: AudioContextClass }).AudioContext;
  if (!Ctor) return null;
  try {
    context = new Ctor();
  } catch {
    return null;
  }
  return context;
}

/** Plays the chime; returns whether a sound was scheduled. */
export function playChime(): boolean {
  try {
    const ctx = audio();
    if (!ctx) return false;
    if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
    const start = ctx.currentTime;
    // E5 then C5, each fading out: heard across a room, not startling in it.
    for (const [offset, hz] of [
      [0, 659.25],
      [0.35, 523.25],
    ] as const) {
      const tone = ctx.createOscillator();
      const gain = ctx.createGain();
      tone.type = 'sine';
      tone.frequency.value = hz;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.12, start + offset + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.9);
      tone.connect(gain).connect(ctx.destination);
      tone.start(start + offset);
      tone.stop(start + offset + 0.95);
    }
    return true;
  } catch {
    return false;
  }
}
