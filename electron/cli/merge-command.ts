import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { savePlanFile } from '../files/plan-file';
import { t } from '../../shared/i18n/active-locale';
import type { Plan } from '../../shared/model';
import { mergePlans } from '../../shared/history/plan-merge';
import { commonBase } from '../../shared/history/snapshots';
import { EXIT, LANG_OPTION, writeLine, type CliCommand, type CliIo } from './cli-io';
import { openPlanRef, shownValue } from './plan-ref';

const SYNOPSIS = 'merge BASE|- OURS THEIRS OUT';

/** Merged, with at least one conflict resolved to OURS (listed on stdout). */
export const EXIT_CONFLICTS = 3;

export const mergeCommand: CliCommand = {
  name: 'merge',
  synopsis: SYNOPSIS,
  get summary() {
    return t('cli.merge.summary');
  },
  get usage() {
    return `${t('cli.usage', { synopsis: `${SYNOPSIS} [--auto-base] [${LANG_OPTION}]` })}\n\n${t('cli.merge.usage')}\n`;
  },
  async run(args, io) {
    const { positionals, values } = parseArgs({ args, options: { 'auto-base': { type: 'boolean' } }, allowPositionals: true, strict: true });
    const named = values['auto-base'] ? ['-', ...positionals] : positionals;
    if (named.length !== 4) {
      io.stderr.write(`${t('cli.merge.nameFour')}\n\n${mergeCommand.usage}`);
      return EXIT.usage;
    }
    const [baseArg, oursArg, theirsArg, outArg] = named as [string, string, string, string];
    const refs = await Promise.all([oursArg, theirsArg, ...(baseArg === '-' ? [] : [baseArg])].map(openPlanRef));
    for (const ref of refs)
      if (!ref.ok) {
        writeLine(io.stderr, ref.message);
        for (const detail of ref.details) writeLine(io.stderr, `  - ${detail}`);
        return EXIT.failed;
      }
    const [ours, theirs, given] = refs.map((ref) => (ref.ok ? ref.plan : null)) as [Plan, Plan, Plan | undefined];
    const base = given ?? findBase(io, ours, theirs);
    if (base === 'refused') return EXIT.failed;

    const result = mergePlans(base, ours, theirs);
    if (result.problems.length) {
      writeLine(io.stderr, t('cli.merge.invalid'));
      for (const problem of result.problems) writeLine(io.stderr, `  - ${problem}`);
      return EXIT.failed;
    }
    const saved = await savePlanFile(resolve(outArg), result.plan, { advice: 'none' });
    if (saved.status !== 'saved') {
      if (saved.status === 'error') writeLine(io.stderr, t('cli.merge.failed', { message: saved.error.message }));
      return EXIT.failed;
    }
    for (const c of result.conflicts)
      writeLine(
        io.stdout,
        t('cli.merge.conflict', {
          conflict: c.conflict === 'delete-edit' ? 'deleteEdit' : c.conflict === 'move-move' ? 'moveMove' : 'field',
          item: t('cli.diff.item', { kind: c.kind, label: c.label }),
          path: c.path ?? '',
          ours: shownValue(c.ours),
          theirs: shownValue(c.theirs),
        }),
      );
    writeLine(io.stdout, t('cli.merge.done', { file: outArg, ours: result.taken.ours, theirs: result.taken.theirs, conflicts: result.conflicts.length }));
    return result.conflicts.length ? EXIT_CONFLICTS : EXIT.ok;
  },
};

/** The newest snapshot both copies share; none (a two-way merge, said on stderr) when they share no history. */
function findBase(io: CliIo, ours: Plan, theirs: Plan): Plan | null | 'refused' {
  const found = commonBase(ours, theirs);
  if (found.status === 'shared') {
    writeLine(io.stderr, t('cli.merge.base', { name: ours.history.snapshots.find((s) => s.id === found.snapshotId)?.name ?? found.snapshotId }));
    return found.plan;
  }
  if (found.status === 'refused') {
    writeLine(io.stderr, found.message);
    return 'refused';
  }
  writeLine(io.stderr, t(found.status === 'unrelated' ? 'cli.merge.unrelated' : 'cli.merge.noCommon'));
  return null;
}
