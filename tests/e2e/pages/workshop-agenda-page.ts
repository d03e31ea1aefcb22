import type { Locator, Page } from 'playwright-core';
import type { AppPage } from './app-page';
import { RoomPage } from './room-page';

/** The keys a facilitator runs the agenda with (Ctrl here: the tests run as Windows/Linux). */
export const AGENDA_KEYS = {
  next: 'Control+Alt+PageDown',
  previous: 'Control+Alt+PageUp',
  startPause: 'Control+Shift+Space',
  addFive: 'Control+Alt+Digit5',
} as const;

/**
 * The Workshop view's Agenda panel and the running agenda's bar (#17), as a facilitator uses them:
 * steps found by their group's name ("Step 2: Pillars and objectives"), fields by their labels.
 */
export class WorkshopAgendaPage {
  readonly page: Page;
  readonly room: RoomPage;
  /** Whether time moves only when the test says (holdClock): animation frames then wait for it too. */
  private clockHeld = false;

  constructor(readonly app: AppPage) {
    this.page = app.page;
    this.room = new RoomPage(app);
  }

  /** Shows the Workshop view at its Agenda tab. */
  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Workshop', exact: true }).click();
    await this.page.getByRole('tab', { name: 'Agenda', exact: true }).click();
    await this.panel.waitFor();
    await this.room.settle();
  }

  get panel(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Agenda' });
  }

  get steps(): Locator {
    return this.panel.getByRole('list', { name: 'Agenda steps' }).getByTestId('agenda-step');
  }

  /** A step by its place (1-based) in the list. */
  step(position: number): Locator {
    return this.panel.getByRole('group', { name: new RegExp(`^Step ${position}: `) });
  }

  /** The steps' titles as the list names them (the facilitator's own, or the kind's). */
  async stepTitles(): Promise<string[]> {
    const names = await this.panel.getByRole('group', { name: /^Step \d+: / }).evaluateAll((groups) => groups.map((g) => g.getAttribute('aria-label') ?? ''));
    return names.map((name) => name.replace(/^Step \d+: /, ''));
  }

  async startDefault(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Start from the default agenda' }).click();
    await this.steps.first().waitFor();
  }

  get total(): Locator {
    return this.panel.getByTestId('agenda-total');
  }

  titleField(position: number): Locator {
    return this.step(position).getByRole('textbox', { name: 'Step title' });
  }

  minutesField(position: number): Locator {
    return this.step(position).getByRole('textbox', { name: 'Minutes' });
  }

  opensField(position: number): Locator {
    return this.step(position).getByRole('combobox', { name: 'Opens' });
  }

  /** Types minutes and leaves the field with Enter. */
  async setMinutes(position: number, text: string): Promise<void> {
    const field = this.minutesField(position);
    await field.fill(text);
    await field.press('Enter');
  }

  async run(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Run the agenda' }).click();
    await this.bar.waitFor();
  }

  /** Moves a step down (or up) with its move button, by keyboard: focus it, press Enter. */
  async moveByKeyboard(title: string, direction: 'up' | 'down'): Promise<void> {
    const button = this.panel.getByRole('button', { name: `Move step ${title} ${direction}`, exact: true });
    await button.focus();
    await this.page.keyboard.press('Enter');
  }

  /** Drags a step by its grip onto the place of another, in small steps as a hand would. */
  async drag(title: string, ontoTitle: string): Promise<void> {
    const grip = this.panel.getByRole('button', { name: `Drag step ${title} to reorder it`, exact: true });
    const target = this.panel.getByRole('button', { name: `Drag step ${ontoTitle} to reorder it`, exact: true });
    // Both in the middle of the view, clear of the edges where dnd-kit scrolls the list under the pointer.
    await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await this.room.settle();
    const from = (await grip.boundingBox())!;
    const to = (await target.boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 8, { steps: 4 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 4, { steps: 12 });
    await this.frames();
    await this.page.mouse.up();
    await this.frames();
  }

  /**
   * Stops the page's clock at the pinned moment (pinned-clock.ts): from here on the agenda's time
   * moves only by runFor and fastForward. Frames are faked with it, so this page object then lets
   * two frames' worth of time pass where it would wait for two frames.
   */
  async holdClock(at: Date): Promise<void> {
    await this.page.clock.install({ time: at });
    await this.page.clock.pauseAt(at);
    this.clockHeld = true;
  }

  async frames(): Promise<void> {
    if (this.clockHeld) await this.page.clock.runFor(34);
    else await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }

  // The running agenda's bar

  get bar(): Locator {
    return this.page.getByRole('region', { name: 'Running agenda' });
  }

  barButton(name: 'Start' | 'Pause' | '+5 min' | 'Previous' | 'Next' | 'Stop'): Locator {
    return this.bar.getByRole('button', { name, exact: true });
  }

  async barPosition(): Promise<string> {
    return (await this.bar.locator('.workshop-bar__position').innerText()).trim();
  }

  async barTitle(): Promise<string> {
    return (await this.bar.locator('.workshop-bar__title').innerText()).trim();
  }

  async barAsk(): Promise<string> {
    return (await this.bar.locator('.workshop-bar__ask').innerText()).trim();
  }

  /** The time as the bar shows it: "29:59", or "+1:05 over". */
  async time(): Promise<string> {
    return (await this.bar.getByTestId('agenda-time').innerText()).trim();
  }

  /** What the bar's polite live region says. */
  async announced(): Promise<string> {
    return (await this.bar.getByRole('status').innerText()).trim();
  }

  /** 'left', 'zero' or 'over': how the bar is drawn. */
  async timeState(): Promise<string | null> {
    return this.bar.getAttribute('data-time');
  }

  /** An agenda key, pressed with the focus on the page (not in a field). */
  async press(key: keyof typeof AGENDA_KEYS): Promise<void> {
    await this.app.blurFocus();
    await this.page.keyboard.press(AGENDA_KEYS[key]);
    await this.frames();
  }

  /** The view shown, by its level-one heading. */
  async viewName(): Promise<string> {
    return (await this.page.locator('main > h1').innerText()).trim();
  }

  /** The Workshop view's open tab. */
  async workshopTab(): Promise<string> {
    return (await this.page.getByRole('tablist', { name: 'Workshop panels' }).getByRole('tab', { selected: true }).innerText()).trim();
  }
}
