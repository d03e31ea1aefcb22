/*
 * Renders the example plan's board pack and writes the pages the README shows (cover, executive
 * summary, roadmap) as PNGs into assets/screenshots/. Run after a change to the board pack:
 *   npm run screenshots:pdf
 * Needs pdftoppm and qpdf (Debian: poppler-utils, qpdf).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alignmentFindings } from '../shared/checks/alignment-checks';
import { renderPlanPdf } from '../shared/pdf';
import { pdfSectionTitle } from '../shared/pdf/pdf-sections';
import { translator } from '../shared/i18n/translator';
import { examplePlan } from '../tests/fixtures/pdf/pdf-fixture-plans';

const DATE = '2026-12-02';
const fonts = { regular: new Uint8Array(readFileSync('assets/fonts/DejaVuSans.ttf')), bold: new Uint8Array(readFileSync('assets/fonts/DejaVuSans-Bold.ttf')) };
const plan = examplePlan();
const dir = mkdtempSync(join(tmpdir(), 'aiplan-readme-pdf-'));
try {
  const pdf = join(dir, 'pack.pdf');
  writeFileSync(pdf, renderPlanPdf(plan, { fonts, date: DATE, findings: alignmentFindings(plan, { today: DATE }) }));
  const outlines = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', pdf], { encoding: 'utf8' })).outlines as { title: string; destpageposfrom1: number }[];
  const t = translator('en');
  const pageOf = (section: 'cover' | 'summary' | 'roadmap') => outlines.find((o) => o.title === pdfSectionTitle(section, t))!.destpageposfrom1;
  for (const [section, name] of [['cover', 'pdf-cover'], ['summary', 'pdf-summary'], ['roadmap', 'pdf-roadmap']] as const) {
    const page = pageOf(section);
    execFileSync('pdftoppm', ['-r', '96', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, join(dir, name)]);
    renameSync(join(dir, `${name}.png`), join('assets', 'screenshots', `${name}.png`));
    console.log(`assets/screenshots/${name}.png: page ${page}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
