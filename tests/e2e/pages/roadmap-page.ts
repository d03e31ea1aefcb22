import type { Locator, Page } from 'playwright-core';
import { addMonths, monthLabel } from '../../../shared/roadmap/months';
import type { AppPage } from './app-page';

/** Bounding box of a locator, or a clear failure. */
async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  await locator.scrollIntoViewIfNeeded();
  const b = await locator.boundingBox();
  if (!b) throw new Error(`not visible: ${locator.toString()}`);
  return b;
}

/**
 * The roadmap in a person's words: what is scheduled where, and the drags that change it. Drags
 * are real pointer gestures in several steps, waiting two frames before releasing (TOOLCHAIN.md).
 */
export class RoadmapPage {
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  get root(): Locator {
    return this.page.getByTestId('roadmap');
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: /Roadmap/ }).click();
    await this.root.waitFor();
  }

  async openWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+3');
    await this.root.waitFor();
  }

  bar(title: string): Locator {
    return this.page.locator('.timeline [data-bar]').filter({ has: this.page.locator('.bar__name', { hasText: title }) });
  }

  unscheduledItem(title: string): Locator {
    return this.page.locator('.unscheduled__item').filter({ hasText: title });
  }

  get unscheduledList(): Locator {
    return this.page.locator('.unscheduled');
  }

  lane(pillarTitle: string): Locator {
    return this.page.locator('.lane-label').filter({ hasText: pillarTitle });
  }

  milestone(title: string): Locator {
    return this.page.locator('.timeline [data-item-kind="milestone"]').filter({ hasText: title });
  }

  paletteItem(title: string): Locator {
    return this.page.locator('.milestone-palette__item').filter({ hasText: title });
  }

  /** The horizon's first month as the Starts field shows it ("YYYY-MM"). */
  async horizonStart(): Promise<string> {
    const start = await this.page.getByLabel('Starts', { exact: true }).inputValue();
    if (!/^\d{4}-\d{2}$/.test(start)) throw new Error(`the horizon start reads "${start}"`);
    return start;
  }

  /** The month `offset` months into the horizon, as "YYYY-MM": tests derive months, never hard-code them. */
  async monthAt(offset: number): Promise<string> {
    return addMonths(await this.horizonStart(), offset);
  }

  /** The label the roadmap gives the month `offset` months into the horizon ("Aug 2027"). */
  async monthLabelAt(offset: number): Promise<string> {
    return monthLabel(await this.monthAt(offset));
  }

  get warnings(): Locator {
    return this.page.locator('.roadmap-warnings__item');
  }

  async warningTexts(): Promise<string[]> {
    return (await this.warnings.allInnerTexts()).map((t) => t.replace(/^⚠\s*/, '').trim());
  }

  /** The x (page pixels) of the middle of the horizon's month `offset` (0 = first month). */
  async monthCenterX(offset: number): Promise<number> {
    const month = this.page.locator('.timeline__month').nth(offset);
    const b = await box(month);
    return b.x + b.width / 2;
  }

  async monthWidth(): Promise<number> {
    return (await box(this.page.locator('.timeline__month').first())).width;
  }

  /** The vertical middle of a lane's drop slot (its empty last row). */
  async laneSlotY(pillarTitle: string): Promise<number> {
    const b = await box(this.lane(pillarTitle));
    return b.y + b.height - 18;
  }

  async frames(): Promise<void> {
    // A string, so that this page object also compiles in the bench's DOM-less Node project.
    await this.page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  }

  /**
   * Waits until the layout is final: the detail panel, which opens only once the pointer is at rest
   * after a press, has opened, and the month width has stopped changing (the panel narrows the timeline).
   */
  async settle(): Promise<void> {
    await this.page.locator('html[data-detail-opening]').waitFor({ state: 'detached' });
    let last = -1;
    for (let i = 0; i < 20; i++) {
      await this.frames();
      const width = await this.monthWidth();
      if (width === last) return;
      last = width;
    }
  }

  /** Closes the detail panel if a selection opened it, so the whole timeline shows. */
  async closeDetails(): Promise<void> {
    const close = this.page.getByRole('button', { name: 'Close details' });
    if (await close.isVisible()) await close.click();
    await this.settle();
  }

  /** Presses at (x1, y1), moves in steps to (x2, y2), waits two frames, releases. */
  async drag(x1: number, y1: number, x2: number, y2: number, steps = 12): Promise<void> {
    const mouse = this.page.mouse;
    await mouse.move(x1, y1);
    await mouse.down();
    await mouse.move(x1 + 8, y1, { steps: 3 });
    await mouse.move(x2, y2, { steps });
    await this.frames();
    await mouse.up();
    await this.frames();
  }

  async dragFromListTo(title: string, pillarTitle: string, monthOffset: number): Promise<void> {
    await this.settle();
    const item = await box(this.unscheduledItem(title));
    const x = await this.monthCenterX(monthOffset);
    const y = await this.laneSlotY(pillarTitle);
    await this.drag(item.x + 20, item.y + item.height / 2, x, y);
  }

  /** Grabs a bar by its pilot phase and moves it by whole months. */
  async moveBar(title: string, months: number): Promise<void> {
    await this.settle();
    const track = await box(this.bar(title).locator('.phase--pilot'));
    const width = await this.monthWidth();
    const x = track.x + Math.min(track.width / 2, width / 2);
    const y = track.y + track.height / 2;
    await this.drag(x, y, x + months * width, y);
  }

  async dragBarToList(title: string): Promise<void> {
    await this.settle();
    const track = await box(this.bar(title).locator('.phase--pilot'));
    const list = await box(this.unscheduledList);
    await this.drag(track.x + 10, track.y + track.height / 2, list.x + list.width / 2, list.y + Math.min(list.height / 2, 60));
  }

  /** Drags the right edge of a phase by whole months. */
  async stretchPhase(title: string, phase: 'pilot' | 'refine' | 'standardise' | 'scale', months: number): Promise<void> {
    await this.settle();
    const edge = await box(this.bar(title).locator(`[data-edge="${phase}"]`));
    const width = await this.monthWidth();
    const x = edge.x + edge.width / 2;
    const y = edge.y + edge.height / 2;
    await this.drag(x, y, x + months * width, y);
  }

  /** Draws a dependency: from the dot at the predecessor's end onto the dependent's bar. */
  async linkBars(predecessor: string, dependent: string): Promise<void> {
    await this.settle();
    // The lanes scroll in the space above the spend chart: bring the target in first, then measure both ends where they are now.
    const track = this.bar(dependent).locator('.bar__track');
    await track.scrollIntoViewIfNeeded();
    const bar = this.bar(predecessor);
    await bar.hover();
    const dot = await box(bar.locator('[data-link-handle]'));
    const target = await box(track);
    if (JSON.stringify(await bar.locator('[data-link-handle]').boundingBox()) !== JSON.stringify(dot)) throw new Error(`cannot show both “${predecessor}” and “${dependent}” to link them`);
    await this.drag(dot.x + dot.width / 2, dot.y + dot.height / 2, target.x + Math.min(20, target.width / 2), target.y + target.height / 2);
  }

  async dragPaletteMilestoneTo(title: string, monthOffset: number): Promise<void> {
    await this.settle();
    const item = await box(this.paletteItem(title));
    const area = await box(this.page.locator('.timeline__milestone-area'));
    await this.drag(item.x + 20, item.y + item.height / 2, await this.monthCenterX(monthOffset), area.y + area.height / 2);
  }

  async moveMilestone(title: string, months: number): Promise<void> {
    await this.settle();
    const diamond = await box(this.milestone(title).locator('.milestone-diamond'));
    const width = await this.monthWidth();
    const x = diamond.x + diamond.width / 2;
    const y = diamond.y + diamond.height / 2;
    await this.drag(x, y, x + months * width, y);
  }

  /** The phases of a bar as the DOM shows them: kind and length in months. */
  async phases(title: string): Promise<{ kind: string; months: number }[]> {
    await this.settle();
    const width = await this.monthWidth();
    const phases = this.bar(title).locator('[data-phase]');
    const out: { kind: string; months: number }[] = [];
    for (const phase of await phases.all()) {
      const b = await phase.boundingBox();
      out.push({ kind: (await phase.getAttribute('data-phase'))!, months: Math.round((b?.width ?? 0) / width) });
    }
    return out;
  }

  /** Horizon month offset where a bar starts, read from its position. */
  async startOffset(title: string): Promise<number> {
    await this.settle();
    const bar = await box(this.bar(title));
    const grid = await box(this.page.locator('.timeline__lanes-body'));
    return Math.round((bar.x - grid.x) / (await this.monthWidth()));
  }

  async setZoom(zoom: 'Months' | 'Quarters'): Promise<void> {
    await this.page.getByRole('radio', { name: zoom }).click();
  }

  async setZoomWithKeyboard(zoom: 'Months' | 'Quarters'): Promise<void> {
    await this.page.getByRole('radio', { name: zoom }).focus();
    await this.page.keyboard.press('Enter');
  }
}
