/*
 * A plan file the user chose outside the renderer (Open Recent in the native menu, a file passed on
 * the command line or dropped on the dock icon). Main keeps it here and sends the renderer the
 * `open` command; the renderer asks about unsaved changes as for any Open, then calls
 * openPlanDialog, which takes this path instead of showing a dialog. It is consumed once, dropped
 * when the user cancels at the unsaved-changes question, and expires so that a later Open from the
 * toolbar never opens a stale choice.
 */
export const PENDING_OPEN_TTL_MS = 2 * 60 * 1000;

export class PendingOpen {
  private path: string | null = null;
  private at = 0;

  constructor(private readonly now: () => number = Date.now) {}

  set(path: string): void {
    this.path = path;
    this.at = this.now();
  }

  take(): string | null {
    const path = this.path;
    this.clear();
    return path !== null && this.now() - this.at <= PENDING_OPEN_TTL_MS ? path : null;
  }

  clear(): void {
    this.path = null;
  }
}
