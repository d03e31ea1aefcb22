import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { openPlanFile } from '../files/plan-file';
import type { FileError } from '../../shared/ipc-contract';
import type { Plan } from '../../shared/model';
import { PLAN_VERSION } from '../../shared/schema/plan-schema';
import { EXIT, plural, writeLine, type CliCommand, type CliIo } from './cli-io';

const usage = `Usage: aiplan validate FILE

Checks that FILE is a plan this version of AI Alignment Planner can open: size, encoding, JSON,
format version, every value and every reference. The file is only read, never changed.

Exit code 0 when the plan is valid, 1 when it is not, 2 on a usage error.
`;

export function planSummary(plan: Plan): string {
  return [
    plural(plan.pillars.length, 'pillar'),
    plural(plan.objectives.length, 'objective'),
    plural(plan.applications.length, 'AI application'),
    plural(plan.kpis.length, 'KPI'),
    `${plan.roadmap.schedules.length.toLocaleString('en')} scheduled`,
    plural(plan.roadmap.milestones.length, 'milestone'),
  ].join(', ');
}

/** What `validate` (and `check`) print for a file that is not a valid plan: the message, then each detail. */
export function reportInvalidPlan(io: CliIo, fileArg: string, error: FileError): void {
  writeLine(io.stderr, `invalid: ${fileArg}: ${error.message}`);
  for (const detail of error.details) writeLine(io.stderr, `  - ${detail}`);
}

export const validateCommand: CliCommand = {
  name: 'validate',
  synopsis: 'validate FILE',
  summary: 'check that a plan file is valid (exit code 0) or say what is wrong (1)',
  usage,
  async run(args, io) {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
    if (positionals.length !== 1) {
      io.stderr.write(`aiplan validate: name one plan file.\n\n${usage}`);
      return EXIT.usage;
    }
    const path = resolve(positionals[0]!);
    const result = await openPlanFile(path);
    if (result.status === 'opened') {
      writeLine(io.stdout, `valid: ${result.plan.meta.title} (${planSummary(result.plan)})`);
      if (result.migratedFrom !== null)
        writeLine(io.stdout, `note: written in file format ${result.migratedFrom}; the app converts it to format ${PLAN_VERSION} when it is saved.`);
      return EXIT.ok;
    }
    if (result.status === 'error') reportInvalidPlan(io, positionals[0]!, result.error);
    return EXIT.failed;
  },
};
