import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { checkPlanForSave, savePlanFile } from '../../../../electron/files/plan-file';

/*
 * The child process of kill-during-save.test.ts, bundled into one file before the test runs.
 * Usage: node save-loop-child.mjs <target> <plan-a.json> <plan-b.json>
 *
 * It loads both plans, warms up, prints "ready", and waits for one line on stdin naming the version to save
 * first ("a" or "b"). Then it saves the two versions to the target in turn, printing "saved <v>"
 * after each, until it is killed. Waiting for "go" lets the test start the next child while it is
 * still checking the file the previous one left, without the two ever writing at the same time.
 */

const [target, pathA, pathB] = process.argv.slice(2);
if (!target || !pathA || !pathB) {
  process.stderr.write('usage: save-loop-child <target> <plan-a.json> <plan-b.json>\n');
  process.exit(64);
}
const plans = { a: JSON.parse(readFileSync(pathA, 'utf8')) as unknown, b: JSON.parse(readFileSync(pathB, 'utf8')) as unknown };
// Warm up validation (the costliest step, and slow on first use) so the first save takes as long as any.
for (const plan of Object.values(plans)) checkPlanForSave(plan);

async function saveForever(first: 'a' | 'b'): Promise<never> {
  let version = first;
  for (;;) {
    const result = await savePlanFile(target!, plans[version]);
    if (result.status !== 'saved') {
      process.stderr.write(`save failed: ${JSON.stringify(result)}\n`);
      process.exit(2);
    }
    process.stdout.write(`saved ${version}\n`);
    version = version === 'a' ? 'b' : 'a';
  }
}

const lines = createInterface({ input: process.stdin });
lines.once('line', (line) => {
  lines.close();
  const first = line.trim().replace(/^go /, '');
  if (first !== 'a' && first !== 'b') {
    process.stderr.write(`unexpected command: ${line}\n`);
    process.exit(64);
  }
  void saveForever(first);
});
process.stdout.write('ready\n');
