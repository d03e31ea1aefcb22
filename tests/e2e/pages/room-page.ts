import type { Locator, Page } from 'playwright-core';
import type { AppPage } from './app-page';

/** The smallest type a room can read from the back (issue 13), in CSS pixels. */
export const MIN_TEXT_PX = 13;

/** Something a person looking at the screen would call wrong, with enough words to find it. */
export interface LayoutProblem {
  kind: 'small-text' | 'covered' | 'overlapping' | 'clipped' | 'truncated-without-title' | 'card-title-cut';
  /** The element, as tag.class "text". */
  what: string;
  detail: string;
}

/** Problems as lines that say where they were found: what a failing audit prints. */
export const reportProblems = (where: string, problems: LayoutProblem[]): string[] =>
  problems.map((p) => `${where}: ${p.kind} ${p.what} (${p.detail})`);

/** A view name as part of a screenshot's file name. */
export const fileSlug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * The app as a room sees it on a projector: every view, with and without the detail panel, read as
 * a person looking would (computed sizes, and what is on top at each text's centre). Tests talk to
 * this; the view names come from the tabs, so a new view is audited without a change here.
 */
export class RoomPage {
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  get detailPanel(): Locator {
    return this.page.getByTestId('detail-panel');
  }

  /** The views' names, as their tabs read. */
  async viewNames(): Promise<string[]> {
    return (await this.page.getByRole('tab').allInnerTexts()).map((name) => name.trim());
  }

  async showView(name: string): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
    await this.page.locator('main.view').waitFor();
    await this.settle();
  }

  /** On the Board view: shows the matrix as cards or as a table. */
  async showBoardAs(mode: 'Board' | 'Table'): Promise<void> {
    await this.page.getByRole('group', { name: 'Show as' }).getByRole('button', { name: mode, exact: true }).click();
    await this.settle();
  }

  /** Two animation frames, then again until the view's size stops changing (a panel opening reflows it). */
  async settle(): Promise<void> {
    let last = '';
    for (let i = 0; i < 20; i++) {
      await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const size = await this.page.evaluate(() => {
        const view = document.querySelector('main.view');
        const panel = document.querySelector('[data-testid="detail-panel"]');
        return `${view?.clientWidth}×${view?.clientHeight}|${panel ? 'panel' : ''}|${view?.scrollWidth}`;
      });
      if (size === last) return;
      last = size;
    }
  }

  /** Selects the first application of the outline with a click, which opens the detail panel. */
  async openDetailsOfFirstApplication(): Promise<string> {
    await this.showView('Plan');
    const title = this.page.locator('.application__title').first();
    const text = (await title.innerText()).trim();
    await title.click();
    await this.detailPanel.waitFor();
    await this.settle();
    return text;
  }

  /** Escape, with focus on the page (not in a text field), as a presenter would press it. */
  async pressEscape(): Promise<void> {
    await this.app.blurFocus();
    await this.page.keyboard.press('Escape');
    await this.settle();
  }

  /** Starts editing an application's title in the outline (focus it, F2); returns the text field. */
  async editOutlineTitle(title: string): Promise<Locator> {
    await this.page.locator('.outline').getByRole('button', { name: `AI application title: ${title}`, exact: true }).focus();
    await this.page.keyboard.press('F2');
    const field = this.page.locator('.outline').getByRole('textbox', { name: 'AI application title' });
    await field.waitFor();
    return field;
  }

  /** Scrolls the view to its end, where the last "+ Add" buttons and the bottom of long lists are; false if it does not scroll. */
  async scrollViewToEnd(): Promise<boolean> {
    const scrolled = await this.page.evaluate(() => {
      const view = document.querySelector('main.view');
      if (!view || view.scrollHeight <= view.clientHeight + 1) return false;
      view.scrollTop = view.scrollHeight;
      return true;
    });
    if (scrolled) await this.settle();
    return scrolled;
  }

  /** Whether the selected item, where the view marks one, has its centre in sight (not scrolled away). */
  async selectionInSight(): Promise<boolean | null> {
    return this.page.evaluate(() => {
      const view = document.querySelector('main.view');
      const item = view?.querySelector('[data-selected]');
      if (!view || !item) return null;
      const r = item.getBoundingClientRect();
      const x = r.left + Math.min(r.width, 60) / 2;
      const y = r.top + Math.min(r.height, 40) / 2;
      for (let a: Element | null = item.parentElement; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (!/auto|scroll|hidden/.test(style.overflowX + style.overflowY)) continue;
        const box = a.getBoundingClientRect();
        if (x < box.left || x > box.right || y < box.top || y > box.bottom) return false;
      }
      return x >= 0 && y >= 0 && x <= window.innerWidth && y <= window.innerHeight;
    });
  }

  get toolbarTitle(): Locator {
    return this.page.getByTestId('document-name').locator('.toolbar__file-name');
  }

  get statusFile(): Locator {
    return this.page.locator('.status-line__file');
  }

  /** Whether an element shows all its text: nothing cut off on the right or at the bottom. */
  async showsWhole(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1);
  }

  async detailPanelIsOpen(): Promise<boolean> {
    return this.detailPanel.isVisible();
  }

  /** Every problem with the visible window as it is now (see auditVisibleLayout); text under `minPx` is too small. */
  async problems(minPx = MIN_TEXT_PX): Promise<LayoutProblem[]> {
    return this.page.evaluate(auditVisibleLayout, { minPx, within: '.app' });
  }

  /** The same for an open modal dialog alone: the page behind it is inert and drawn under it on purpose. */
  async dialogProblems(minPx = MIN_TEXT_PX): Promise<LayoutProblem[]> {
    return this.page.evaluate(auditVisibleLayout, { minPx, within: 'dialog[open]' });
  }

  /** The window at its current size, as a PNG for people to look at. */
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  }
}

/**
 * Runs in the page. Looks at every visible text (each text node's first line box) and every visible
 * control, as a person would:
 * - small-text: computed font-size under `minPx`;
 * - covered: at its centre, elementFromPoint finds something that is neither it nor inside it nor
 *   around it (another element drawn over it);
 * - clipped: an `overflow: hidden` box cuts it off (text running out of a card), unless that box
 *   truncates with an ellipsis, which must then carry the full text in a title;
 * - truncated-without-title: an ellipsis in effect with no title on it or around it;
 * - card-title-cut: a title on the 2×2 that does not show whole.
 * Text scrolled out of its scroll container, or in a visually hidden element, is not visible.
 */
function auditVisibleLayout({ minPx, within }: { minPx: number; within: string }): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const root = document.querySelector(within);
  if (!root) return [{ kind: 'covered', what: within, detail: 'is not on the page' }];
  const describe = (el: Element, text?: string) => {
    const classes = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const words = (text ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${classes} "${words}"`;
  };
  type Box = { left: number; top: number; right: number; bottom: number };
  const viewport: Box = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  const intersect = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });
  const inside = (x: number, y: number, b: Box) => x >= b.left && x < b.right && y >= b.top && y < b.bottom;
  /*
   * Inside by more than the 2 px that hit testing snaps fractional edges to: a line or control whose
   * middle sits on the edge of its scrolling box is scrolled half away, not covered by what is next.
   */
  const insideWell = (x: number, y: number, b: Box) => inside(x, y, { left: b.left + 2, top: b.top + 2, right: b.right - 2, bottom: b.bottom - 2 });
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (el: Element) => {
    let style = styles.get(el);
    if (!style) styles.set(el, (style = getComputedStyle(el)));
    return style;
  };
  const SCROLLS = new Set(['auto', 'scroll']);
  const CUTS = new Set(['hidden', 'clip']);

  /** What of `el` can show: the viewport cut by every scrolling ancestor, and the boxes that cut it off. */
  const regions = new Map<Element, { region: Box; cutters: Element[] }>();
  function visibleRegion(el: Element): { region: Box; cutters: Element[] } {
    const known = regions.get(el);
    if (known) return known;
    let region = viewport;
    const cutters: Element[] = [];
    for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const style = styleOf(a);
      const scrolls = SCROLLS.has(style.overflowX) || SCROLLS.has(style.overflowY);
      const cuts = CUTS.has(style.overflowX) || CUTS.has(style.overflowY);
      if (scrolls) {
        const r = a.getBoundingClientRect();
        region = intersect(region, { left: r.left + a.clientLeft, top: r.top + a.clientTop, right: r.left + a.clientLeft + a.clientWidth, bottom: r.top + a.clientTop + a.clientHeight });
      } else if (cuts) cutters.push(a);
    }
    regions.set(el, { region, cutters });
    return { region, cutters };
  }
  /** Hidden but for assistive technology: the visually-hidden pattern, a 1-pixel clipped box. */
  const hiddenOnPurpose = (el: Element) => {
    if (el.closest('.visually-hidden, [hidden], dialog:not([open])')) return true;
    const box = el.getBoundingClientRect();
    return box.width <= 1 && box.height <= 1 && styleOf(el).overflow !== 'visible';
  };
  const hasTitle = (el: Element) => el.closest('[title]:not([title=""])') !== null;
  const ellipsisOn = (el: Element) => {
    for (let a: Element | null = el; a && a !== root; a = a.parentElement) {
      const style = styleOf(a);
      if (style.textOverflow === 'ellipsis' && CUTS.has(style.overflowX)) return a;
    }
    return null;
  };
  /**
   * A header stuck at the top of a scrolled list (position: sticky) with the list's content sliding
   * under it: that content is scrolled away, as if above the viewport, not covered. A sticky header
   * over content that has not been scrolled is still a problem.
   */
  const scrolledUnderStickyHeader = (el: Element, hit: Element) => {
    for (let a: Element | null = hit; a && a !== root; a = a.parentElement) {
      if (styleOf(a).position !== 'sticky') continue;
      for (let c = a.parentElement; c && c !== root; c = c.parentElement) {
        const style = styleOf(c);
        if (SCROLLS.has(style.overflowY) || SCROLLS.has(style.overflowX)) return c.scrollTop > 0 && c.contains(el) && !a.contains(el);
      }
      return false;
    }
    return false;
  };
  const coveredAt = (el: Element, x: number, y: number) => {
    const hit = document.elementFromPoint(x, y);
    if (!hit || hit === el || el.contains(hit) || hit.contains(el)) return null;
    if (scrolledUnderStickyHeader(el, hit)) return null;
    return hit;
  };

  const seen = new Set<Element>();
  const drawn: { el: Element; text: string; box: Box }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const el = node.parentElement;
    if (!text.trim() || !el || el.closest('option, script, style, template')) continue;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || hiddenOnPurpose(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const line = [...range.getClientRects()].find((r) => r.width > 0.5 && r.height > 0.5);
    if (!line) continue;
    const x = line.left + Math.min(line.width, 40) / 2;
    const y = line.top + line.height / 2;
    const { region, cutters } = visibleRegion(el);
    if (!insideWell(x, y, region)) continue;
    const style = styleOf(el);
    const size = parseFloat(style.fontSize);
    const first = !seen.has(el);
    seen.add(el);
    if (first && size < minPx - 0.01) problems.push({ kind: 'small-text', what: describe(el), detail: `${size.toFixed(1)} px` });
    const ellipsis = ellipsisOn(el);
    if (ellipsis && first && ellipsis.scrollWidth > ellipsis.clientWidth && !hasTitle(ellipsis))
      problems.push({ kind: 'truncated-without-title', what: describe(ellipsis), detail: `${ellipsis.scrollWidth} px of text in ${ellipsis.clientWidth} px` });
    const own = CUTS.has(style.overflowX) || CUTS.has(style.overflowY) ? [el] : [];
    for (const cutter of [...own, ...cutters]) {
      if (ellipsis && (cutter === ellipsis || cutter.contains(ellipsis))) continue;
      const box = cutter.getBoundingClientRect();
      const tolerance = 2;
      if (line.top < box.top - tolerance || line.bottom > box.bottom + tolerance || line.left < box.left - tolerance || line.right > box.right + tolerance) {
        problems.push({ kind: 'clipped', what: describe(el, text), detail: `cut by ${describe(cutter, '')}` });
        break;
      }
    }
    const over = coveredAt(el, x, y);
    if (over) problems.push({ kind: 'covered', what: describe(el, text), detail: `under ${describe(over)}` });
    else if (!ellipsis) for (const r of range.getClientRects()) if (r.width > 0.5 && r.height > 0.5) drawn.push({ el, text, box: intersect(r, region) });
  }

  // The page itself wider or taller than the window: whatever is past the edge is cut off.
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth + 1) problems.push({ kind: 'clipped', what: 'the page', detail: `is ${page.scrollWidth} px wide in a ${page.clientWidth} px window` });

  // Two texts drawn over each other, which no single hit test sees (both let the pointer through).
  const OVERLAP_PX = 3;
  for (let i = 0; i < drawn.length; i++) {
    for (let j = i + 1; j < drawn.length; j++) {
      const a = drawn[i]!;
      const b = drawn[j]!;
      if (a.el === b.el) continue;
      if (scrolledUnderStickyHeader(b.el, a.el) || scrolledUnderStickyHeader(a.el, b.el)) continue;
      const both = intersect(a.box, b.box);
      if (both.right - both.left > OVERLAP_PX && both.bottom - both.top > OVERLAP_PX) {
        problems.push({ kind: 'overlapping', what: describe(a.el, a.text), detail: `drawn over ${describe(b.el, b.text)}` });
      }
    }
  }

  const controls = root.querySelectorAll('button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"]), [role="button"], [role="tab"]');
  for (const el of controls) {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || hiddenOnPurpose(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (!insideWell(x, y, visibleRegion(el).region)) continue;
    if (el.matches('input, select, textarea')) {
      const size = parseFloat(styleOf(el).fontSize);
      if (size < minPx - 0.01) problems.push({ kind: 'small-text', what: describe(el), detail: `${size.toFixed(1)} px` });
    }
    const over = coveredAt(el, x, y);
    if (over) problems.push({ kind: 'covered', what: describe(el), detail: `under ${describe(over)}` });
  }

  for (const title of document.querySelectorAll('[data-testid="priority-card"] .prio-card__title, [data-testid="priority-card"] [data-testid="card-scores"]')) {
    const style = styleOf(title);
    const card = title.closest('[data-testid="priority-card"]')!;
    const cardBox = card.getBoundingClientRect();
    const box = title.getBoundingClientRect();
    if (title.scrollWidth > title.clientWidth || title.scrollHeight > title.clientHeight + 1)
      problems.push({ kind: 'card-title-cut', what: describe(title), detail: `${title.scrollWidth}×${title.scrollHeight} px of text in ${title.clientWidth}×${title.clientHeight} px` });
    else if (style.textOverflow === 'ellipsis' && style.whiteSpace === 'nowrap') problems.push({ kind: 'card-title-cut', what: describe(title), detail: 'set to end in an ellipsis' });
    else if (style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '') problems.push({ kind: 'card-title-cut', what: describe(title), detail: `clamped to ${style.webkitLineClamp} lines` });
    else if (box.bottom > cardBox.bottom + 1 || box.right > cardBox.right + 1) problems.push({ kind: 'card-title-cut', what: describe(title), detail: 'runs out of its card' });
  }
  return problems;
}
