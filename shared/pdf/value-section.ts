import { intlTag } from '../i18n/locales';
import type { MessageKey } from '../i18n/translator';
import type { Application, Plan } from '../model';
import { addMonths, monthLabel } from '../roadmap/months';
import { CONFIDENCE_SPREAD } from '../value/app-flows';
import { paybackCalendarMonth, planFigures, type Figures, type Range } from '../value/figures';
import { formatMoneyWhole } from '../value/money';
import { planProgress, type ProgressStatus } from '../value/realised';
import { budgetByYear } from '../value/spend';
import { horizonLabel, longDate } from './board-pack-labels';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn, type TableGroup } from './grouped-table';
import { pdfSectionTitle } from './pdf-sections';
import { COLOURS, TYPE } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';
import { pillarGroups } from './plan-groups';

/*
 * "Investment and return": what each application costs and should return, per pillar and for the
 * plan, per calendar year against the budgets, and what the KPIs' check-ins show has come back by the
 * pack's date. Every figure comes from shared/value; a figure nobody estimated says so, never 0.
 */

const STATUS_KEYS: Record<ProgressStatus, MessageKey> = {
  'on-track': 'value.pdf.status.onTrack',
  'at-risk': 'value.pdf.status.atRisk',
  'off-track': 'value.pdf.status.offTrack',
  'no-data': 'value.pdf.status.noData',
};

const muted = (content: string): TableCell => ({ content, styles: { textColor: [...COLOURS.muted] } });
const bold = (cell: TableCell): TableCell => (typeof cell === 'string' ? { content: cell, styles: { fontStyle: 'bold' } } : { ...cell, styles: { ...cell.styles, fontStyle: 'bold' } });

/** Formats money, percentages and months in the pack's language, in the plan's currency. */
export class Figurer {
  private readonly percent: Intl.NumberFormat;

  constructor(
    private readonly w: PdfWriter,
    private readonly plan: Plan,
  ) {
    this.percent = new Intl.NumberFormat(intlTag(w.locale), { style: 'percent', maximumFractionDigits: 0 });
  }

  money = (minor: number): string => formatMoneyWhole(minor, this.plan.finance.currency, intlTag(this.w.locale));
  roi = (value: number): string => this.percent.format(value / 100);

  /** The middle estimate, and the range from the confidence under it. */
  range(r: Range, format: (value: number) => string): string {
    const mid = format(r.mid);
    return r.low === r.high ? mid : `${mid}\n${this.w.t('value.pdf.range', { low: format(r.low), high: format(r.high) })}`;
  }

  notEstimated = (): TableCell => muted(this.w.t('value.pdf.notEstimated'));
  notScheduled = (): TableCell => muted(this.w.t('value.pdf.notScheduled'));

  /** Payback as the calendar month of the middle estimate, the earliest and latest under it. */
  payback(f: Figures): TableCell {
    if (!f.costEstimated || !f.benefitEstimated) return this.notEstimated();
    if (f.unscheduled || !f.payback) return this.notScheduled();
    const month = (m: number | null) => (m === null ? this.w.t('value.pdf.paybackBeyond') : monthLabel(paybackCalendarMonth(this.plan, m), this.w.locale));
    const { low, mid, high } = f.payback;
    const first = month(mid);
    return low === high ? first : `${first}\n${this.w.t('value.pdf.range', { low: month(low), high: month(high) })}`;
  }

  /** The row of figures after the name column, as the application table lists them. */
  cells(f: Figures): TableCell[] {
    const timed = (cell: () => TableCell, estimated: boolean): TableCell => (!estimated ? this.notEstimated() : f.unscheduled || !f.horizon ? this.notScheduled() : cell());
    const both = f.costEstimated && f.benefitEstimated;
    return [
      timed(() => this.money(f.horizon!.cost), f.costEstimated),
      f.annualBenefit ? this.range(f.annualBenefit, this.money) : this.notEstimated(),
      this.payback(f),
      timed(() => this.range(f.horizon!.net, this.money), both),
      timed(() => (f.horizon!.roi ? this.range(f.horizon!.roi, this.roi) : this.notEstimated()), both),
      timed(() => this.range(f.threeYears!.net, this.money), both),
      timed(() => (f.threeYears!.roi ? this.range(f.threeYears!.roi, this.roi) : this.notEstimated()), both),
    ];
  }
}

export function* drawValueSection(w: PdfWriter, plan: Plan, date: string): Generator<number> {
  const { t } = w;
  const figures = planFigures(plan);
  const f = new Figurer(w, plan);
  const currency = plan.finance.currency;
  const anyEstimate = plan.applications.some((a) => {
    const own = figures.byApplication.get(a.id);
    return own !== undefined && (own.costEstimated || own.benefitEstimated);
  });
  if (!anyEstimate) {
    w.heading(pdfSectionTitle('value', t), t('value.pdf.intro', { currency, horizon: horizonLabel(plan, w) }), 30);
    w.paragraph(t('value.pdf.empty'), { size: TYPE.body, colour: COLOURS.muted });
    return;
  }

  const applicationColumns: TableColumn[] = [
    { header: t('value.pdf.column.application'), share: 0.145 },
    { header: t('value.pdf.column.cost'), share: 0.09, halign: 'right' },
    { header: t('value.pdf.column.annualBenefit'), share: 0.145, halign: 'right' },
    { header: t('value.pdf.column.payback'), share: 0.14, halign: 'right' },
    { header: t('value.pdf.column.netHorizon'), share: 0.145, halign: 'right' },
    { header: t('value.pdf.column.roiHorizon'), share: 0.095, halign: 'right' },
    { header: t('value.pdf.column.netThreeYears'), share: 0.145, halign: 'right' },
    { header: t('value.pdf.column.roiThreeYears'), share: 0.095, halign: 'right' },
  ];
  const tables = applicationTables(w, plan, f);
  w.heading(pdfSectionTitle('value', t), t('value.pdf.intro', { currency, horizon: horizonLabel(plan, w) }), groupStartHeight(w, applicationColumns, tables[0]!));
  for (let i = 0; i < tables.length; i++) {
    drawGroupedTable(w, applicationColumns, tables[i]!);
    yield (0.6 * (i + 1)) / tables.length;
  }

  drawYearTable(w, plan, f);
  yield 0.8;
  drawRealisedTable(w, plan, f, date);
  w.paragraph(
    t('value.pdf.method', {
      high: Math.round(CONFIDENCE_SPREAD.high * 100),
      medium: Math.round(CONFIDENCE_SPREAD.medium * 100),
      low: Math.round(CONFIDENCE_SPREAD.low * 100),
    }),
    { size: TYPE.small + 0.5, colour: COLOURS.muted },
    w.page.left,
    Math.min(w.page.contentWidth, 680),
  );
}

/** One table per pillar with its applications (retired ones left out, as from the totals) and the pillar's total, then the plan's. */
function applicationTables(w: PdfWriter, plan: Plan, f: Figurer): TableGroup[] {
  const { t } = w;
  const figures = planFigures(plan);
  const appRow = (a: Application): TableCell[] => [a.title.trim() || t('domain.untitled.application'), ...f.cells(figures.byApplication.get(a.id)!)];
  const tables: TableGroup[] = [];
  for (const group of pillarGroups(plan, t)) {
    const apps = group.objectives.flatMap((o) => o.applications).filter((a) => a.status !== 'retired');
    if (!apps.length) continue;
    const rows = apps.map(appRow);
    // A pillar of one application would repeat its row as the total.
    if (group.pillar && apps.length > 1) rows.push([bold(t('value.pdf.pillarTotal')), ...f.cells(figures.byPillar.get(group.pillar.id)!).map(bold)]);
    tables.push({ title: group.title, rows });
  }
  tables.push({ title: t('value.pdf.planGroup'), rows: [[bold(t('value.pdf.planTotal')), ...f.cells(figures.plan).map(bold)]] });
  return tables;
}

/** Each calendar year of the horizon: cost, benefit and net, and the spend against the year's budget. */
function drawYearTable(w: PdfWriter, plan: Plan, f: Figurer): void {
  const { t } = w;
  const figures = planFigures(plan).plan;
  const columns: TableColumn[] = [
    { header: t('value.pdf.column.year'), share: 0.2 },
    { header: t('value.pdf.column.yearCost'), share: 0.14, halign: 'right' },
    { header: t('value.pdf.column.benefit'), share: 0.17, halign: 'right' },
    { header: t('value.pdf.column.net'), share: 0.17, halign: 'right' },
    { header: t('value.pdf.column.budget'), share: 0.14, halign: 'right' },
    { header: t('value.pdf.column.againstBudget'), share: 0.18, halign: 'right' },
  ];
  const budgets = new Map(budgetByYear(plan).map((y) => [y.year, y]));
  const { horizonStart, horizonMonths } = plan.meta;
  const horizonLast = addMonths(horizonStart, horizonMonths - 1);
  const rows: TableCell[][] = figures.perYear.map((y) => {
    const from = y.year === Number(horizonStart.slice(0, 4)) ? horizonStart : `${y.year}-01`;
    const to = y.year === Number(horizonLast.slice(0, 4)) ? horizonLast : `${y.year}-12`;
    const whole = from.endsWith('-01') && to.endsWith('-12');
    const label = whole ? String(y.year) : t('value.pdf.yearPart', { year: y.year, from: monthLabel(from, w.locale), to: monthLabel(to, w.locale) });
    const budget = budgets.get(y.year)?.budget ?? null;
    const net: Range = { low: y.benefit.low - y.cost, mid: y.benefit.mid - y.cost, high: y.benefit.high - y.cost };
    const against: TableCell =
      budget === null
        ? muted(t('value.pdf.noBudget'))
        : y.cost > budget
          ? { content: t('value.pdf.over', { amount: f.money(y.cost - budget) }), styles: { fontStyle: 'bold', textColor: [...COLOURS.severityHigh] } }
          : t('value.pdf.under', { amount: f.money(budget - y.cost) });
    return [label, f.money(y.cost), f.range(y.benefit, f.money), f.range(net, f.money), budget === null ? muted(t('value.pdf.noBudget')) : f.money(budget), against];
  });
  if (figures.horizon) {
    const h = figures.horizon;
    rows.push([bold(t('value.pdf.horizonTotal')), bold(f.money(h.cost)), bold(f.range(h.benefit, f.money)), bold(f.range(h.net, f.money)), '', '']);
  }
  if (!rows.length) {
    w.ensureSpace(40);
    w.paragraph(t('value.pdf.noYears'), { size: TYPE.body, colour: COLOURS.muted });
    w.y += 10;
    return;
  }
  drawGroupedTable(w, columns, { title: t('value.pdf.perYear'), rows });
}

/** What the KPIs' check-ins show has come back by the pack's date, against what the plan expected by then. */
function drawRealisedTable(w: PdfWriter, plan: Plan, f: Figurer, date: string): void {
  const { t } = w;
  const progress = planProgress(plan, date);
  const statusLabels = Object.values(STATUS_KEYS).map((key) => t(key));
  const columns: TableColumn[] = [
    { header: t('value.pdf.column.application'), share: 0.32 },
    { header: t('value.pdf.column.planned'), share: 0.17, halign: 'right' },
    { header: t('value.pdf.column.realised'), share: 0.17, halign: 'right' },
    { header: t('value.pdf.column.difference'), share: 0.17, halign: 'right' },
    { header: t('value.pdf.column.status'), share: 0.17, labels: statusLabels },
  ];
  const row = (name: TableCell, planned: number | null, realised: number | null, status: ProgressStatus): TableCell[] => [
    name,
    planned === null ? f.notEstimated() : f.money(planned),
    realised === null ? f.notEstimated() : f.money(realised),
    planned === null || realised === null ? '' : f.money(realised - planned),
    status === 'no-data' ? muted(t(STATUS_KEYS[status])) : t(STATUS_KEYS[status]),
  ];
  const rows: TableCell[][] = [];
  for (const a of plan.applications) {
    const p = progress.byApplication.get(a.id);
    if (a.status === 'retired' || !p || p.realised === null) continue;
    rows.push(row(a.title.trim() || t('domain.untitled.application'), p.planned, p.realised, p.status));
  }
  const title = t('value.pdf.realisedTitle', { date: longDate(date, w) });
  if (!rows.length) {
    w.ensureSpace(60);
    w.paragraph(title, { size: TYPE.groupHead, style: 'bold', colour: COLOURS.accent });
    w.y += 4;
    w.paragraph(t('value.pdf.noCheckins'), { size: TYPE.body, colour: COLOURS.muted });
    w.y += 12;
    return;
  }
  const total = progress.plan;
  rows.push(row(bold(t('value.pdf.planTotal')), total.planned, total.realised, total.status).map((c) => (c === '' ? c : bold(c))));
  drawGroupedTable(w, columns, { title, rows });
}
