import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeFileAtomically } from '../files/atomic-write';
import { openPlanFile } from '../files/plan-file';
import { localDay } from '../../shared/calendar';
import { alignmentFindings } from '../../shared/checks/alignment-checks';
import { renderPlanPdf, type PdfPageSize } from '../../shared/pdf/render-plan-pdf';
import { describeUnsupportedCharacters, unsupportedCharacters } from '../../shared/pdf/text-coverage';
import { EXIT, writeLine, type CliCommand, type CliIo } from './cli-io';
import { isSameFile } from './same-file';

const usage = `Usage: aiplan export PLAN.aiplan OUT.pdf [--size a4|letter] [--date YYYY-MM-DD]

Exports the plan's board pack as a PDF: cover, matrix, roadmap, KPIs, priorities, alignment
findings and readiness, on landscape A4 (the default) or Letter pages. The date printed on the
cover is today (in the local time zone) unless --date is given; the same plan, size and date always
give the same bytes.
Characters the embedded font cannot show (for example Chinese or Japanese) are listed as warnings
and printed as a placeholder. OUT.pdf is replaced atomically; it may not be the plan file itself.

Exit code 0 when the PDF was written, 1 when it was not, 2 on a usage error.
`;

const SIZES: readonly PdfPageSize[] = ['a4', 'letter'];
const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

export interface ExportDeps {
  /** The folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf; found beside the app when not given. */
  fontsDir?: string;
}

export const exportCommand: CliCommand = {
  name: 'export',
  synopsis: 'export PLAN.aiplan OUT.pdf [--size a4|letter] [--date YYYY-MM-DD]',
  summary: 'export the plan as a PDF board pack',
  usage,
  run: (args, io) => runExport(args, io),
};

export async function runExport(args: string[], io: CliIo, deps: ExportDeps = {}): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { size: { type: 'string', short: 's', default: 'a4' }, date: { type: 'string', short: 'd' } },
    allowPositionals: true,
    strict: true,
  });
  const size = String(values.size).toLowerCase() as PdfPageSize;
  if (!SIZES.includes(size)) {
    io.stderr.write(`aiplan export: there is no page size "${values.size}"; choose a4 or letter.\n`);
    return EXIT.usage;
  }
  // The reader's calendar day: at 04:58 on 2 December in Auckland, UTC is still on 1 December.
  const date = values.date ?? localDay(io.now());
  if (!isValidDate(date)) {
    io.stderr.write(`aiplan export: the date "${date}" is not a calendar date written YYYY-MM-DD.\n`);
    return EXIT.usage;
  }
  if (positionals.length !== 2) {
    io.stderr.write(`aiplan export: name the plan file and the PDF to write.\n\n${usage}`);
    return EXIT.usage;
  }
  const [planArg, outArg] = positionals as [string, string];
  if (!/\.pdf$/i.test(outArg)) {
    io.stderr.write(`aiplan export: the output file should end in .pdf (got "${outArg}"), so that it is not mistaken for a plan.\n`);
    return EXIT.usage;
  }
  if (await isSameFile(resolve(planArg), resolve(outArg))) {
    writeLine(io.stderr, `aiplan export: the PDF would replace the plan itself (${outArg} is ${planArg}); name another file for the PDF. The plan was left untouched.`);
    return EXIT.usage;
  }

  const opened = await openPlanFile(resolve(planArg));
  if (opened.status !== 'opened') {
    if (opened.status === 'error') {
      writeLine(io.stderr, `aiplan export: ${planArg}: ${opened.error.message}`);
      for (const detail of opened.error.details) writeLine(io.stderr, `  - ${detail}`);
    }
    return EXIT.failed;
  }
  const plan = opened.plan;

  const fontsDir = deps.fontsDir ?? findFontsDir();
  if (!fontsDir) {
    writeLine(io.stderr, `aiplan export: the embedded fonts (assets/fonts/${FONT_FILES.regular}) were not found beside the app; reinstall it.`);
    return EXIT.failed;
  }
  let fonts: { regular: Uint8Array; bold: Uint8Array };
  try {
    const [regular, bold] = await Promise.all([readFile(join(fontsDir, FONT_FILES.regular)), readFile(join(fontsDir, FONT_FILES.bold))]);
    fonts = { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
  } catch (error) {
    writeLine(io.stderr, `aiplan export: could not read the embedded fonts in ${fontsDir}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failed;
  }

  const missing = unsupportedCharacters(plan, [fonts.regular, fonts.bold]);
  if (missing.length) {
    writeLine(io.stderr, `warning: the PDF font cannot show ${missing.length === 1 ? 'this character' : `these ${missing.length} characters`}; each is printed as a placeholder:`);
    for (const line of describeUnsupportedCharacters(missing)) writeLine(io.stderr, `  ${line}`);
  }

  let bytes: Uint8Array;
  try {
    bytes = renderPlanPdf(plan, { fonts, date, pageSize: size, findings: alignmentFindings(plan, { today: date }) });
  } catch (error) {
    writeLine(io.stderr, `aiplan export: the PDF could not be made: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failed;
  }
  try {
    await writeFileAtomically(resolve(outArg), bytes);
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? ` (${String((error as { code: unknown }).code)})` : '';
    writeLine(io.stderr, `aiplan export: could not write ${outArg}${code}: ${error instanceof Error ? error.message : String(error)}. Nothing was changed there.`);
    return EXIT.failed;
  }
  writeLine(io.stdout, `exported: ${outArg} (${size === 'a4' ? 'A4' : 'Letter'}, ${Math.ceil(bytes.length / 1024)} KB) from ${planArg}`);
  return EXIT.ok;
}

/**
 * assets/fonts beside the app: this module runs from electron/cli/ (tests, tsx) or bundled into
 * out/main/aiplan.js, and in a packaged app from resources/; walk up from here and check each.
 */
export function findFontsDir(): string | null {
  const here = moduleDir();
  const candidates: string[] = [];
  let dir = here;
  for (let i = 0; i < 5; i++) {
    candidates.push(join(dir, 'assets', 'fonts'));
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) candidates.push(join(resources, 'assets', 'fonts'), join(resources, 'app.asar.unpacked', 'assets', 'fonts'));
  candidates.push(join(process.cwd(), 'assets', 'fonts'));
  return candidates.find((c) => existsSync(join(c, FONT_FILES.regular)) && existsSync(join(c, FONT_FILES.bold))) ?? null;
}

function moduleDir(): string {
  return dirname(fileURLToPath(import.meta.url));
}

function isValidDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
