import type { Application, Plan } from '../model';
import type { MessageKey } from '../i18n/translator';
import { COLOURS, TYPE } from './pdf-theme';
import type { PdfWriter, TextStyle } from './pdf-writer';

/** The 2×2: impact 4–5 is high; feasibility 3–5 is medium or high (DOMAIN.md's advice on where to start). */
export type Quadrant = 'start-here' | 'big-bets' | 'quick-fixes' | 'park';

export const QUADRANT_KEYS: Record<Quadrant, MessageKey> = {
  'start-here': 'pdf.priorities.quadrant.startHere',
  'big-bets': 'pdf.priorities.quadrant.bigBets',
  'quick-fixes': 'pdf.priorities.quadrant.quickFixes',
  park: 'pdf.priorities.quadrant.park',
};

const QUADRANT_ORDER: Quadrant[] = ['start-here', 'big-bets', 'quick-fixes', 'park'];

export function quadrantOf(app: Pick<Application, 'impact' | 'feasibility'>): Quadrant {
  const high = app.impact >= 4;
  const feasible = app.feasibility >= 3;
  return high ? (feasible ? 'start-here' : 'big-bets') : feasible ? 'quick-fixes' : 'park';
}

/** Applications in reading order for the chart's numbered list: quadrant, then impact × feasibility, then plan order. */
export function priorityOrder(apps: readonly Application[]): Application[] {
  return apps
    .map((app, i) => ({ app, i }))
    .sort(
      (a, b) =>
        QUADRANT_ORDER.indexOf(quadrantOf(a.app)) - QUADRANT_ORDER.indexOf(quadrantOf(b.app)) ||
        b.app.impact * b.app.feasibility - a.app.impact * a.app.feasibility ||
        b.app.impact - a.app.impact ||
        a.i - b.i,
    )
    .map((x) => x.app);
}

/** Positions of `n` markers inside a cell: a centred grid with the given spacing. */
export function markerOffsets(n: number, spacing: number): [number, number][] {
  const cols = Math.ceil(Math.sqrt(n));
  const rows = Math.ceil(n / cols);
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const r = Math.floor(i / cols);
    const inRow = r === rows - 1 ? n - r * cols : cols;
    const c = i - r * cols;
    out.push([(c - (inRow - 1) / 2) * spacing, (r - (rows - 1) / 2) * spacing]);
  }
  return out;
}

const AXIS_SPACE = 40;

export function* drawPrioritySection(w: PdfWriter, plan: Plan): Generator<number> {
  w.heading(w.t('pdf.priorities.title'), w.t('pdf.priorities.intro'), 300);
  const apps = priorityOrder(plan.applications);
  const numberOf = new Map(apps.map((a, i) => [a.id, i + 1]));
  const page = w.page;
  const top = w.y;
  const size = Math.max(200, Math.min(page.contentBottom - top - AXIS_SPACE, page.contentWidth * 0.52));
  const chartX = page.left + AXIS_SPACE;
  const chartY = top;
  drawChart(w, apps, numberOf, chartX, chartY, size);
  yield 0.5;
  const listX = chartX + size + 28;
  drawList(w, apps, numberOf, listX, top, top + size + AXIS_SPACE);
  yield 1;
}

function drawChart(w: PdfWriter, apps: readonly Application[], numberOf: Map<string, number>, x0: number, y0: number, size: number): void {
  const cell = size / 5;
  const xOf = (feasibility: number) => x0 + (feasibility - 1) * cell;
  const yOf = (impact: number) => y0 + (5 - impact) * cell;
  // The recommended quadrant is tinted; all four are named in their corner.
  w.fillRect(xOf(3), y0, 3 * cell, 2 * cell, COLOURS.highlight);
  w.setDraw(COLOURS.hairline, 0.4);
  for (let i = 1; i < 5; i++) {
    w.doc.line(x0 + i * cell, y0, x0 + i * cell, y0 + size);
    w.doc.line(x0, y0 + i * cell, x0 + size, y0 + i * cell);
  }
  w.line(xOf(3), y0, xOf(3), y0 + size, COLOURS.ink, 1);
  w.line(x0, yOf(4) + cell, x0 + size, yOf(4) + cell, COLOURS.ink, 1);
  w.setDraw(COLOURS.ink, 0.9);
  w.doc.rect(x0, y0, size, size, 'S');
  const qStyle: TextStyle = { size: TYPE.small, style: 'bold', colour: COLOURS.muted };
  // Quadrant names sit in their outer corner on a ground of the quadrant's own colour, over the grid lines.
  const corner = (title: string, x: number, width: number, top: boolean, align: 'left' | 'right', ground: typeof COLOURS.white) => {
    const lines = w.wrap(title, width - 12, qStyle);
    const lh = w.lineHeight(qStyle.size);
    const textWidth = Math.max(...lines.map((l) => w.textWidth(l, qStyle)));
    const y = top ? y0 + 3 : y0 + size - 3 - lines.length * lh;
    const left = align === 'left' ? x + 3 : x + width - 3 - textWidth - 4;
    w.fillRect(left, y, textWidth + 4, lines.length * lh, ground);
    w.drawLines(lines, align === 'left' ? left + 2 : left + textWidth + 2, y, qStyle, align);
  };
  corner(w.t(QUADRANT_KEYS['big-bets']), x0 + 0.5, 2 * cell, true, 'left', COLOURS.white);
  corner(w.t(QUADRANT_KEYS['start-here']), xOf(3), 3 * cell - 0.5, true, 'right', COLOURS.highlight);
  corner(w.t(QUADRANT_KEYS.park), x0 + 0.5, 2 * cell, false, 'left', COLOURS.white);
  corner(w.t(QUADRANT_KEYS['quick-fixes']), xOf(3), 3 * cell - 0.5, false, 'right', COLOURS.white);

  const tick: TextStyle = { size: TYPE.chart, colour: COLOURS.ink };
  for (let v = 1; v <= 5; v++) {
    w.drawLines([String(v)], xOf(v) + cell / 2, y0 + size + 3, tick, 'center');
    w.drawLines([String(v)], x0 - 5, yOf(v) + cell / 2 - w.lineHeight(TYPE.chart) / 2, tick, 'right');
  }
  const axis: TextStyle = { size: 8, style: 'bold', colour: COLOURS.ink };
  w.drawLines([w.t('pdf.priorities.axis.feasibility')], x0 + size / 2, y0 + size + 15, axis, 'center');
  // Rotated a quarter turn, reading upwards; centred on the axis by its own width.
  const impactLabel = w.clean(w.t('pdf.priorities.axis.impact'));
  const impactWidth = w.textWidth(impactLabel, axis);
  w.setStyle(axis);
  w.doc.text(impactLabel, x0 - 20, y0 + size / 2 + impactWidth / 2, { angle: 90 });

  const byCell = new Map<string, Application[]>();
  for (const app of apps) {
    const key = `${app.impact}:${app.feasibility}`;
    const list = byCell.get(key);
    if (list) list.push(app);
    else byCell.set(key, [app]);
  }
  for (const [key, list] of byCell) {
    const [impact, feasibility] = key.split(':').map(Number) as [number, number];
    const cx = xOf(feasibility) + cell / 2;
    const cy = yOf(impact) + cell / 2 + 4;
    const spacing = Math.min(22, (cell - 18) / Math.ceil(Math.sqrt(list.length)));
    const radius = Math.min(8.5, spacing * 0.43);
    if (radius < 4.5) {
      countBubble(w, cx, cy, list, cell);
      continue;
    }
    const offsets = markerOffsets(list.length, spacing);
    list.forEach((app, i) => marker(w, cx + offsets[i]![0], cy + offsets[i]![1], radius, numberOf.get(app.id)!, app.starter));
  }
}

function marker(w: PdfWriter, cx: number, cy: number, r: number, n: number, starter: boolean): void {
  w.setDraw(COLOURS.ink, 0.8);
  w.setFill(starter ? COLOURS.ink : COLOURS.white);
  w.doc.circle(cx, cy, r, 'FD');
  const text = String(n);
  let size = r >= 8 ? 7.5 : 6.5;
  const style = (s: number): TextStyle => ({ size: s, style: 'bold', colour: starter ? COLOURS.white : COLOURS.ink });
  while (size > 4 && w.textWidth(text, style(size)) > 2 * r - 2) size -= 0.5;
  w.drawLines([text], cx, cy - w.lineHeight(size) / 2, style(size), 'center');
}

/** Too many applications for one cell: a labelled box with the count; the list gives each one. */
function countBubble(w: PdfWriter, cx: number, cy: number, list: readonly Application[], cell: number): void {
  const starters = list.filter((a) => a.starter).length;
  const lines = [w.t('pdf.priorities.cell.applications', { count: list.length }), starters ? w.t('pdf.priorities.cell.starters', { count: starters }) : w.t('pdf.priorities.cell.seeList')];
  const width = cell - 12;
  const height = 26;
  w.setFill(COLOURS.white);
  w.setDraw(COLOURS.ink, 0.8);
  w.doc.roundedRect(cx - width / 2, cy - height / 2, width, height, 4, 4, 'FD');
  w.drawLines(lines, cx, cy - height / 2 + 3, { size: TYPE.small, style: 'bold' }, 'center');
}

/**
 * The numbered list beside the chart, grouped by quadrant; it continues in two columns on further
 * pages. Leaves the cursor below whichever is lower, the chart or the list.
 */
function drawList(w: PdfWriter, apps: readonly Application[], numberOf: Map<string, number>, x: number, top: number, chartBottom: number): void {
  const page = w.page;
  const itemStyle: TextStyle = { size: TYPE.chart };
  const headStyle: TextStyle = { size: 8, style: 'bold', colour: COLOURS.accent };
  const numberWidth = 22;
  const halfWidth = (page.contentWidth - 24) / 2;
  let column = { x, width: page.right - x, index: 0, columns: 1 };
  let y = top;
  let fresh = true;
  let turnedPage = false;
  let lowest = top;
  const nextColumn = () => {
    if (column.index + 1 < column.columns) {
      column = { ...column, index: column.index + 1, x: page.left + (column.index + 1) * (halfWidth + 24), width: halfWidth };
    } else {
      w.newPage();
      turnedPage = true;
      lowest = w.y;
      w.drawLines([w.t('pdf.priorities.listContinued')], page.left, w.y, { size: 11, style: 'bold', colour: COLOURS.accent });
      w.y += 20;
      column = { x: page.left, width: halfWidth, index: 0, columns: 2 };
    }
    y = w.y;
    fresh = true;
  };
  if (!apps.length) {
    const style = { size: TYPE.body, colour: COLOURS.muted };
    w.drawLines(w.wrap(w.t('pdf.priorities.empty'), column.width, style), x, y, style);
  }
  for (const quadrant of QUADRANT_ORDER) {
    const members = apps.filter((a) => quadrantOf(a) === quadrant);
    const quadrantTitle = w.t(QUADRANT_KEYS[quadrant]);
    members.forEach((app, i) => {
      const title = i === 0 ? w.t('pdf.priorities.group', { quadrant: quadrantTitle, count: members.length }) : w.t('pdf.priorities.groupContinued', { quadrant: quadrantTitle });
      const item = w.t('pdf.priorities.item', { title: app.title, impact: app.impact, feasibility: app.feasibility, starter: app.starter ? 'yes' : 'no' });
      const label = `${app.starter ? '★ ' : ''}${item}`;
      const lines = w.wrap(label, column.width - numberWidth, itemStyle);
      const height = lines.length * w.lineHeight(itemStyle.size) + 3;
      const withHead = i === 0 || fresh;
      const headHeight = withHead ? w.wrap(title, column.width, headStyle).length * w.lineHeight(headStyle.size) + 3 + (fresh ? 0 : 6) : 0;
      if (y + headHeight + height > page.contentBottom && !fresh) nextColumn();
      if (i === 0 || fresh) {
        if (!fresh) y += 6;
        y += w.drawLines(w.wrap(title, column.width, headStyle), column.x, y, headStyle) + 3;
      }
      fresh = false;
      w.drawLines([String(numberOf.get(app.id))], column.x + numberWidth - 6, y, { ...itemStyle, style: 'bold' }, 'right');
      y += w.drawLines(w.wrap(label, column.width - numberWidth, itemStyle), column.x + numberWidth, y, itemStyle) + 3;
      lowest = Math.max(lowest, y);
    });
  }
  w.y = turnedPage ? lowest : Math.max(lowest, chartBottom);
}
