import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { alignmentFindings } from '../../../../shared/checks/alignment-checks';
import { renderPlanPdf } from '../../../../shared/pdf';
import { PDF_SECTIONS, pdfSectionTitle } from '../../../../shared/pdf/pdf-sections';
import { translator } from '../../../../shared/i18n/translator';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { flatText, pdfText, pdfWorkspace, shippedFonts } from './pdf-tools';

/* #18 §3: bookmarks for every section and pillar, a clickable contents list, findings linked to their item's page. */

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

interface Outline {
  title: string;
  destpageposfrom1: number;
  kids: Outline[];
}

const qpdfJson = (path: string, key: string) => JSON.parse(execFileSync('qpdf', ['--json', `--json-key=${key}`, path], { encoding: 'utf8' }));
/** Page object ("5 0 R") → page number. */
const pageNumbers = (path: string): Map<string, number> =>
  new Map((qpdfJson(path, 'pages').pages as { object: string }[]).map((p, i) => [p.object, i + 1]));
/** Every link annotation: the page it sits on and the page it goes to. */
function links(path: string): { on: number; to: number }[] {
  const raw = readFileSync(path).toString('latin1');
  const pages = pageNumbers(path);
  const found: { on: number; to: number }[] = [];
  // jsPDF writes page objects, with their annotations, uncompressed: read each page object on its own.
  for (const m of raw.matchAll(/(\d+) 0 obj\s*<<\/Type \/Page\n([\s\S]*?)\nendobj/g)) {
    const on = pages.get(`${m[1]} 0 R`)!;
    for (const d of m[2]!.matchAll(/\/Subtype \/Link [^>]*?\/Dest \[(\d+) 0 R/g)) found.push({ on, to: pages.get(`${d[1]} 0 R`)! });
  }
  return found;
}

describe('navigation in the board pack', () => {
  const plan = examplePlan();
  const findings = alignmentFindings(plan, { today: '2026-12-02' });
  const path = workspace.write('nav.pdf', renderPlanPdf(plan, { fonts, date: '2026-12-02', findings }));
  const outline = qpdfJson(path, 'outlines').outlines as Outline[];

  it('bookmarks every section at its first page, with the pillars under the matrix, and opens with them shown', () => {
    const t = translator('en');
    expect(outline.map((o) => o.title)).toEqual(PDF_SECTIONS.map((s) => pdfSectionTitle(s, t)));
    for (const o of outline) expect(pdfText(path, { first: o.destpageposfrom1, last: o.destpageposfrom1 }), o.title).toContain(o.title === pdfSectionTitle('cover', t) ? plan.meta.title : o.title);
    const matrix = outline.find((o) => o.title === pdfSectionTitle('matrix', t))!;
    expect(matrix.kids.map((k) => k.title)).toEqual(plan.pillars.map((p) => p.title));
    for (const kid of matrix.kids) expect(pdfText(path, { first: kid.destpageposfrom1, last: kid.destpageposfrom1 })).toContain(kid.title);
    expect(readFileSync(path).toString('latin1')).toContain('/PageMode /UseOutlines');
  });

  it('makes each line of the cover\'s contents a link to its section\'s page', () => {
    const fromCover = links(path).filter((l) => l.on === 1).map((l) => l.to);
    expect(fromCover).toEqual(outline.slice(1).map((o) => o.destpageposfrom1));
  });

  it('gives each finding\'s item its page, and links the finding\'s row there', () => {
    const findingsPage = outline.find((o) => o.title === 'Alignment findings')!.destpageposfrom1;
    const text = flatText(path);
    const referenced = [...text.matchAll(/\(p\. (\d+)\)/g)].map((m) => Number(m[1]));
    expect(referenced.length).toBeGreaterThan(0);
    const rowLinks = links(path).filter((l) => l.on >= findingsPage && l.on < findingsPage + 2);
    expect(rowLinks.length).toBeGreaterThan(0);
    for (const l of rowLinks) expect(referenced).toContain(l.to);
  });

  it('holds internal links only: no web address, launch or script', () => {
    const raw = readFileSync(path).toString('latin1');
    for (const forbidden of ['/URI', '/Launch', '/JavaScript', '/GoToR']) expect(raw).not.toContain(forbidden);
  });
});
