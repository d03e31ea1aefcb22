import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupPathOf, savePlanFile } from '../files/plan-file';
import { monthAfter } from '../../shared/calendar';
import { createPlan, type TemplateId } from '../../shared/templates/templates';
import { EXIT, writeLine, type CliCommand } from './cli-io';
import { planSummary } from './validate-command';

const TEMPLATE_IDS: readonly TemplateId[] = ['example', 'blank'];

const usage = `Usage: aiplan new [--template example|blank] [--force] OUT.aiplan

Writes a new plan file: the stock example (four pillars, scheduled; the default) or a blank plan.
Its horizon starts the month after today. An existing file is kept unless --force is given; then
the old file is kept as OUT.aiplan.bak.
`;

/** Random ids of 11 URL-safe characters, as the schema's id rule allows. */
export function randomIds(): () => string {
  return () => randomBytes(8).toString('base64url');
}

export const newCommand: CliCommand = {
  name: 'new',
  synopsis: 'new [--template example|blank] [--force] OUT.aiplan',
  summary: 'write a new plan file from a template',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { template: { type: 'string', short: 't', default: 'example' }, force: { type: 'boolean', short: 'f', default: false } },
      allowPositionals: true,
      strict: true,
    });
    const template = values.template as TemplateId;
    if (!TEMPLATE_IDS.includes(template)) {
      io.stderr.write(`aiplan new: there is no template "${values.template}"; choose ${TEMPLATE_IDS.join(' or ')}.\n`);
      return EXIT.usage;
    }
    if (positionals.length !== 1) {
      io.stderr.write(`aiplan new: name the one file to write.\n\n${usage}`);
      return EXIT.usage;
    }
    const out = resolve(positionals[0]!);
    if (!values.force && (await exists(out))) {
      writeLine(io.stderr, `aiplan new: ${positionals[0]} already exists and was left as it is; add --force to replace it (the old file is then kept as ${basename(backupPathOf(out))}).`);
      return EXIT.failed;
    }
    const now = io.now();
    // The month after the local month, not UTC's: at 01:00 on 1 December in Auckland, UTC is still in November.
    const startMonth = monthAfter(now);
    const plan = createPlan(template, { now: now.toISOString(), newId: randomIds(), startMonth });
    const saved = await savePlanFile(out, plan);
    if (saved.status !== 'saved') {
      if (saved.status === 'error') writeLine(io.stderr, `aiplan new: ${saved.error.message.replace(/\s*Use Save As[^.]*\./g, '')}`);
      return EXIT.failed;
    }
    writeLine(io.stdout, `created: ${positionals[0]} from the ${template} template, starting ${startMonth} (${planSummary(plan)})`);
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
