import type { PlanFileHandle } from './plan-fs';

/**
 * Reads the whole file, expecting `expected` bytes, but never more than `limit`: returns null when
 * the file holds more (it may have grown since it was measured).
 */
export async function readCapped(handle: PlanFileHandle, expected: number, limit: number): Promise<Uint8Array | null> {
  let buffer = new Uint8Array(Math.min(expected, limit) + 1);
  let filled = 0;
  for (;;) {
    if (filled === buffer.length) {
      if (filled > limit) return null;
      const bigger = new Uint8Array(Math.min(buffer.length * 2, limit + 1));
      bigger.set(buffer);
      buffer = bigger;
    }
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
    if (bytesRead === 0) return buffer.subarray(0, filled);
    filled += bytesRead;
  }
}
