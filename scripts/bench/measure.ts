/** Timing helpers shared by the bench modules. */

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Times `subject` and `baseline` in alternating blocks of runs, `repetitions` timed runs each after
 * `warmUp` untimed rounds, so that a busy machine slows both alike; returns both medians in
 * milliseconds. Each block's first run is untimed: it would pay for the heap the other side left (its
 * garbage to collect, or memory to grow back), which made an allocation-heavy subject look cheaper
 * than it is when its collections landed on the baseline's clock.
 */
export async function compare(
  subject: () => unknown,
  baseline: () => unknown,
  { repetitions = 15, warmUp = 3 }: { repetitions?: number; warmUp?: number } = {},
): Promise<{ subject: number; baseline: number; ratio: number }> {
  const subjectTimes: number[] = [];
  const baselineTimes: number[] = [];
  const block = 3;
  for (let round = 0; round < warmUp; round++) {
    await subject();
    await baseline();
  }
  while (subjectTimes.length < repetitions) {
    for (const [run, times] of [[subject, subjectTimes], [baseline, baselineTimes]] as const) {
      await run();
      for (let i = 0; i < block && times.length < repetitions; i++) {
        const started = performance.now();
        await run();
        times.push(performance.now() - started);
      }
    }
  }
  const result = { subject: median(subjectTimes), baseline: median(baselineTimes) };
  return { ...result, ratio: result.subject / result.baseline };
}

export const ms = (value: number): string => `${value.toFixed(1)} ms`;
export const ratio = (value: number): string => `${value.toFixed(2)}×`;
