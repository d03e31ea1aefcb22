import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupPathOf, savePlanFile } from '../files/plan-file';
import { monthAfter } from '../../shared/calendar';
import { t } from '../../shared/i18n/active-locale';
import type { MessageKey } from '../../shared/i18n/translator';
import type { Plan } from '../../shared/model';
import { guessMapping } from '../../shared/spreadsheet/column-mapping';
import { previewImport } from '../../shared/spreadsheet/import-preview';
import { mergeImport, planFromImport } from '../../shared/spreadsheet/import-plan';
import { importSheetOf, READ_CAPS, readSpreadsheet } from '../../shared/spreadsheet/read-table';
import type { ImportCounts, ImportField, RowProblem } from '../../shared/spreadsheet/spreadsheet-types';
import { EXIT, LANG_OPTION, writeLine, type CliCommand, type CliIo } from './cli-io';
import { randomIds } from './new-command';
import { isSameFile } from './same-file';
import { openPlanOrSay } from './cli-plan-file';

const SYNOPSIS = 'import IN.csv|IN.xlsx OUT.aiplan [--merge-into PLAN.aiplan] [--title TEXT] [--force]';

/** Exit code when the plan was written but some rows could not be used (each is listed). */
export const EXIT_ROWS_SKIPPED = 3;

export const importCommand: CliCommand = {
  name: 'import',
  synopsis: SYNOPSIS,
  get summary() {
    return t('cli.import.summary');
  },
  get usage() {
    return `${t('cli.usage', { synopsis: `${SYNOPSIS} [${LANG_OPTION}]` })}\n\n${t('cli.import.usage')}\n`;
  },
  run: (args, io) => runImport(args, io),
};

const fieldName = (field: ImportField | null) => t((field ? `spreadsheet.field.${field}` : 'spreadsheet.field.none') as MessageKey);

/** "row 7: Impact “high” is not a score from 1 to 5", in the active language. */
export function problemLine(problem: RowProblem): string {
  const reason = t(`spreadsheet.problem.${problem.reason}` as MessageKey, { field: fieldName(problem.field), value: problem.value });
  return t('cli.import.problem', { row: problem.row, reason });
}

function countsLine(counts: ImportCounts): string {
  return t('cli.import.counts', { ...counts });
}

export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'merge-into': { type: 'string', short: 'm' }, title: { type: 'string' }, force: { type: 'boolean', short: 'f', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 2) {
    io.stderr.write(`${t('cli.import.nameFiles')}\n\n${importCommand.usage}`);
    return EXIT.usage;
  }
  const [inArg, outArg] = positionals as [string, string];
  const mergeArg = values['merge-into'];
  if (!/\.aiplan$/i.test(outArg)) {
    writeLine(io.stderr, t('cli.import.notPlan', { file: outArg }));
    return EXIT.usage;
  }
  const out = resolve(outArg);
  if (await isSameFile(resolve(inArg), out)) {
    writeLine(io.stderr, t('cli.import.samePath', { file: inArg }));
    return EXIT.usage;
  }
  // Writing the merged plan back over the plan it came from is allowed: savePlanFile keeps the .bak.
  const replacingMergedPlan = mergeArg !== undefined && (await isSameFile(resolve(mergeArg), out));
  if (!values.force && !replacingMergedPlan && (await exists(out))) {
    writeLine(io.stderr, t('cli.import.exists', { file: outArg, backup: basename(backupPathOf(out)) }));
    return EXIT.failed;
  }

  let bytes: Uint8Array;
  try {
    // Size first, so that a huge file is refused without being read into memory.
    const size = (await stat(inArg)).size;
    if (size > READ_CAPS.maxFileBytes) {
      writeLine(io.stderr, t('cli.import.refused', { file: inArg, reason: t('spreadsheet.refusal.too-large' as MessageKey), detail: `${size} bytes` }));
      return EXIT.failed;
    }
    bytes = new Uint8Array(await readFile(inArg));
  } catch (error) {
    writeLine(io.stderr, t('cli.import.unreadable', { file: inArg, reason: error instanceof Error ? error.message : String(error) }));
    return EXIT.failed;
  }
  const read = await readSpreadsheet(bytes, basename(inArg));
  if (read.status === 'refused') {
    writeLine(io.stderr, t('cli.import.refused', { file: inArg, reason: t(`spreadsheet.refusal.${read.reason}` as MessageKey), detail: read.detail }));
    return EXIT.failed;
  }
  const table = importSheetOf(read.sheets)!;
  const mapping = guessMapping(table.rows[0] ?? []);
  if (!mapping.includes('application') && !mapping.includes('pillar')) {
    writeLine(io.stderr, t('cli.import.noColumns', { file: inArg, sheet: table.name }));
    return EXIT.failed;
  }
  const preview = previewImport(table, mapping);
  if (preview.usableRows === 0) {
    writeLine(io.stderr, t('cli.import.nothing', { file: inArg, count: preview.rowCount }));
    for (const problem of preview.problems) writeLine(io.stderr, `  ${problemLine(problem)}`);
    return EXIT.failed;
  }

  const now = io.now();
  let plan: Plan;
  let created: ImportCounts;
  if (mergeArg !== undefined) {
    const into = await openPlanOrSay('import', mergeArg, io);
    if (!into) return EXIT.failed;
    ({ plan, created } = mergeImport(into, preview, randomIds()));
  } else {
    const title = values.title ?? basename(inArg).replace(/\.[^.]*$/, '');
    plan = planFromImport(preview, { title, now: now.toISOString(), newId: randomIds(), startMonth: monthAfter(now) });
    created = preview.counts;
  }
  const saved = await savePlanFile(out, plan, { advice: 'none', now: now.toISOString() });
  if (saved.status !== 'saved') {
    if (saved.status === 'error') writeLine(io.stderr, t('cli.import.failed', { message: saved.error.message }));
    return EXIT.failed;
  }
  writeLine(io.stdout, t(mergeArg !== undefined ? 'cli.import.merged' : 'cli.import.created', { file: outArg, from: inArg, rows: preview.usableRows, count: preview.rowCount }));
  writeLine(io.stdout, `  ${countsLine(created)}`);
  if (!preview.problems.length) return EXIT.ok;
  const skipped = preview.rowCount - preview.usableRows;
  writeLine(io.stdout, t('cli.import.skipped', { count: skipped }));
  for (const problem of preview.problems) writeLine(io.stdout, `  ${problemLine(problem)}`);
  return EXIT_ROWS_SKIPPED;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
