import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localDay } from '../../shared/calendar';
import type { Severity } from '../../shared/checks/alignment-checks';
import { openPlanFile } from '../files/plan-file';
import { buildCheckReport, formatCheckReport, SEVERITIES, type InvalidCheckReport } from './check-report';
import { t } from '../../shared/i18n/active-locale';
import { EXIT, LANG_OPTION, printable, writeLine, type CliCommand, type CliIo } from './cli-io';
import { reportInvalidPlan } from './validate-command';

const SYNOPSIS = 'check FILE [--json] [--fail-on high|medium|low]';

export const checkCommand: CliCommand = {
  name: 'check',
  synopsis: SYNOPSIS,
  get summary() {
    return t('cli.check.summary');
  },
  get usage() {
    return `${t('cli.usage', { synopsis: `${SYNOPSIS} [${LANG_OPTION}]` })}\n\n${t('cli.check.usage')}\n`;
  },
  run: (args, io) => runCheck(args, io),
};

/** Exit code when --fail-on finds an open finding; the same number as a usage error, as the issue asks. */
export const EXIT_FINDINGS_OPEN = 2;

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, 'fail-on': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const failOnArg = values['fail-on'];
  const failOn = failOnArg === undefined ? null : (failOnArg.toLowerCase() as Severity);
  if (failOn !== null && !SEVERITIES.includes(failOn)) {
    writeLine(io.stderr, t('cli.check.noSeverity', { value: failOnArg ?? '' }));
    return EXIT.usage;
  }
  if (positionals.length !== 1) {
    io.stderr.write(`${t('cli.check.nameOne')}\n\n${checkCommand.usage}`);
    return EXIT.usage;
  }
  const file = positionals[0]!;
  const opened = await openPlanFile(resolve(file));
  if (opened.status !== 'opened') {
    if (opened.status === 'error') {
      reportInvalidPlan(io, file, opened.error);
      if (values.json) {
        const invalid: InvalidCheckReport = { report: 'aiplan-check', reportVersion: 1, file, valid: false, error: { ...opened.error } };
        writeJson(io, invalid);
      }
    }
    return EXIT.failed;
  }

  const report = buildCheckReport(opened.plan, { file, today: localDay(io.now()), migratedFrom: opened.migratedFrom, failOn });
  if (values.json) writeJson(io, report);
  else for (const line of formatCheckReport(report)) writeLine(io.stdout, line);

  if (failOn === null || report.failing === 0) return EXIT.ok;
  writeLine(io.stderr, t('cli.check.failing', { count: report.failing, severity: failOn }));
  return EXIT_FINDINGS_OPEN;
}

/**
 * One JSON document on stdout. printable() turns the characters JSON leaves raw (DEL, C1 controls,
 * bidi overrides) into \u escapes, which inside a JSON string decode to the same text.
 */
function writeJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${printable(JSON.stringify(value, null, 2))}\n`);
}
