import { resolve } from 'node:path';
import { writeFileAtomically } from '../files/atomic-write';
import { openPlanFile } from '../files/plan-file';
import { t } from '../../shared/i18n/active-locale';
import type { Plan } from '../../shared/model';
import { writeLine, type CliIo } from './cli-io';

/*
 * What the commands that read a plan and write a file share: the plan opened or its error said on
 * stderr ("aiplan export: plan.aiplan: …" and a line per detail), and bytes written atomically or
 * the failure said with its code.
 */

/** The plan in `fileArg`, or null once the reason is on stderr. */
export async function openPlanOrSay(command: string, fileArg: string, io: CliIo): Promise<Plan | null> {
  const opened = await openPlanFile(resolve(fileArg));
  if (opened.status === 'opened') return opened.plan;
  if (opened.status === 'error') {
    writeLine(io.stderr, `aiplan ${command}: ${fileArg}: ${opened.error.message}`);
    for (const detail of opened.error.details) writeLine(io.stderr, `  - ${detail}`);
  }
  return null;
}

/** Writes `bytes` to `outArg` atomically; false once the failure is on stderr. */
export async function writeOrSay(outArg: string, bytes: Uint8Array, io: CliIo): Promise<boolean> {
  try {
    await writeFileAtomically(resolve(outArg), bytes);
    return true;
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? ` (${String((error as { code: unknown }).code)})` : '';
    writeLine(io.stderr, t('cli.export.writeFailed', { file: outArg, code, reason: error instanceof Error ? error.message : String(error) }));
    return false;
  }
}
