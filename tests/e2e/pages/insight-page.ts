import type { Locator, Page } from 'playwright-core';

/** The insight views (priorities, findings, dimensions, readiness, KPI check-ins) in a person's words. */
export class InsightPage {
  constructor(readonly page: Page) {}

  async showView(label: 'Plan' | 'Priorities' | 'Findings' | 'Dimensions' | 'Readiness'): Promise<void> {
    await this.page.getByRole('tab', { name: label, exact: true }).click();
  }

  async nextFrames(): Promise<void> {
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }

  // Findings

  get badge(): Locator {
    return this.page.getByTestId('findings-badge');
  }

  async badgeCount(): Promise<number> {
    return Number(await this.badge.getAttribute('data-count'));
  }

  findings(): Locator {
    return this.page.getByRole('list', { name: 'Open findings' }).getByTestId('finding');
  }

  acknowledgedFindings(): Locator {
    return this.page.getByRole('list', { name: 'Acknowledged findings' }).getByTestId('finding');
  }

  finding(checkId: string, itemTitle?: string): Locator {
    const rows = this.page.locator(`[data-testid="finding"][data-check-id="${checkId}"]`);
    return itemTitle ? rows.filter({ has: this.page.locator('.finding__item', { hasText: itemTitle }) }) : rows;
  }

  /** Open findings of one severity, as the panel's header counts them. */
  async count(severity: 'high' | 'medium' | 'low' | 'acknowledged'): Promise<number> {
    return Number(await this.page.getByTestId('finding-counts').locator(`[data-severity="${severity}"]`).getAttribute('data-count'));
  }

  async acknowledge(finding: Locator, note: string): Promise<void> {
    await finding.getByRole('button', { name: /^Acknowledge/ }).click();
    await finding.getByLabel('Why is this a deliberate choice?').fill(note);
    await finding.getByRole('button', { name: 'Acknowledge', exact: true }).click();
  }

  // Priorities

  card(title: string): Locator {
    return this.page.getByTestId('priority-card').filter({ hasText: title });
  }

  cell(impact: number, feasibility: number): Locator {
    return this.page.locator(`[data-testid="priority-cell"][data-impact="${impact}"][data-feasibility="${feasibility}"]`);
  }

  /** A real pointer drag in several steps, waiting two frames before letting go (TOOLCHAIN.md). */
  async dragCardToCell(title: string, impact: number, feasibility: number): Promise<void> {
    const from = (await this.card(title).boundingBox())!;
    const to = (await this.cell(impact, feasibility).boundingBox())!;
    const mouse = this.page.mouse;
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await mouse.down();
    await mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 4 });
    await mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await this.nextFrames();
    await mouse.up();
  }

  async cardScores(title: string): Promise<{ impact: number; feasibility: number }> {
    const card = this.card(title);
    return { impact: Number(await card.getAttribute('data-impact')), feasibility: Number(await card.getAttribute('data-feasibility')) };
  }

  /** The scores the detail panel shows for the selected application (its 1–5 choice fields). */
  async detailPanelScores(): Promise<{ impact: number; feasibility: number }> {
    const panel = this.page.getByTestId('detail-panel');
    const checked = async (name: string) => {
      const group = panel.getByRole('group', { name });
      for (const n of [1, 2, 3, 4, 5]) if (await group.getByRole('radio', { name: String(n), exact: true }).isChecked()) return n;
      return 0;
    };
    return { impact: await checked('Impact (1–5)'), feasibility: await checked('Feasibility (1–5)') };
  }

  get starterAdvice(): Locator {
    return this.page.getByTestId('starter-advice');
  }

  starterCheckbox(title: string): Locator {
    return this.page.getByTestId('starter-candidate').filter({ hasText: title }).getByRole('checkbox');
  }

  // Six dimensions

  dimensionsRows(): Locator {
    // Rows of applications, not the blank rows a big table has in place of those out of sight.
    return this.page.getByTestId('heat-map').locator('tbody tr.heat-row');
  }

  /** Whether a column header of the Dimensions table is on top at its own centre (not scrolled away or covered). */
  async dimensionsHeaderInSight(name: string): Promise<boolean> {
    const header = this.page.getByTestId('heat-map').getByRole('columnheader', { name, exact: true });
    return header.evaluate((th) => {
      const r = th.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== null && (hit === th || th.contains(hit));
    });
  }

  // KPI check-ins (a section of the KPI detail panel)

  /** Selects a KPI by clicking it: on the board when it exists, else in the outline. */
  async selectKpi(name: string): Promise<void> {
    const onBoard = this.page.locator('[data-item-kind="kpi"]').filter({ hasText: name });
    if ((await this.page.getByRole('tab', { name: 'Board', exact: true }).count()) > 0) {
      await this.page.getByRole('tab', { name: 'Board', exact: true }).click();
      await onBoard.first().click();
      return;
    }
    await this.showView('Plan');
    await this.page.getByTestId('kpi').filter({ hasText: name }).locator('.kpi__values').click();
  }

  get checkins(): Locator {
    return this.page.getByTestId('kpi-checkins');
  }

  async addCheckin(date: string, value: string): Promise<void> {
    await this.checkins.getByLabel('Date').fill(date);
    await this.checkins.getByLabel(/^Value/).fill(value);
    await this.checkins.getByRole('button', { name: 'Add check-in' }).click();
  }

  /** 1280×720 PNG of the whole window. */
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  }
}
