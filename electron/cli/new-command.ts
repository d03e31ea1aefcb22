import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupPathOf, savePlanFile } from '../files/plan-file';
import { monthAfter } from '../../shared/calendar';
import { createPlan, type TemplateId } from '../../shared/templates/templates';
import { activeLocale, t } from '../../shared/i18n/active-locale';
import { formatList } from '../../shared/i18n/format';
import { EXIT, LANG_OPTION, writeLine, type CliCommand } from './cli-io';
import { planSummary } from './validate-command';

const TEMPLATE_IDS: readonly TemplateId[] = ['example', 'blank'];

const SYNOPSIS = 'new [--template example|blank] [--force] OUT.aiplan';

/** Random ids of 11 URL-safe characters, as the schema's id rule allows. */
export function randomIds(): () => string {
  return () => randomBytes(8).toString('base64url');
}

export const newCommand: CliCommand = {
  name: 'new',
  synopsis: SYNOPSIS,
  get summary() {
    return t('cli.new.summary');
  },
  get usage() {
    return `${t('cli.usage', { synopsis: `${SYNOPSIS} [${LANG_OPTION}]` })}\n\n${t('cli.new.usage')}\n`;
  },
  async run(args, io, locale) {
    const { values, positionals } = parseArgs({
      args,
      options: { template: { type: 'string', short: 't', default: 'example' }, force: { type: 'boolean', short: 'f', default: false } },
      allowPositionals: true,
      strict: true,
    });
    const template = values.template as TemplateId;
    if (!TEMPLATE_IDS.includes(template)) {
      io.stderr.write(`${t('cli.new.noTemplate', { template: String(values.template), choices: formatList(TEMPLATE_IDS, activeLocale(), 'disjunction') })}\n`);
      return EXIT.usage;
    }
    if (positionals.length !== 1) {
      io.stderr.write(`${t('cli.new.nameFile')}\n\n${newCommand.usage}`);
      return EXIT.usage;
    }
    const out = resolve(positionals[0]!);
    if (!values.force && (await exists(out))) {
      writeLine(io.stderr, t('cli.new.exists', { file: positionals[0]!, backup: basename(backupPathOf(out)) }));
      return EXIT.failed;
    }
    const now = io.now();
    // The month after the local month, not UTC's: at 01:00 on 1 December in Auckland, UTC is still in November.
    const startMonth = monthAfter(now);
    // The example's pillars, objectives and texts in the language of --lang (or of the environment).
    const plan = createPlan(template, { now: now.toISOString(), newId: randomIds(), startMonth, locale });
    // No "Use Save As" advice: there is no app window here to save from.
    const saved = await savePlanFile(out, plan, { advice: 'none' });
    if (saved.status !== 'saved') {
      if (saved.status === 'error') writeLine(io.stderr, t('cli.new.failed', { message: saved.error.message }));
      return EXIT.failed;
    }
    writeLine(io.stdout, t('cli.new.created', { file: positionals[0]!, template, month: startMonth, summary: planSummary(plan) }));
    return EXIT.ok;
  },
};

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
