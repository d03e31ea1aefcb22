import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../../../shared/pdf';
import { choosePdfFontSet, missingCharacters } from '../../../../shared/pdf/font-choice';
import { examplePlan, planWithCjk } from '../../../fixtures/pdf/pdf-fixture-plans';
import { flatText, pdfWorkspace, shippedFonts } from './pdf-tools';

/* #18 §6: a CJK face ships with the app, so "東京" prints; what no shipped face covers is listed. */

const dir = fileURLToPath(new URL('../../../../assets/fonts/', import.meta.url));
const cjk = { regular: new Uint8Array(readFileSync(`${dir}BIZUDPGothic-Regular.ttf`)), bold: new Uint8Array(readFileSync(`${dir}BIZUDPGothic-Bold.ttf`)) };
const fonts = { ...shippedFonts(), cjk };
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const fontNames = (path: string) =>
  execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2).map((l) => l.split(/\s+/)[0]!);

describe('the CJK face', () => {
  it('prints 東京 in an English pack, embedding the CJK face subset, under their own names', () => {
    const path = workspace.write('cjk.pdf', renderPlanPdf(planWithCjk(), { fonts, date: '2026-12-02' }));
    expect(flatText(path)).toContain('東京');
    const names = fontNames(path);
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).toMatch(/^[A-Z]{6}\+BIZUDPGothic/);
    expect(missingCharacters(planWithCjk(), fonts, 'en')).toEqual([]);
    // Subset: far smaller than the 4.6 MB faces.
    expect(readFileSync(path).length).toBeLessThan(600_000);
  });

  it('keeps DejaVu for a plan DejaVu covers, and gives the same bytes with or without the CJK face at hand', () => {
    const plan = examplePlan();
    expect(choosePdfFontSet(plan, fonts, 'en')).toEqual({ regular: fonts.regular, bold: fonts.bold });
    const withCjk = renderPlanPdf(plan, { fonts, date: '2026-12-02' });
    const without = renderPlanPdf(plan, { fonts: shippedFonts(), date: '2026-12-02' });
    expect(Buffer.from(withCjk).equals(Buffer.from(without))).toBe(true);
  });

  it('stays with DejaVu for a Vietnamese pack, whose letters the CJK face lacks, and lists 東 and 京 as missing', () => {
    expect(choosePdfFontSet(planWithCjk(), fonts, 'vi').regular).toBe(fonts.regular);
    expect(missingCharacters(planWithCjk(), fonts, 'vi').map((u) => u.char)).toEqual(['東', '京']);
  });

  it('lists 東 and 京 as missing when no CJK face is given', () => {
    expect(missingCharacters(planWithCjk(), shippedFonts(), 'en').map((u) => u.char)).toEqual(['東', '京']);
  });
});
