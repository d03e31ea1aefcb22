import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { openPlanFile } from '../files/plan-file';
import { t } from '../../shared/i18n/active-locale';
import type { FileError } from '../../shared/ipc-contract';
import type { Plan } from '../../shared/model';
import { PLAN_VERSION } from '../../shared/schema/plan-schema';
import { EXIT, LANG_OPTION, writeLine, type CliCommand, type CliIo } from './cli-io';

const SYNOPSIS = 'validate FILE';

export function planSummary(plan: Plan): string {
  return [
    t('cli.summary.pillars', { count: plan.pillars.length }),
    t('cli.summary.objectives', { count: plan.objectives.length }),
    t('cli.summary.applications', { count: plan.applications.length }),
    t('cli.summary.kpis', { count: plan.kpis.length }),
    t('cli.summary.scheduled', { count: plan.roadmap.schedules.length }),
    t('cli.summary.milestones', { count: plan.roadmap.milestones.length }),
  ].join(', ');
}

/** What `validate` (and `check`) print for a file that is not a valid plan: the message, then each detail. */
export function reportInvalidPlan(io: CliIo, fileArg: string, error: FileError): void {
  writeLine(io.stderr, t('cli.invalid', { file: fileArg, message: error.message }));
  for (const detail of error.details) writeLine(io.stderr, `  - ${detail}`);
}

export const validateCommand: CliCommand = {
  name: 'validate',
  synopsis: SYNOPSIS,
  get summary() {
    return t('cli.validate.summary');
  },
  get usage() {
    return `${t('cli.usage', { synopsis: `${SYNOPSIS} [${LANG_OPTION}]` })}\n\n${t('cli.validate.usage')}\n`;
  },
  async run(args, io) {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
    if (positionals.length !== 1) {
      io.stderr.write(`${t('cli.validate.nameOne')}\n\n${validateCommand.usage}`);
      return EXIT.usage;
    }
    const path = resolve(positionals[0]!);
    const result = await openPlanFile(path);
    if (result.status === 'opened') {
      writeLine(io.stdout, t('cli.validate.valid', { title: result.plan.meta.title, summary: planSummary(result.plan) }));
      if (result.migratedFrom !== null)
        writeLine(io.stdout, t('cli.validate.migrated', { from: String(result.migratedFrom), to: String(PLAN_VERSION) }));
      return EXIT.ok;
    }
    if (result.status === 'error') reportInvalidPlan(io, positionals[0]!, result.error);
    return EXIT.failed;
  },
};
