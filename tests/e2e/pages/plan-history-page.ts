import type { Locator, Page } from 'playwright-core';
import type { AppPage } from './app-page';
import { RoomPage } from './room-page';

/** One item of "What changed" as a person reads it. */
export interface ShownChange {
  kind: string;
  label: string;
  changes: string[];
  moved: string | null;
  fields: [field: string, before: string, after: string][];
}

/**
 * The plan over time (#20) as a person uses it: File › Take Snapshot…, Snapshots…, What Changed…
 * and Merge…, each dialog found by its name, snapshots and changes by what they say.
 */
export class PlanHistoryPage {
  readonly page: Page;
  readonly room: RoomPage;

  constructor(readonly app: AppPage) {
    this.page = app.page;
    this.room = new RoomPage(app);
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  get takeDialog(): Locator {
    return this.dialog('Take a snapshot');
  }

  get listDialog(): Locator {
    return this.dialog('Snapshots');
  }

  get compareDialog(): Locator {
    return this.dialog('What changed');
  }

  get mergeDialog(): Locator {
    return this.dialog("Merge a colleague's copy");
  }

  /** The yes/no question over a dialog (delete a snapshot, plans that share no history). */
  get question(): Locator {
    return this.page.getByRole('alertdialog');
  }

  // Snapshots

  /** File › Take Snapshot…, as the native menu sends it. */
  async openTakeFromMenu(): Promise<void> {
    await this.app.bridge.sendCommand('take-snapshot');
    await this.takeDialog.waitFor();
  }

  get nameField(): Locator {
    return this.takeDialog.getByRole('textbox', { name: 'Name' });
  }

  get noteField(): Locator {
    return this.takeDialog.getByRole('textbox', { name: 'Note (optional)' });
  }

  /** Takes a snapshot from the File menu under `name`, with a note if given. */
  async takeSnapshot(name: string, note = ''): Promise<void> {
    await this.openTakeFromMenu();
    await this.nameField.fill(name);
    if (note) await this.noteField.fill(note);
    await this.takeDialog.getByRole('button', { name: 'Take snapshot', exact: true }).click();
    await this.takeDialog.waitFor({ state: 'hidden' });
  }

  async openList(): Promise<void> {
    await this.app.bridge.sendCommand('snapshots');
    await this.listDialog.waitFor();
    await this.room.settle();
  }

  snapshot(name: string): Locator {
    return this.listDialog.getByRole('listitem', { name, exact: true });
  }

  /** The snapshots as the list shows them, newest first: name, date and note. */
  async snapshots(): Promise<{ name: string; date: string; note: string }[]> {
    const rows = this.listDialog.locator('.snapshot-list__item');
    const shown: { name: string; date: string; note: string }[] = [];
    for (const row of await rows.all()) {
      const note = row.locator('.snapshot-list__note');
      shown.push({
        name: (await row.locator('.snapshot-list__name').innerText()).trim(),
        date: (await row.locator('.snapshot-list__date').innerText()).trim(),
        note: (await note.count()) ? (await note.innerText()).trim() : '',
      });
    }
    return shown;
  }

  async snapshotNames(): Promise<string[]> {
    return (await this.snapshots()).map((s) => s.name);
  }

  async view(name: string): Promise<Locator> {
    await this.listDialog.getByRole('button', { name: `View “${name}” (read only)` }).click();
    const view = this.dialog(`“${name}”, read only`);
    await view.waitFor();
    return view;
  }

  async compareWithNow(name: string): Promise<void> {
    await this.listDialog.getByRole('button', { name: `Compare with now: “${name}”` }).click();
    await this.compareDialog.waitFor();
    await this.room.settle();
  }

  async restore(name: string): Promise<void> {
    await this.listDialog.getByRole('button', { name: `Restore “${name}”` }).click();
    await this.listDialog.waitFor({ state: 'hidden' });
  }

  /** Delete… then the answer to "Delete the snapshot …?". */
  async deleteSnapshot(name: string, confirm: boolean): Promise<void> {
    await this.listDialog.getByRole('button', { name: `Delete “${name}”` }).click();
    await this.question.waitFor();
    await this.question.getByRole('button', { name: confirm ? 'Delete snapshot' : 'Cancel', exact: true }).click();
    await this.question.waitFor({ state: 'hidden' });
  }

  // What changed

  async openCompare(): Promise<void> {
    await this.app.bridge.sendCommand('compare-plans');
    await this.compareDialog.waitFor();
    await this.room.settle();
  }

  side(which: 'From' | 'To'): Locator {
    return this.compareDialog.getByRole('combobox', { name: which, exact: true });
  }

  /** Chooses a state by its option's text ("The plan now", "Snapshot “Off-site v1” (…)"). */
  async chooseSide(which: 'From' | 'To', option: string | RegExp): Promise<void> {
    const select = this.side(which);
    const options = await select.locator('option').allInnerTexts();
    const label = options.find((o) => (typeof option === 'string' ? o === option : option.test(o)));
    if (!label) throw new Error(`No option ${option} in ${which}: ${options.join(' | ')}`);
    await select.selectOption({ label });
    await this.room.settle();
  }

  /** "Another file…", the open dialog "choosing" `path`. */
  async chooseFile(which: 'From' | 'To', path: string): Promise<void> {
    this.app.bridge.nextComparisonPath = path;
    await this.side(which).selectOption({ label: 'Another file…' });
  }

  filter(kind: 'Added' | 'Removed' | 'Moved' | 'Rescheduled' | 'Changed'): Locator {
    return this.compareDialog.getByRole('group', { name: 'Show changes' }).getByRole('button', { name: new RegExp(`^${kind} \\(\\d+\\)$`) });
  }

  get summary(): Locator {
    return this.compareDialog.getByRole('status');
  }

  /** The pillar groups' titles, in order. */
  async groupTitles(): Promise<string[]> {
    return (await this.compareDialog.locator('.change-group__title').allInnerTexts()).map((t) => t.replace(/\s*\d+ changes?$/, '').trim());
  }

  /** The items shown under the pillar group `group` (or every group). */
  async changes(group?: string): Promise<ShownChange[]> {
    const scope = group ? this.compareDialog.getByRole('region', { name: group, exact: true }) : this.compareDialog;
    const shown: ShownChange[] = [];
    for (const row of await scope.locator('.change-row').all()) {
      const moved = row.locator('.change-row__moved');
      const fields: [string, string, string][] = [];
      for (const tr of await row.locator('.change-fields tbody tr').all()) {
        const cells = (await tr.locator('th, td').allInnerTexts()).map((c) => c.trim());
        fields.push([cells[0]!, cells[1]!, cells[2]!]);
      }
      shown.push({
        kind: ((await row.locator('.change-row__kind').textContent()) ?? '').trim(),
        label: (await row.locator('.change-row__label').innerText()).trim(),
        changes: (await row.locator('.change-badge').allInnerTexts()).map((c) => c.trim()),
        moved: (await moved.count()) ? (await moved.innerText()).trim() : null,
        fields,
      });
    }
    return shown;
  }

  // Merge

  async openMerge(): Promise<void> {
    await this.app.bridge.sendCommand('merge-plan');
    await this.mergeDialog.waitFor();
    await this.room.settle();
  }

  /** "Choose their copy…", the open dialog "choosing" `path`. */
  async chooseTheirCopy(path: string): Promise<void> {
    this.app.bridge.nextComparisonPath = path;
    await this.mergeDialog.getByRole('button', { name: 'Choose their copy…' }).click();
  }

  get mergeSummary(): Locator {
    return this.mergeDialog.locator('.merge-summary');
  }

  conflictItem(label: string): Locator {
    return this.mergeDialog.getByRole('list', { name: 'Conflicts' }).getByRole('listitem', { name: label, exact: true });
  }

  /** Each conflict row: field, base, mine, theirs, and which side is chosen. */
  async conflicts(label: string): Promise<{ field: string; base: string; mine: string; theirs: string; chosen: 'Mine' | 'Theirs' }[]> {
    const rows: { field: string; base: string; mine: string; theirs: string; chosen: 'Mine' | 'Theirs' }[] = [];
    for (const tr of await this.conflictItem(label).locator('tbody tr').all()) {
      const cells = (await tr.locator('th, td').allInnerTexts()).map((c) => c.replace(/^(Mine|Theirs):\s*/, '').trim());
      const chosen = (await tr.getByRole('radio').nth(0).isChecked()) ? 'Mine' : 'Theirs';
      rows.push({ field: cells[0]!, base: cells[1]!, mine: cells[2]!, theirs: cells[3]!, chosen });
    }
    return rows;
  }

  /** Chooses mine or theirs for one field of an item (the radio named "Mine: …" / "Theirs: …"). */
  async choose(label: string, field: string, side: 'Mine' | 'Theirs'): Promise<void> {
    const row = this.conflictItem(label).locator('tbody tr').filter({ has: this.page.getByRole('rowheader', { name: field, exact: true }) });
    await row.getByRole('radio', { name: new RegExp(`^${side}: `) }).check();
  }

  async takeAll(label: string, side: 'mine' | 'theirs'): Promise<void> {
    await this.conflictItem(label).getByRole('button', { name: `Take all ${side} for this item` }).click();
  }

  async applyMerge(): Promise<void> {
    await this.mergeDialog.getByRole('button', { name: 'Apply merge' }).click();
  }
}
