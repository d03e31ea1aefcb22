import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/model';
import { renderPlanPdf } from '../../../../shared/pdf';
import type { Locale } from '../../../../shared/i18n/locales';
import { defaultPhases } from '../../../../shared/roadmap/phases';
import { generatePlan } from '../../../fixtures/generate-plan';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';
import { flatText, pdfWorkspace, pdfWords, shippedFonts, type Word } from './pdf-tools';

/* #18 print correctness of the roadmap pages: dated, warnings drawn as warnings, labels where they belong, legible. */

const fonts = shippedFonts();
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const render = (plan: Plan, date: string, locale: Locale = 'en') => renderPlanPdf(plan, { fonts, date, locale, sections: ['roadmap'] });
const write = (name: string, plan: Plan, date = '2027-05-14', locale: Locale = 'en') => workspace.write(name, render(plan, date, locale));
/** DejaVu Sans's box from descender to ascender, as pdftotext reports a word's height: 1.164 × the type size. */
const typeSize = (word: Word) => (word.yMax - word.yMin) / 1.164;
const centre = (word: Word) => (word.xMin + word.xMax) / 2;
/** Decompressed page streams, where drawing operators (colours, dashes) can be read. */
const drawing = (path: string) => execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, '-'], { encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });

/** The example with the automation moved to start while the chatbot (which it builds on) is still running. */
function planWithBackwardsDependency(): Plan {
  const plan = examplePlan();
  const [chatbot, automation] = plan.applications;
  const schedules = plan.roadmap.schedules.map((s) => (s.applicationId === automation!.id ? { ...s, phases: defaultPhases('2027-04') } : s));
  return { ...plan, roadmap: { ...plan.roadmap, schedules, dependencies: [...plan.roadmap.dependencies, { id: 'dep-back', fromId: chatbot!.id, toId: automation!.id }] } };
}

describe('the roadmap’s today line', () => {
  it('is drawn at the pack’s date when it falls inside the horizon, labelled with the date under that day', () => {
    const path = write('today.pdf', examplePlan());
    expect(flatText(path)).toContain('As of 14 May 2027');
    const words = pdfWords(path)[0]!.words;
    const tag = words.find((w) => w.text === 'May' && words.some((o) => o.text === '2027' && Math.abs(o.yMin - w.yMin) < 0.5 && o.xMin > w.xMax))!;
    const tagYear = words.find((w) => w.text === '2027' && Math.abs(w.yMin - tag.yMin) < 0.5 && w.xMin > tag.xMax)!;
    const tagStart = words.find((w) => w.text === 'As' && Math.abs(w.yMin - tag.yMin) < 0.5)!;
    // The axis's month names sit in the middle of their columns: Apr and May give a month's width.
    const axis = words.filter((w) => w.text === 'Apr' || w.text === 'May').filter((w) => w.yMax < tag.yMin).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    const [apr, may] = [axis.find((w) => w.text === 'Apr')!, axis.find((w) => w.text === 'May')!];
    const monthWidth = centre(may) - centre(apr);
    const mayStart = centre(may) - monthWidth / 2;
    expect((tagStart.xMin + tagYear.xMax) / 2).toBeCloseTo(mayStart + (13 / 31) * monthWidth, 0);
  });

  it('is left out when the pack is dated before or after the horizon', () => {
    expect(flatText(write('before.pdf', examplePlan(), '2026-11-23'))).not.toContain('As of');
    expect(flatText(write('after.pdf', examplePlan(), '2029-01-01'))).not.toContain('As of');
  });

  it('speaks the pack’s language', () => {
    expect(flatText(write('today-de.pdf', examplePlan(), '2027-05-14', 'de'))).toContain('Stand 14.05.2027');
  });
});

describe('a backwards dependency on the roadmap', () => {
  it('is drawn dashed in the warning colour with a “!”, and the legend names it', () => {
    const path = write('backwards.pdf', planWithBackwardsDependency());
    const text = flatText(path);
    expect(text).toContain('Starts before what it builds on');
    // One "!" in the legend's sample, one on the arrow.
    expect(pdfWords(path)[0]!.words.filter((w) => w.text === '!')).toHaveLength(2);
    const ops = drawing(path);
    expect(ops).toMatch(/\[3\.? 1\.5\] 0\.? d\s+0\.55 0\.11 0\.11 RG/);
  });

  it('leaves a plan whose dependencies run forwards with plain arrows and no warning in the legend', () => {
    const path = write('forwards.pdf', examplePlan());
    expect(flatText(path)).not.toContain('Starts before what it builds on');
    expect(pdfWords(path)[0]!.words.some((w) => w.text === '!')).toBe(false);
    expect(drawing(path)).not.toContain('0.55 0.11 0.11 RG');
  });
});

describe('milestone labels', () => {
  /** Twelve months; milestones crowded into neighbouring and shared months, and one in the last month. */
  function crowdedMilestones(): Plan {
    const plan = examplePlan();
    const months = ['2027-01', '2027-02', '2027-02', '2027-03', '2027-05', '2027-06', '2027-11', '2027-12', '2027-12'];
    const names = ['Kickoff', 'Baseline', 'Charter', 'Audit', 'Policy', 'Review', 'Rollout', 'Retrospective', 'Closeout'];
    return { ...plan, meta: { ...plan.meta, horizonMonths: 12 }, roadmap: { ...plan.roadmap, milestones: months.map((month, i) => ({ id: `m${i}`, month, title: names[i]! })) } };
  }

  it('each sit beside their own diamond, nearer to it than to any other diamond on their line', () => {
    const plan = crowdedMilestones();
    const words = pdfWords(write('milestones.pdf', plan))[0]!.words;
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const axisY = words.find((w) => w.text === 'Jan')!.yMin;
    const column = new Map(months.map((m) => [m, centre(words.find((w) => w.text === m && Math.abs(w.yMin - axisY) < 0.5)!)]));
    const diamondX = (month: string) => column.get(months[Number(month.slice(5)) - 1]!)!;
    const labels = plan.roadmap.milestones.map((m) => ({ m, word: words.find((w) => w.text === m.title)! }));
    const distance = (x: number, w: Word) => (x < w.xMin ? w.xMin - x : x > w.xMax ? x - w.xMax : 0);
    for (const { m, word } of labels) {
      const own = distance(diamondX(m.month), word);
      expect(own, m.title).toBeGreaterThan(2);
      expect(own, m.title).toBeLessThan(8);
      for (const other of labels) {
        if (other.m === m || Math.abs(other.word.yMin - word.yMin) > 0.5) continue;
        expect(distance(diamondX(other.m.month), word), `${m.title} vs ${other.m.title}`).toBeGreaterThan(own + 6);
        expect(other.word.xMax < word.xMin || other.word.xMin > word.xMax).toBe(true);
      }
    }
  });
});

describe('bars, rows and dates', () => {
  const PHASES = ['Pilot', 'Refine', 'Standardise', 'Scale'];
  const bigPlan = () => generatePlan({ pillars: 5, objectivesPerPillar: 4, applicationsPerObjective: 5, kpisPerApplication: 1, scheduled: true, startMonth: '2027-01', seed: 7 });

  it('names phases inside bars at 8 pt or more, in the legend’s words, never abbreviated', () => {
    const path = write('bars.pdf', bigPlan());
    const pages = pdfWords(path);
    let barLabels = 0;
    for (const { words } of pages) {
      // The axis's first "Feb" (the continuation title names only January and December) marks where the months begin.
      const feb = words.find((w) => w.text === 'Feb')!;
      const chartLeft = feb.xMin - 32;
      for (const w of words.filter((w) => w.xMin > chartLeft && w.yMin > feb.yMax)) {
        if (PHASES.includes(w.text)) {
          barLabels++;
          expect(typeSize(w)).toBeGreaterThanOrEqual(7.99);
        }
        expect(['Std', 'Sc', 'P', 'R']).not.toContain(w.text);
      }
    }
    expect(barLabels).toBeGreaterThan(100 * 2);
    for (const phase of PHASES) expect(flatText(path)).toContain(phase);
  });

  it('puts each application’s status and owner under its title, in the pack’s language', () => {
    const plan = examplePlan();
    const chatbot = plan.applications[0]!;
    expect(chatbot.owner).not.toBe('');
    const path = write('owners.pdf', plan);
    const words = pdfWords(path)[0]!.words;
    expect(flatText(path)).toContain(`Idea · ${chatbot.owner}`);
    const titleWord = words.find((w) => w.text === chatbot.title.split(' ')[0])!;
    const statusWord = words.find((w) => w.text === 'Idea' && w.yMin > titleWord.yMax - 0.5 && w.yMin < titleWord.yMax + 4)!;
    expect(statusWord).toBeDefined();
    expect(flatText(write('owners-de.pdf', plan, '2027-05-14', 'de'))).toContain(`Idee · ${chatbot.owner}`);
    const unowned: Plan = { ...plan, applications: plan.applications.map((a) => ({ ...a, owner: '' })) };
    expect(flatText(write('unowned.pdf', unowned))).not.toContain('Idea ·');
  });

  it('writes every date range as “Mar 2027 – Feb 2029”, with a spaced en dash, on every page', () => {
    const plan = bigPlan();
    for (const locale of ['en', 'de'] as const) {
      const text = flatText(write(`ranges-${locale}.pdf`, plan, '2027-05-14', locale));
      expect(text).toMatch(/\d{4} – \S/);
      expect(text).not.toMatch(/\d{4}[–-]\S|\d{4}\s*-\s*\S|\S[–]\s/);
    }
  });

  it('gives the same bytes for the same plan, options and date', () => {
    const plan = planWithBackwardsDependency();
    expect(Buffer.from(render(plan, '2027-05-14')).equals(Buffer.from(render(plan, '2027-05-14')))).toBe(true);
  });
});
