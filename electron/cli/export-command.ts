import { findSnapshot } from '../../shared/history/snapshots';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { localDay } from '../../shared/calendar';
import { alignmentFindings } from '../../shared/checks/alignment-checks';
import { renderPlanPdf, SUMMARY_SECTIONS, type PdfPageSize } from '../../shared/pdf/render-plan-pdf';
import { PDF_SECTIONS, type PdfSection } from '../../shared/pdf/pdf-sections';
import { DOCUMENT_CONTROL_MAX, DOCUMENT_STATUSES, type DocumentControl } from '../../shared/pdf/document-control';
import { planForPillars, pillarsNamed } from '../../shared/pdf/pillar-filter';
import { describeUnsupportedCharacters } from '../../shared/pdf/text-coverage';
import { missingCharacters } from '../../shared/pdf/font-choice';
import type { PdfFonts } from '../../shared/pdf/pdf-document';
import { t } from '../../shared/i18n/active-locale';
import { translator } from '../../shared/i18n/translator';
import type { Locale } from '../../shared/i18n/locales';
import { openPlanOrSay, writeOrSay } from './cli-plan-file';
import { EXIT, LANG_OPTION, writeLine, type CliCommand, type CliIo } from './cli-io';
import { isSameFile } from './same-file';
import { exportSpreadsheet, isSpreadsheetOut } from './spreadsheet-export';

const SYNOPSIS =
  'export PLAN.aiplan OUT.pdf [--size a4|letter] [--date YYYY-MM-DD] [--summary] [--sections a,b,…] [--pillar NAME]… [--changes-since SNAPSHOT] [--doc-version TEXT] [--status draft|final] [--meeting YYYY-MM-DD] [--confidential TEXT] [--allow-missing-glyphs]';

const SIZES: readonly PdfPageSize[] = ['a4', 'letter'];
const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
/** The CJK face the pack switches to for Chinese or Japanese text (shared/pdf/font-choice.ts); optional. */
const CJK_FONT_FILES = { regular: 'BIZUDPGothic-Regular.ttf', bold: 'BIZUDPGothic-Bold.ttf' } as const;

export interface ExportDeps {
  /** The folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf; found beside the app when not given. */
  fontsDir?: string;
  /** The PDF's language (--lang); English when not given. */
  locale?: Locale;
}

export const exportCommand: CliCommand = {
  name: 'export',
  synopsis: SYNOPSIS,
  get summary() {
    return t('cli.export.summary');
  },
  get usage() {
    return `${t('cli.usage', { synopsis: `${SYNOPSIS} [${LANG_OPTION}]` })}\n\n${t('cli.export.usage', { sections: PDF_SECTIONS.join(', ') })}\n`;
  },
  run: (args, io, locale) => runExport(args, io, { locale }),
};

export async function runExport(args: string[], io: CliIo, deps: ExportDeps = {}): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      size: { type: 'string', short: 's', default: 'a4' },
      date: { type: 'string', short: 'd' },
      summary: { type: 'boolean', default: false },
      sections: { type: 'string' },
      pillar: { type: 'string', multiple: true },
      'changes-since': { type: 'string' },
      'doc-version': { type: 'string' },
      status: { type: 'string' },
      meeting: { type: 'string' },
      confidential: { type: 'string' },
      'allow-missing-glyphs': { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const size = String(values.size).toLowerCase() as PdfPageSize;
  const locale = deps.locale ?? 'en';
  if (!SIZES.includes(size)) {
    io.stderr.write(`${t('cli.export.noSize', { size: String(values.size) })}\n`);
    return EXIT.usage;
  }
  // The reader's calendar day: at 04:58 on 2 December in Auckland, UTC is still on 1 December.
  const date = values.date ?? localDay(io.now());
  if (!isValidDate(date)) {
    io.stderr.write(`${t('cli.export.badDate', { date })}\n`);
    return EXIT.usage;
  }
  const summary = values.summary === true;
  const sections = parseSections(values.sections, summary, io);
  if (sections === null) return EXIT.usage;
  const control = parseControl(values, io);
  if (control === null) return EXIT.usage;
  if (positionals.length !== 2) {
    io.stderr.write(`${t('cli.export.nameFiles')}\n\n${exportCommand.usage}`);
    return EXIT.usage;
  }
  const [planArg, outArg] = positionals as [string, string];
  if (isSpreadsheetOut(outArg)) {
    if (await isSameFile(resolve(planArg), resolve(outArg))) {
      writeLine(io.stderr, t('cli.export.samePath', { out: outArg, plan: planArg }));
      return EXIT.usage;
    }
    return exportSpreadsheet(planArg, outArg, io, locale);
  }
  if (!/\.pdf$/i.test(outArg)) {
    io.stderr.write(`${t('cli.export.notPdf', { file: outArg })}\n`);
    return EXIT.usage;
  }
  if (await isSameFile(resolve(planArg), resolve(outArg))) {
    writeLine(io.stderr, t('cli.export.samePath', { out: outArg, plan: planArg }));
    return EXIT.usage;
  }

  const opened = await openPlanOrSay('export', planArg, io);
  if (!opened) return EXIT.failed;
  let plan = opened;
  let changesSince: string | null = null;
  if (values['changes-since'] !== undefined) {
    changesSince = findSnapshot(plan, values['changes-since'])?.id ?? null;
    if (changesSince === null) {
      const known = plan.history.snapshots.map((s) => `"${s.name}"`).join(', ') || t('cli.export.noSnapshots');
      writeLine(io.stderr, t('cli.export.noSnapshot', { name: values['changes-since'], known }));
      return EXIT.usage;
    }
  }
  let pillarIds: string[] | null = null;
  if (values.pillar?.length) {
    const named = pillarsNamed(plan, values.pillar);
    if (named.unknown.length) {
      writeLine(io.stderr, t('cli.export.noPillar', { names: named.unknown.map((n) => `"${n}"`).join(', '), known: plan.pillars.map((p) => `"${p.title}"`).join(', ') }));
      return EXIT.usage;
    }
    plan = planForPillars(plan, named.ids);
    pillarIds = named.ids;
  }

  const fontsDir = deps.fontsDir ?? findFontsDir();
  if (!fontsDir) {
    writeLine(io.stderr, t('cli.export.noFonts', { path: `assets/fonts/${FONT_FILES.regular}` }));
    return EXIT.failed;
  }
  let fonts: PdfFonts;
  try {
    const [regular, bold] = await Promise.all([readFile(join(fontsDir, FONT_FILES.regular)), readFile(join(fontsDir, FONT_FILES.bold))]);
    fonts = { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
    // Read only for a plan that needs it: 9 MB nobody needs for Latin text.
    if (existsSync(join(fontsDir, CJK_FONT_FILES.regular)) && missingCharacters(plan, fonts, locale).length) {
      const [cjkRegular, cjkBold] = await Promise.all([readFile(join(fontsDir, CJK_FONT_FILES.regular)), readFile(join(fontsDir, CJK_FONT_FILES.bold))]);
      fonts = { ...fonts, cjk: { regular: new Uint8Array(cjkRegular), bold: new Uint8Array(cjkBold) } };
    }
  } catch (error) {
    writeLine(io.stderr, t('cli.export.fontsUnreadable', { folder: fontsDir, reason: error instanceof Error ? error.message : String(error) }));
    return EXIT.failed;
  }

  // A character no shipped font covers would print as a placeholder: a board paper with holes in it.
  // Refused unless the person says a placeholder is acceptable.
  const missing = missingCharacters(plan, fonts, locale);
  if (missing.length) {
    const allowed = values['allow-missing-glyphs'] === true;
    writeLine(io.stderr, t(allowed ? 'cli.export.unsupported' : 'cli.export.unsupportedRefused', { count: missing.length }));
    for (const line of describeUnsupportedCharacters(missing)) writeLine(io.stderr, `  ${line}`);
    if (!allowed) {
      writeLine(io.stderr, t('cli.export.unsupportedHint'));
      return EXIT.failed;
    }
  }

  let bytes: Uint8Array;
  try {
    // The whole pack in the language of --lang: its headings, dates and numbers, and the findings' wording.
    bytes = renderPlanPdf(plan, { fonts, date, pageSize: size, locale, summary, sections, control, changesSince, pillarIds, findings: alignmentFindings(plan, { today: date }, translator(locale)) });
  } catch (error) {
    writeLine(io.stderr, t('cli.export.renderFailed', { reason: error instanceof Error ? error.message : String(error) }));
    return EXIT.failed;
  }
  if (!(await writeOrSay(outArg, bytes, io))) return EXIT.failed;
  writeLine(io.stdout, t('cli.export.done', { file: outArg, size: size === 'a4' ? 'A4' : 'Letter', kb: String(Math.ceil(bytes.length / 1024)), plan: planArg }));
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

/** The sections named by --sections (comma-separated ids), all of the pack (or the summary pack) when absent; null after a usage message. */
function parseSections(value: string | undefined, summary: boolean, io: CliIo): readonly PdfSection[] | null {
  // 'changes' prints only with --changes-since; naming it keeps it when other sections are picked.
  const allowed: readonly PdfSection[] = [...(summary ? SUMMARY_SECTIONS : PDF_SECTIONS), 'changes'];
  if (value === undefined) return allowed;
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((n) => !allowed.includes(n as PdfSection));
  if (!names.length || unknown.length) {
    writeLine(io.stderr, t('cli.export.badSections', { names: unknown.join(', ') || value, known: allowed.join(', ') }));
    return null;
  }
  return allowed.filter((s) => names.includes(s));
}

/** Version, status, meeting and marking from the options; null after a usage message. */
function parseControl(values: Record<string, unknown>, io: CliIo): Partial<DocumentControl> | null {
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string).trim() : undefined);
  const version = text('doc-version');
  const status = text('status')?.toLowerCase();
  const meeting = text('meeting');
  const confidentiality = text('confidential');
  if (version !== undefined && version.length > DOCUMENT_CONTROL_MAX.version) {
    writeLine(io.stderr, t('cli.export.tooLong', { option: '--doc-version', max: DOCUMENT_CONTROL_MAX.version }));
    return null;
  }
  if (confidentiality !== undefined && confidentiality.length > DOCUMENT_CONTROL_MAX.confidentiality) {
    writeLine(io.stderr, t('cli.export.tooLong', { option: '--confidential', max: DOCUMENT_CONTROL_MAX.confidentiality }));
    return null;
  }
  if (status !== undefined && !DOCUMENT_STATUSES.includes(status as never)) {
    writeLine(io.stderr, t('cli.export.badStatus', { status }));
    return null;
  }
  if (meeting !== undefined && !isValidDate(meeting)) {
    writeLine(io.stderr, t('cli.export.badDate', { date: meeting }));
    return null;
  }
  return { version, status: status as DocumentControl['status'] | undefined, meetingDate: meeting ?? null, confidentiality };
}

function isValidDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
