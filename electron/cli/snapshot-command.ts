import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { savePlanFile } from '../files/plan-file';
import { t } from '../../shared/i18n/active-locale';
import { formatDay } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locales';
import { HistoryError, listSnapshots, takeSnapshot } from '../../shared/history/snapshots';
import { EXIT, LANG_OPTION, writeLine, type CliCommand } from './cli-io';
import { openPlanOrSay } from './cli-plan-file';
import { randomIds } from './new-command';

const SYNOPSIS = 'snapshot PLAN [NAME]';

/*
 * Taking a snapshot without the app (#20): what File › Take Snapshot… does, for a script that keeps
 * the plan agreed at each board meeting, or a person at a terminal. The plan is written back in
 * place, atomically, the previous file kept as PLAN.bak as every save keeps it. Without NAME it
 * lists the snapshots the plan keeps, oldest first, as File › Snapshots… shows them.
 */
export const snapshotCommand: CliCommand = {
  name: 'snapshot',
  synopsis: SYNOPSIS,
  get summary() {
    return t('cli.snapshot.summary');
  },
  get usage() {
    return `${t('cli.usage', { synopsis: `${SYNOPSIS} [--note TEXT] [${LANG_OPTION}]` })}\n\n${t('cli.snapshot.usage')}\n`;
  },
  async run(args, io, locale: Locale) {
    let parsed;
    try {
      parsed = parseArgs({ args, options: { note: { type: 'string' } }, allowPositionals: true, strict: true });
    } catch (error) {
      io.stderr.write(`aiplan snapshot: ${error instanceof Error ? error.message : String(error)}\n\n${snapshotCommand.usage}`);
      return EXIT.usage;
    }
    const { positionals, values } = parsed;
    if (positionals.length < 1 || positionals.length > 2 || (positionals.length === 1 && values.note !== undefined)) {
      io.stderr.write(`${t('cli.snapshot.nameOneOrTwo')}\n\n${snapshotCommand.usage}`);
      return EXIT.usage;
    }
    const [planArg, name] = positionals as [string, string | undefined];
    const plan = await openPlanOrSay('snapshot', planArg, io);
    if (!plan) return EXIT.failed;

    if (name === undefined) {
      const listed = listSnapshots(plan);
      if (!listed.length) writeLine(io.stdout, t('cli.snapshot.none', { file: planArg }));
      // Oldest first, as the plan keeps them (the app lists newest first): in a terminal the newest ends by the prompt.
      for (const s of listed) {
        const line = t('cli.snapshot.line', { id: s.id, name: s.name, day: formatDay(s.takenAt.slice(0, 10), locale) });
        writeLine(io.stdout, s.note ? t('cli.snapshot.lineNote', { line, note: s.note }) : line);
      }
      return EXIT.ok;
    }

    let next;
    try {
      next = takeSnapshot(plan, { id: randomIds()(), name, note: values.note ?? '', takenAt: io.now().toISOString() });
    } catch (error) {
      if (!(error instanceof HistoryError)) throw error;
      writeLine(io.stderr, `aiplan snapshot: ${error.message}`);
      return EXIT.failed;
    }
    const saved = await savePlanFile(resolve(planArg), next, { advice: 'none' });
    if (saved.status !== 'saved') {
      if (saved.status === 'error') writeLine(io.stderr, t('cli.snapshot.failed', { file: planArg, message: saved.error.message }));
      return EXIT.failed;
    }
    writeLine(io.stdout, t('cli.snapshot.taken', { name: name.trim(), file: planArg, count: next.history.snapshots.length }));
    return EXIT.ok;
  },
};
