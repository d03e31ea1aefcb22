import type { Plan } from '../model';

/**
 * The canonical text of a plan's history: one snapshot per line, in compact JSON. A snapshot holds a
 * whole plan (or a delta of one) several levels deep, where two-space indentation would make the
 * history larger than the plan itself; a line per snapshot keeps the file readable and a version
 * control diff to the snapshots that changed. `at` is the indentation of the "history" key.
 */
export function historyText(history: Plan['history'] | undefined, at: string): string {
  const snapshots = history?.snapshots ?? [];
  if (snapshots.length === 0) return `{\n${at}  "snapshots": []\n${at}}`;
  const lines = snapshots.map((snapshot, i) => `${at}    ${JSON.stringify(snapshot)}${i === snapshots.length - 1 ? '' : ','}`);
  return `{\n${at}  "snapshots": [\n${lines.join('\n')}\n${at}  ]\n${at}}`;
}
