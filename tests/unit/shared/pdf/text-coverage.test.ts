import { describe, expect, it } from 'vitest';
import { addApplication } from '../../../../shared/operations/matrix';
import { readFontCoverage, textSanitiser } from '../../../../shared/pdf/font-coverage';
import { compactFontForPdf } from '../../../../shared/pdf/font-trim';
import { describeUnsupportedCharacters, unsupportedCharacters } from '../../../../shared/pdf/text-coverage';
import { internationalPlan, planWithCjk } from '../../../fixtures/pdf/pdf-fixture-plans';
import { shippedFonts } from './pdf-tools';

const fonts = shippedFonts();

describe('unsupportedCharacters', () => {
  it('reports “東京”, with where it occurs, and not Łódź, Søren, Ελλάδα, Москва, € or typographic quotes', () => {
    const found = unsupportedCharacters(planWithCjk(), fonts.regular);
    expect(found.map((u) => u.char)).toEqual(['東', '京']);
    expect(found[0]).toMatchObject({ codePoint: 'U+6771', count: 1, locations: [{ item: { kind: 'pillar', id: 'p4' }, itemTitle: 'Expansion to 東京', field: 'title' }] });
    expect(describeUnsupportedCharacters(found)[0]).toBe('東 (U+6771) in pillar “Expansion to 東京” (title)');
  });

  it('names an application as the screen and the export dialog do: “AI application”', () => {
    const plan = addApplication(planWithCjk(), { id: 'tokyo-app', objectiveId: null, title: 'Tokyo 店' });
    const line = describeUnsupportedCharacters(unsupportedCharacters(plan, fonts.regular)).find((l) => l.startsWith('店'));
    expect(line).toBe('店 (U+5E97) in AI application “Tokyo 店” (title)');
  });

  it('finds nothing to report in a plan written in Polish, Danish, Greek and Russian, checked against both fonts', () => {
    expect(unsupportedCharacters(internationalPlan(), [fonts.regular, fonts.bold])).toEqual([]);
  });

  it('looks at every printed field: guiding answers, KPI units and sources, milestones, readiness notes', () => {
    const plan = internationalPlan();
    plan.guidingQuestions.technologyFit = 'Tools that speak 日本語';
    plan.kpis[0]!.source = 'Ledger 🙂';
    plan.roadmap.milestones[0]!.title = 'Kick-off in 서울';
    plan.readiness.items.dataCleanup.note = 'Monthly 清理';
    const found = unsupportedCharacters(plan, fonts.regular);
    const where = (char: string) => found.find((u) => u.char === char)?.locations[0];
    expect(where('日')).toEqual({ item: null, itemTitle: 'Guiding questions', field: 'technology fit' });
    expect(where('🙂')).toMatchObject({ item: { kind: 'kpi' }, field: 'data source' });
    expect(where('서')).toMatchObject({ item: { kind: 'milestone', id: 'm1' } });
    expect(where('清')?.field).toMatch(/^note on/);
  });

  it('ignores line breaks, tabs and invisible formatting characters, which the PDF drops rather than prints', () => {
    const plan = internationalPlan();
    plan.pillars[0]!.title = 'Line\nbreak\tand\u200bzero\u00adwidth\ufeff';
    expect(unsupportedCharacters(plan, fonts.regular).map((u) => u.codePoint)).toEqual([]);
  });
});

describe('readFontCoverage', () => {
  it('reads the character map of the shipped fonts', () => {
    const regular = readFontCoverage(fonts.regular);
    for (const ch of 'AzŁódźØøΑωЖж€£–“”→★◆✓') expect(regular.has(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of '東京🙂') expect(regular.has(ch.codePointAt(0)!), ch).toBe(false);
  });

  it('refuses bytes that are not a TrueType font', () => {
    expect(() => readFontCoverage(new TextEncoder().encode('%PDF-1.3 not a font'))).toThrow(/not a readable TrueType font/);
  });

  it('gives the same coverage for the compacted font jsPDF receives, whose post table is reduced to format 3', () => {
    const compact = compactFontForPdf(fonts.regular);
    expect(compact.length).toBeLessThan(fonts.regular.length);
    const a = readFontCoverage(fonts.regular);
    const b = readFontCoverage(compact);
    for (let cp = 0; cp < 0x10000; cp += 7) expect(b.has(cp)).toBe(a.has(cp));
  });
});

describe('textSanitiser', () => {
  const clean = textSanitiser([readFontCoverage(fonts.regular), readFontCoverage(fonts.bold)], '\uFFFD');

  it('keeps supported text as it is', () => {
    expect(clean('Łódź – “Søren” € 12 500')).toBe('Łódź – “Søren” € 12 500');
  });

  it('replaces what the fonts lack with a placeholder, unifies line breaks and drops invisible characters', () => {
    expect(clean('Tokyo 東京')).toBe('Tokyo \uFFFD\uFFFD');
    expect(clean('a\r\nb\rc\td\u200be')).toBe('a\nb\nc de');
    expect(clean('e\u0301')).toBe('é');
  });
});
