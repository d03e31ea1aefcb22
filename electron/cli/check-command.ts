import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localDay } from '../../shared/calendar';
import type { Severity } from '../../shared/checks/alignment-checks';
import { openPlanFile } from '../files/plan-file';
import { buildCheckReport, formatCheckReport, SEVERITIES, type InvalidCheckReport } from './check-report';
import { EXIT, plural, printable, writeLine, type CliCommand, type CliIo } from './cli-io';
import { reportInvalidPlan } from './validate-command';

const usage = `Usage: aiplan check FILE [--json] [--fail-on high|medium|low]

Runs the alignment checks of the Findings view on FILE and prints every finding (rule, severity,
item, message, and whether it is acknowledged, with the note) grouped by severity, then the
readiness score. Check-in cadences count from today in the local time zone. With --json, prints
one JSON document instead (its shape is described in the README). The file is only read.

Exit code 0 for a valid plan, 1 when FILE is not a valid plan (the messages of aiplan validate),
2 with --fail-on SEVERITY when a finding of that severity or worse is open (not acknowledged),
and 2 on a usage error.
`;

export const checkCommand: CliCommand = {
  name: 'check',
  synopsis: 'check FILE [--json] [--fail-on high|medium|low]',
  summary: 'list the alignment findings and the readiness score of a plan',
  usage,
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
    writeLine(io.stderr, `aiplan check: there is no severity "${failOnArg}"; choose high, medium or low.`);
    return EXIT.usage;
  }
  if (positionals.length !== 1) {
    io.stderr.write(`aiplan check: name one plan file.\n\n${usage}`);
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
  const worse = failOn === 'high' ? 'high severity' : failOn === 'low' ? 'any severity' : `${failOn} severity or worse`;
  writeLine(io.stderr, `aiplan check: ${plural(report.failing, 'open finding')} of ${worse} (--fail-on ${failOn}).`);
  return EXIT_FINDINGS_OPEN;
}

/**
 * One JSON document on stdout. printable() turns the characters JSON leaves raw (DEL, C1 controls,
 * bidi overrides) into \u escapes, which inside a JSON string decode to the same text.
 */
function writeJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${printable(JSON.stringify(value, null, 2))}\n`);
}
