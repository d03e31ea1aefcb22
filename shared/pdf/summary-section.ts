import { CHECKS, checkTitle, type CheckId } from '../checks/check-catalogue';
import { readinessScore } from '../checks/readiness';
import { suggestStarters } from '../checks/starters';
import { GUIDING_QUESTION_KEYS, guidingQuestionTitle } from '../guiding-questions';
import type { MessageKey } from '../i18n/translator';
import type { Plan } from '../model';
import { planFigures } from '../value/figures';
import { planProgress, type ProgressStatus } from '../value/realised';
import { capitals, longDate } from './board-pack-labels';
import type { PdfFinding } from './findings-section';
import { pdfSectionTitle } from './pdf-sections';
import { COLOURS, TYPE, type Rgb } from './pdf-theme';
import type { PdfWriter, TextStyle } from './pdf-writer';
import { Figurer } from './value-section';

/*
 * The executive summary (#18 §1): one page after the cover that a board member can read without the
 * rest. Purpose in a line per guiding question, the starters and why, status by pillar from the KPI
 * check-ins, the readiness score, and, when the plan has them, spend and payback, the top findings and
 * the decisions asked of the board. Every list is cut to what fits the page, saying how many more.
 */

const STATUS_TEXT: Record<ProgressStatus, MessageKey> = {
  'on-track': 'pdf.summary.status.onTrack',
  'at-risk': 'pdf.summary.status.atRisk',
  'off-track': 'pdf.summary.status.offTrack',
  'no-data': 'pdf.summary.status.notStarted',
};
/** A shape per status as well as a word, so the status survives grey printing. */
const STATUS_MARK: Record<ProgressStatus, string> = { 'on-track': '●', 'at-risk': '▲', 'off-track': '■', 'no-data': '○' };
const STATUS_COLOUR: Record<ProgressStatus, Rgb> = { 'on-track': COLOURS.ink, 'at-risk': COLOURS.severityMedium, 'off-track': COLOURS.severityHigh, 'no-data': COLOURS.muted };
const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;
const SEVERITY_TEXT: Record<PdfFinding['severity'], MessageKey> = { high: 'pdf.summary.severity.high', medium: 'pdf.summary.severity.medium', low: 'pdf.summary.severity.low' };
const KNOWN_CHECKS = new Set<string>(CHECKS.map((c) => c.id));

const HEAD: TextStyle = { size: 8.5, style: 'bold', colour: COLOURS.muted };
const BODY: TextStyle = { size: TYPE.body, colour: COLOURS.ink };
const BODY_BOLD: TextStyle = { size: TYPE.body, style: 'bold', colour: COLOURS.ink };
const MUTED: TextStyle = { size: TYPE.body, colour: COLOURS.muted };

/** A column of the page that blocks flow down, never past the page's foot. */
class Column {
  constructor(
    private readonly w: PdfWriter,
    readonly x: number,
    readonly width: number,
    public y: number,
  ) {}

  get bottom(): number {
    return this.w.page.contentBottom;
  }

  /** Lines left for text of this style. */
  linesLeft(style: TextStyle): number {
    return Math.max(0, Math.floor((this.bottom - this.y) / this.w.lineHeight(style.size)));
  }

  heading(text: string): boolean {
    if (this.linesLeft(HEAD) < 3) return false;
    this.y += 6;
    this.w.line(this.x, this.y, this.x + this.width, this.y, COLOURS.rule, 0.75);
    this.y += 6;
    this.y += this.w.drawLines([capitals(text, this.w)], this.x, this.y, HEAD) + 3;
    return true;
  }

  /** Wrapped text, cut with an ellipsis at `maxLines` or at the foot of the page; false when nothing fitted. */
  text(text: string, style: TextStyle, maxLines = 99, indent = 0): boolean {
    const fit = Math.min(maxLines, this.linesLeft(style));
    if (fit < 1) return false;
    const lines = this.w.wrap(text, this.width - indent, style);
    if (lines.length > fit) {
      lines.length = fit;
      lines[fit - 1] = this.w.fitOneLine(`${lines[fit - 1]}…`, this.width - indent, style);
    }
    this.y += this.w.drawLines(lines, this.x + indent, this.y, style) + 2;
    return true;
  }
}

export function* drawSummarySection(w: PdfWriter, plan: Plan, date: string, findings: readonly PdfFinding[] | undefined): Generator<number> {
  const { t, page } = w;
  w.heading(pdfSectionTitle('summary', t), t('pdf.summary.intro', { date: longDate(date, w) }), 200);
  const gap = 28;
  const leftWidth = (page.contentWidth - gap) * 0.58;
  const left = new Column(w, page.left, leftWidth, w.y);
  const right = new Column(w, page.left + leftWidth + gap, page.contentWidth - leftWidth - gap, w.y);

  purpose(left, plan, w);
  starters(left, plan, w);
  yield 0.4;
  pillarStatus(left, plan, date, w);
  yield 0.7;
  keyFigures(right, plan, w);
  topFindings(right, findings, w);
  decisionsAsked(right, plan, date, w);
  w.y = Math.max(left.y, right.y);
}

function purpose(col: Column, plan: Plan, w: PdfWriter): void {
  if (!col.heading(w.t('pdf.summary.purpose'))) return;
  for (const key of GUIDING_QUESTION_KEYS) {
    const answer = plan.guidingQuestions[key].trim().replace(/\s+/g, ' ');
    const line = `${guidingQuestionTitle(key, w.t)}: ${answer || w.t('pdf.cover.notAnswered')}`;
    if (!col.text(line, answer ? BODY : MUTED, 2)) return;
  }
}

function starters(col: Column, plan: Plan, w: PdfWriter): void {
  if (!col.heading(w.t('pdf.summary.starters'))) return;
  const ranked = suggestStarters(plan, w.t);
  const chosen = ranked.filter((c) => c.starter);
  if (!chosen.length) {
    const suggested = ranked.find((c) => c.recommended);
    col.text(suggested ? w.t('pdf.summary.noStarterSuggested', { title: suggested.title }) : w.t('pdf.summary.noStarter'), MUTED, 2);
    return;
  }
  for (const c of chosen.slice(0, 3)) {
    if (!col.text(`★ ${c.title}`, BODY_BOLD, 1)) return;
    col.text(c.reason, MUTED, 2, 12);
  }
  if (chosen.length > 3) col.text(w.t('pdf.summary.more', { count: chosen.length - 3 }), MUTED, 1);
}

function pillarStatus(col: Column, plan: Plan, date: string, w: PdfWriter): void {
  if (!col.heading(w.t('pdf.summary.status'))) return;
  if (!plan.pillars.length) {
    col.text(w.t('pdf.summary.noPillars'), MUTED, 1);
    return;
  }
  const byPillar = planProgress(plan, date).byPillar;
  const counts: Record<ProgressStatus, number> = { 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'no-data': 0 };
  for (const p of plan.pillars) counts[byPillar.get(p.id) ?? 'no-data']++;
  const room = col.linesLeft(BODY) - 1;
  const shown = plan.pillars.length <= room ? plan.pillars : plan.pillars.slice(0, Math.max(0, room - 1));
  const statusWidth = Math.max(...(Object.keys(STATUS_TEXT) as ProgressStatus[]).map((s) => w.textWidth(`${STATUS_MARK[s]} ${w.t(STATUS_TEXT[s])}`, BODY)));
  for (const pillar of shown) {
    const status = byPillar.get(pillar.id) ?? 'no-data';
    const title = w.fitOneLine(pillar.title.trim() || w.t('domain.untitled.pillar'), col.width - statusWidth - 12, BODY);
    w.drawLines([title], col.x, col.y, BODY);
    w.drawLines([`${STATUS_MARK[status]} ${w.t(STATUS_TEXT[status])}`], col.x + col.width, col.y, { ...BODY, colour: STATUS_COLOUR[status] }, 'right');
    col.y += w.lineHeight(BODY.size) + 1;
  }
  if (shown.length < plan.pillars.length) {
    col.text(
      w.t('pdf.summary.pillarCounts', { count: plan.pillars.length, onTrack: counts['on-track'], atRisk: counts['at-risk'], offTrack: counts['off-track'], notStarted: counts['no-data'] }),
      MUTED,
      2,
    );
  }
}

function keyFigures(col: Column, plan: Plan, w: PdfWriter): void {
  if (!col.heading(w.t('pdf.summary.keyFigures'))) return;
  const readiness = readinessScore(plan, w.t);
  col.text(w.t('pdf.summary.readiness', { score: readiness.score, answered: readiness.answered, total: readiness.total }), BODY, 2);
  const f = planFigures(plan).plan;
  // Money only when the team has estimated it; a plan without figures says nothing rather than "€0".
  if (!f.costEstimated) return;
  const figurer = new Figurer(w, plan);
  if (f.horizon) col.text(w.t('pdf.summary.spend', { amount: figurer.money(f.horizon.cost) }), BODY, 2);
  const payback = figurer.payback(f);
  if (f.benefitEstimated) col.text(w.t('pdf.summary.payback', { month: (typeof payback === 'string' ? payback : payback.content).split('\n')[0]! }), BODY, 2);
}

function topFindings(col: Column, findings: readonly PdfFinding[] | undefined, w: PdfWriter): void {
  if (!findings) return;
  if (!col.heading(w.t('pdf.summary.findings'))) return;
  if (!findings.length) {
    col.text(w.t('pdf.findings.none'), MUTED, 2);
    return;
  }
  const rules = new Map<string, { severity: PdfFinding['severity']; count: number; title: string }>();
  for (const f of findings) {
    const rule = rules.get(f.checkId);
    if (rule) rule.count++;
    else rules.set(f.checkId, { severity: f.severity, count: 1, title: KNOWN_CHECKS.has(f.checkId) ? checkTitle(f.checkId as CheckId, w.t) : f.message });
  }
  const ranked = [...rules.values()].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.count - a.count);
  for (const rule of ranked.slice(0, 5)) {
    const severity = w.t(SEVERITY_TEXT[rule.severity]);
    if (!col.text(w.t('pdf.summary.finding', { severity, title: rule.title, count: rule.count }), BODY, 2)) return;
  }
  if (ranked.length > 5) col.text(w.t('pdf.summary.moreChecks', { count: ranked.length - 5 }), MUTED, 1);
}

function decisionsAsked(col: Column, plan: Plan, date: string, w: PdfWriter): void {
  const open = plan.workshop.decisions.filter((d) => !d.done).sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  if (!open.length) return;
  if (!col.heading(w.t('pdf.summary.decisions'))) return;
  for (const d of open.slice(0, 4)) {
    const who = [d.owner.trim(), d.due ? w.t('pdf.summary.due', { date: longDate(d.due, w) }) : ''].filter(Boolean).join(' · ');
    if (!col.text(`• ${d.text}`, BODY, 2)) return;
    if (who) col.text(who + (d.due && d.due < date ? ` · ${w.t('pdf.summary.overdue')}` : ''), MUTED, 1, 10);
  }
  if (open.length > 4) col.text(w.t('pdf.summary.more', { count: open.length - 4 }), MUTED, 1);
}
