import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Runs @doyensec/electronegativity over the app's sources through its JavaScript API (its command
 * line exits 0 whatever it finds) and says which findings are explained in place.
 *
 * An explained finding carries, on its line or in the comment lines just above it:
 *   // electronegativity-ignore: <CHECK_ID> <why this is safe here>
 * A finding with no line (a global check, e.g. "no permission handler anywhere") is explained by
 * such a comment anywhere in the scanned sources. The tool's own `eng-disable` comments would hide
 * a finding from this scan altogether, so they are neutralised in the scanned copy: what they
 * silence is still reported, and judged by the rule above.
 *
 * The tool asks the network for fresh translations and for Electron's release list. This app and
 * its CI make no such requests: `got` is replaced by a stub that refuses, and the release check,
 * which can say nothing offline, is left out.
 *
 * Run from the project folder: `npx tsx scripts/security/electronegativity.ts` (exits 1 on any
 * unexplained high-severity finding).
 */

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  /** The check's id as the tool reports it, e.g. CONTEXT_ISOLATION_JS_CHECK. */
  check: string;
  severity: Severity;
  confidence: string;
  /** Project-relative path with forward slashes, or null for a finding about the app as a whole. */
  file: string | null;
  line: number | null;
  column: number | null;
  description: string;
  sample: string;
  manualReview: boolean;
  /** The reason given in place, or null when the finding is not explained. */
  explanation: string | null;
}

export interface ScanResult {
  findings: Finding[];
  /** Files the tool could not parse (a gap in what it checked, so worth failing on). */
  parseErrors: { file: string; message: string }[];
  /** The tool's own `eng-disable` comments found (and neutralised) in the sources. */
  engDisableComments: { file: string; line: number; text: string }[];
  checksRun: { atomic: number; global: number };
  electronVersion: string;
}

export interface ScanOptions {
  projectDir: string;
  /** Folders (relative to projectDir) to scan; package.json is always scanned too. */
  sources?: readonly string[];
  electronVersion?: string;
}

const IGNORE_MARK = /electronegativity-ignore:\s*([A-Za-z0-9_]+)[ \t]+(\S.*?)\s*(?:\*\/|-->)?\s*$/;
const ENG_DISABLE = /(?:\/\*|\/\/|<!--)[ \t]*eng-disable/;
const ENG_DISABLE_ALL = /eng-disable/g;
const SCANNED = /\.(?:js|jsx|ts|tsx|html|htm)$/;
const OFFLINE_EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

interface RawIssue {
  id: string;
  file: string;
  location?: { line: number; column: number };
  severity: { name?: string; value: number; format?: () => string };
  confidence: { name?: string; value: number };
  description: string;
  sample?: string;
  manualReview?: boolean;
}

interface RawResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: RawIssue[];
}

type Run = (options: Record<string, unknown>) => Promise<RawResult>;

const requireHere = createRequire(import.meta.url);

/** Loads the tool with `got` replaced by a stub that fails at once, so that it never goes online. */
function loadElectronegativity(): Run {
  const entry = requireHere.resolve('@doyensec/electronegativity');
  const requireThere = createRequire(entry);
  const offline = () => Promise.reject(new Error('electronegativity runs offline here'));
  const stub = Object.assign(offline, { head: offline, get: offline, extend: () => stub });
  for (const path of new Set([requireThere.resolve('got'), ...gotCopiesNear(entry)])) {
    requireThere.cache[path] = { id: path, filename: path, loaded: true, exports: stub } as unknown as NodeJS.Module;
  }
  const loaded = requireThere(entry) as Run | { default: Run };
  return typeof loaded === 'function' ? loaded : loaded.default;
}

/** Where else a nested `got` could be resolved from inside the tool's own folders. */
function gotCopiesNear(entry: string): string[] {
  const nested = join(entry, '..', '..', 'node_modules', 'got');
  if (!existsSync(nested)) return [];
  return [createRequire(join(nested, 'package.json')).resolve('got')];
}

function severityName(value: number): Severity {
  return SEVERITIES[value] ?? 'HIGH';
}

function installedElectronVersion(projectDir: string): string {
  const manifest = join(projectDir, 'node_modules', 'electron', 'package.json');
  if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  const pkg = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string>; dependencies?: Record<string, string> };
  const range = pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? '';
  return range.replace(/^[^\d]*/, '') || '45.0.0';
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...filesUnder(path));
    } else if (SCANNED.test(entry.name)) out.push(path);
  }
  return out;
}

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * The reason given for `check` on `line` (1-based) of `lines`: on the line itself, or in the
 * unbroken run of comment lines just above it.
 */
export function explanationAt(lines: readonly string[], line: number, check: string): string | null {
  const matches = (text: string | undefined) => {
    const found = text === undefined ? null : IGNORE_MARK.exec(text);
    return found && found[1]!.toUpperCase() === check.toUpperCase() ? found[2]! : null;
  };
  const own = matches(lines[line - 1]);
  if (own) return own;
  for (let i = line - 2; i >= 0; i--) {
    const text = lines[i]!.trim();
    if (!/^(\/\/|\/\*|\*|<!--)/.test(text)) break;
    const reason = matches(text);
    if (reason) return reason;
  }
  return null;
}

/** Scans the app's sources with electronegativity. Throws only if the tool itself cannot run. */
export async function scanElectronSources(options: ScanOptions): Promise<ScanResult> {
  const projectDir = resolve(options.projectDir);
  const sources = options.sources ?? ['electron', 'renderer'];
  const electronVersion = options.electronVersion ?? installedElectronVersion(projectDir);

  // One folder holding exactly what is scanned, so that the global checks (permission handler,
  // navigation limits, CSP) see main, preload and renderer together, and nothing else.
  const staging = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  try {
    for (const source of sources) {
      const from = join(projectDir, source);
      if (existsSync(from) && statSync(from).isDirectory())
        cpSync(from, join(staging, source), { recursive: true, filter: (path) => !path.split(sep).includes('node_modules') });
    }
    cpSync(join(projectDir, 'package.json'), join(staging, 'package.json'));
    // Same length and lines, so locations still match the real files; the tool no longer obeys them.
    for (const path of filesUnder(staging)) {
      const text = readFileSync(path, 'utf8');
      if (ENG_DISABLE.test(text)) writeFileSync(path, text.replace(ENG_DISABLE_ALL, 'eng_disable'));
    }

    const run = loadElectronegativity();
    const raw = await quietly(() =>
      run({
        input: staging,
        output: undefined,
        isSarif: false,
        customScan: [],
        excludeFromScan: OFFLINE_EXCLUDED_CHECKS,
        severitySet: 'informational',
        confidenceSet: 'tentative',
        isRelative: false,
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      }),
    );

    const scannedFiles = sources.flatMap((source) => {
      const dir = join(projectDir, source);
      return existsSync(dir) ? filesUnder(dir) : [];
    });
    const linesOf = new Map<string, string[]>();
    const readLines = (file: string) => {
      let lines = linesOf.get(file);
      if (!lines) {
        lines = readFileSync(join(projectDir, file), 'utf8').split(/\r?\n/);
        linesOf.set(file, lines);
      }
      return lines;
    };
    const anywhere = (check: string): string | null => {
      for (const path of scannedFiles) {
        const lines = readLines(toPosix(relative(projectDir, path)));
        for (const text of lines) {
          const found = IGNORE_MARK.exec(text);
          if (found && found[1]!.toUpperCase() === check.toUpperCase()) return found[2]!;
        }
      }
      return null;
    };

    const findings: Finding[] = raw.issues.map((issue) => {
      const inStaging = issue.file && issue.file !== 'N/A' ? toPosix(relative(staging, issue.file)) : null;
      const file = inStaging && !inStaging.startsWith('..') ? inStaging : null;
      const line = issue.location && issue.location.line > 0 ? issue.location.line : null;
      const explanation = file && line ? explanationAt(readLines(file), line, issue.id) : anywhere(issue.id);
      return {
        check: issue.id,
        severity: severityName(issue.severity.value),
        confidence: issue.confidence.name ?? String(issue.confidence.value),
        file,
        line,
        column: issue.location?.column ?? null,
        description: issue.description,
        sample: issue.sample ?? '',
        manualReview: Boolean(issue.manualReview),
        explanation,
      };
    });

    const engDisableComments = scannedFiles.flatMap((path) => {
      const file = toPosix(relative(projectDir, path));
      return readLines(file).flatMap((text, i) => (ENG_DISABLE.test(text) ? [{ file, line: i + 1, text: text.trim() }] : []));
    });

    return {
      findings,
      parseErrors: raw.errors.filter((e) => !e.tolerable).map((e) => ({ file: toPosix(relative(staging, e.file)), message: e.message })),
      engDisableComments,
      checksRun: { atomic: raw.atomicChecks, global: raw.globalChecks },
      electronVersion,
    };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The tool logs its own chatter (translations unavailable, etc.) with console.log. */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = () => undefined;
  try {
    return await work();
  } finally {
    console.log = log;
  }
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

export const unexplainedHigh = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity === 'HIGH' && f.explanation === null);

export function describeFinding(f: Finding): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '(the app as a whole)';
  return `${f.severity} ${f.check} at ${where}${f.sample ? ` — ${f.sample}` : ''}${f.explanation ? ` [explained: ${f.explanation}]` : ''}`;
}

async function main(): Promise<void> {
  const result = await scanElectronSources({ projectDir: process.cwd() });
  const counts = countBySeverity(result.findings);
  console.log(`electronegativity (Electron ${result.electronVersion}, ${result.checksRun.atomic} atomic + ${result.checksRun.global} global checks): ${SEVERITIES.map((s) => `${s} ${counts[s]}`).join(', ')}`);
  for (const finding of result.findings) console.log(`  ${describeFinding(finding)}`);
  for (const error of result.parseErrors) console.log(`  not parsed: ${error.file}: ${error.message}`);
  for (const c of result.engDisableComments) console.log(`  eng-disable comment (neutralised for this scan): ${c.file}:${c.line}`);
  const failing = unexplainedHigh(result.findings).length + result.parseErrors.length;
  process.exitCode = failing ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
