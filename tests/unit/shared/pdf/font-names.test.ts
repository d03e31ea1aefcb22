import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../../../shared/pdf';
import { stemVForWeight, subsetTag } from '../../../../shared/pdf/font-names';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { pdfWorkspace, shippedFonts } from './pdf-tools';

/* #18 §6: the regular and bold faces go out under distinct subset-tagged names with sane descriptors. */

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

function embeddedFontNames(path: string): string[] {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => line.split(/\s+/)[0]!);
}

describe('embedded font names', () => {
  const path = workspace.write('fonts.pdf', renderPlanPdf(examplePlan(), { fonts, date: '2026-12-02' }));

  it('names the regular and the bold face apart, each behind a six-capital subset tag', () => {
    const names = embeddedFontNames(path);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    expect(names.some((n) => /^[A-Z]{6}\+DejaVuSans$/.test(n))).toBe(true);
    expect(names.some((n) => /^[A-Z]{6}\+DejaVuSans-Bold$/.test(n))).toBe(true);
  });

  it('writes a stem width for each face, thicker for bold, and a cap height in the 1000-unit space', () => {
    const raw = readFileSync(path).toString('latin1');
    const descriptors = [...raw.matchAll(/\/FontName \/([A-Z]{6}\+[A-Za-z-]+)[\s\S]*?\/StemV (\d+)[\s\S]*?\/CapHeight (\d+)/g)].map((m) => ({ name: m[1]!, stemV: Number(m[2]), capHeight: Number(m[3]) }));
    expect(descriptors).toHaveLength(2);
    const regular = descriptors.find((d) => d.name.endsWith('+DejaVuSans'))!;
    const bold = descriptors.find((d) => d.name.endsWith('-Bold'))!;
    expect(regular.stemV).toBeGreaterThan(0);
    expect(bold.stemV).toBeGreaterThan(regular.stemV);
    for (const d of descriptors) expect(d.capHeight).toBeLessThanOrEqual(1000);
  });

  it('keeps the bytes identical for the same plan, options and date', () => {
    const again = renderPlanPdf(examplePlan(), { fonts, date: '2026-12-02' });
    expect(Buffer.from(again).equals(readFileSync(path))).toBe(true);
  });
});

describe('subsetTag', () => {
  it('is six capitals, the same for the same glyphs in any order, and differs for another subset', () => {
    const tag = subsetTag([3, 40, 7], 'DejaVuSans');
    expect(tag).toMatch(/^[A-Z]{6}$/);
    expect(subsetTag([40, 7, 3], 'DejaVuSans')).toBe(tag);
    expect(subsetTag([3, 40, 8], 'DejaVuSans')).not.toBe(tag);
    expect(subsetTag([3, 40, 7], 'DejaVuSans-Bold')).not.toBe(tag);
  });

  it('estimates stems from the weight class', () => {
    expect(stemVForWeight(400)).toBe(96);
    expect(stemVForWeight(700)).toBe(169);
  });
});
