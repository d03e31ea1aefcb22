import { parseArgs } from 'node:util';
import { t } from '../../shared/i18n/active-locale';
import type { ItemChange, PlanDiff, PlanItem } from '../../shared/history/history-types';
import { diffItems } from '../../shared/history/plan-diff';
import { planItems } from '../../shared/history/plan-items';
import { EXIT, LANG_OPTION, writeLine, type CliCommand, type CliIo } from './cli-io';
import { openPlanRef, shownValue } from './plan-ref';

const SYNOPSIS = 'diff A B [--json]';

export const diffCommand: CliCommand = {
  name: 'diff',
  synopsis: SYNOPSIS,
  get summary() {
    return t('cli.diff.summary');
  },
  get usage() {
    return `${t('cli.usage', { synopsis: `${SYNOPSIS} [${LANG_OPTION}]` })}\n\n${t('cli.diff.usage')}\n`;
  },
  async run(args, io) {
    const { positionals, values } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true });
    if (positionals.length !== 2) {
      io.stderr.write(`${t('cli.diff.nameTwo')}\n\n${diffCommand.usage}`);
      return EXIT.usage;
    }
    const [a, b] = await Promise.all(positionals.map(openPlanRef));
    for (const ref of [a!, b!])
      if (!ref.ok) {
        writeLine(io.stderr, ref.message);
        for (const detail of ref.details) writeLine(io.stderr, `  - ${detail}`);
        return EXIT.failed;
      }
    if (!a!.ok || !b!.ok) return EXIT.failed;
    const before = planItems(a!.plan);
    const after = planItems(b!.plan);
    const diff = diffItems(before, after);
    if (values.json) io.stdout.write(`${JSON.stringify(diff, null, 2)}\n`);
    else printDiff(io, diff, before, after, positionals[0]!, positionals[1]!);
    return EXIT.ok;
  },
};

/** "Changes from A to B", then the changes grouped by pillar, in the after plan's pillar order. */
function printDiff(io: CliIo, diff: PlanDiff, before: Map<string, PlanItem>, after: Map<string, PlanItem>, from: string, to: string): void {
  writeLine(io.stdout, t('cli.diff.heading', { from, to, ...diff.counts }));
  if (diff.items.length === 0) return;
  const groups = new Map<string | null, ItemChange[]>();
  for (const key of [...after.keys(), ...before.keys()]) if (key.startsWith('pillar:') && !groups.has(key)) groups.set(key, []);
  groups.set(null, []);
  for (const change of diff.items) groups.get(groups.has(change.pillarKey) ? change.pillarKey : null)!.push(change);
  const labelOf = (key: string | null) => (key === null ? t('cli.diff.none') : (after.get(key) ?? before.get(key))?.label ?? key);
  for (const [pillar, changes] of groups) {
    if (changes.length === 0) continue;
    writeLine(io.stdout);
    writeLine(io.stdout, pillar === null ? t('cli.diff.noPillar') : t('cli.diff.pillar', { title: labelOf(pillar) }));
    for (const change of changes) {
      const what = t('cli.diff.item', { kind: change.kind, label: change.label });
      if (change.changes.includes('added')) writeLine(io.stdout, `  + ${what}`);
      else if (change.changes.includes('removed')) writeLine(io.stdout, `  - ${what}`);
      else {
        if (change.changes.includes('moved'))
          writeLine(io.stdout, `  > ${what} ${t('cli.diff.moved', { from: labelOf(change.parentBefore), to: labelOf(change.parentAfter), same: change.parentBefore === change.parentAfter ? 'yes' : 'no' })}`);
        for (const field of change.fields) writeLine(io.stdout, `  ~ ${what} ${field.path} ${shownValue(field.before)} → ${shownValue(field.after)}`);
      }
    }
  }
}
