import type { Locator, Page } from 'playwright-core';

/**
 * What a windowed view has in the page (components/list-window.ts, roadmap/roadmap-window.ts): how
 * many of its items, whether a blank gap shows where items belong, and scrolling its scroll boxes.
 */
export class WindowPage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.locator('main.view');
  }

  /** Elements matching `selector` in the view. */
  async mounted(selector: string): Promise<number> {
    return this.view.locator(selector).count();
  }

  /** Blank gaps (items left out of the page) anywhere in the view. */
  async gaps(): Promise<number> {
    return this.view.getByTestId('window-gap').count();
  }

  /** Blank gaps that show inside the window: there should be none once the view has settled. */
  async gapsInSight(): Promise<number> {
    return this.view.evaluate((view) => {
      const inSight = (r: DOMRect) => r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
      return Array.from(view.querySelectorAll('[data-testid="window-gap"]')).filter((gap) => {
        const r = gap.getBoundingClientRect();
        // Only what a scroll box shows counts: a gap scrolled out of its box is not seen.
        for (let box = gap.parentElement; box; box = box.parentElement) {
          const style = getComputedStyle(box);
          if (style.overflowY === 'auto' || style.overflowY === 'scroll') {
            const b = box.getBoundingClientRect();
            if (r.bottom <= b.top || r.top >= b.bottom) return false;
          }
        }
        return inSight(r);
      }).length;
    });
  }

  /** Scrolls every scroll box in the view (`selector` narrows to one) to its end, or back to its start. */
  async scrollTo(end: 'end' | 'start', selector?: string): Promise<void> {
    await this.view.evaluate(
      (view, [where, only]) => {
        const boxes = [view, ...Array.from(view.querySelectorAll<HTMLElement>(only ?? '*'))].filter((e) => {
          const style = getComputedStyle(e);
          return (style.overflowY === 'auto' || style.overflowY === 'scroll') && e.scrollHeight > e.clientHeight;
        });
        for (const box of boxes) box.scrollTop = where === 'end' ? box.scrollHeight : 0;
      },
      [end, selector ?? null] as const,
    );
    await this.frames();
  }

  async frames(n = 3): Promise<void> {
    await this.page.evaluate(
      (count) =>
        new Promise<void>((resolve) => {
          const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
          step(count);
        }),
      n,
    );
  }

  /** Whether an element is inside the window and inside every scroll box around it. */
  async inSight(locator: Locator): Promise<boolean> {
    // evaluateAll does not wait for an element to appear: none in the page is simply not in sight.
    return locator.evaluateAll((elements) => {
      const element = elements[0];
      if (!element) return false;
      const r = element.getBoundingClientRect();
      if (r.bottom <= 0 || r.top >= window.innerHeight) return false;
      for (let box = element.parentElement; box; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowY !== 'auto' && style.overflowY !== 'scroll') continue;
        const b = box.getBoundingClientRect();
        if (r.bottom <= b.top || r.top >= b.bottom) return false;
      }
      return true;
    });
  }
}
